#pragma once

#include "sandboxapi.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

namespace ra::sandbox {

class DataStore;
class Handlers;
class BulkJobRunner;

// The sandbox's data layer: a SQLite store (file or in-memory), the
// deterministic demo community, the handlers of every route of the route
// table, the bulk import/update jobs and the API log.
//
// Ownership: the server (or a test) owns one DataBackend. It owns its store,
// its handlers and its job runner.
//
// Design of the demo data (a million users must seed in well under 20 s):
// users, roles, channels, badges, keys and messages are rows; the users are
// generated inside SQLite by one INSERT ... SELECT (see Seeder, UserSeeder).
// What would be 180 rows per user (daily gamification history) or a row per
// user and field (custom-field values) is NOT stored: DemoActivity derives it
// from (seed, user id, date) when read, and only what the API writes or
// changes is stored and then wins over the derived value. Custom-field
// history is stored: the seed applies the changes of its first members
// through FieldValueWriter, as the routes do (see Seeder). A file database is seeded once: open()
// on a file that already holds a community keeps it, and seed() / seedAsync() do nothing.
//
// Errors: handle() answers 400 naming the field for a malformed, wrong-typed
// or missing field, 404 for an unknown entity, 409 for a duplicate, 403 for
// another community's data, 503 while seeding or when closed. Creating
// routes answer 201. Bulk import of an existing e-mail or username fails
// that row (import never updates; use bulk update).
//
// Thread: lives on the server's thread; open(), handle(), lookupKey() and
// communityExists() are called there and use the one connection of that
// thread. seedAsync() runs the seeder on a worker thread with its own
// connection and reports back with seeded() / seedFailed() on this object's
// thread. Bulk jobs run in batches on this thread's event loop (a zero-timer
// per batch), so a request is never blocked for long.
class DataBackend : public QObject, public Backend
{
    Q_OBJECT

public:
    explicit DataBackend(QObject *parent = nullptr);
    ~DataBackend() override;

    // Opens (and creates the schema of) the database. An empty path opens a
    // private in-memory database shared by this backend's connections.
    // A file database is opened in WAL mode. Returns false with `error` set
    // when the file cannot be opened or its schema is not ours.
    bool open(const QString &dbPath, QString *error);
    void close();
    bool isOpen() const;

    // True when the database already holds a demo community (e.g. a file
    // database from an earlier run): seeding is then skipped and the existing
    // data is kept.
    bool hasCommunity() const;

    // Seeds the demo community synchronously (tests, CLI). Does nothing and
    // returns true when the database already holds a community.
    bool seed(quint64 seed, int users, QString *error, qint64 histories = -1);
    // Seeds on a worker thread with its own connection; emits seeded() or
    // seedFailed() on this object's thread. Emits seeded() at once (queued)
    // when the database already holds a community.
    void seedAsync(quint64 seed, int users, qint64 histories = -1);
    bool isSeeding() const;

    // The demo community's id and keys (empty before seeding).
    DemoInfo demo() const;
    // Replaces the demo community's three keys (system, integration, no
    // permission) with fresh random ones, in the database too: for a sandbox
    // others can reach, whose seeded keys anyone could compute. Call once
    // seeded.
    bool replaceDemoKeys(QString *error);
    // Adds `count` messages to the community's first open channel (MessageSeeder), for
    // benchmarks; synchronous. False with *error when it cannot. Call once seeded.
    bool seedChannelMessages(int count, QString *error);

    // Backend
    std::optional<ApiKeyInfo> lookupKey(const QString &key) const override;
    std::optional<ApiKeyInfo> lookupSession(const QString &token) const override;
    // How long a login session lasts from now on (seconds, at least 1).
    void setSessionLifetime(int seconds);
    bool communityExists(const QString &communityId) const override;
    Response uploadedImage(const QString &id) override;
    Response handle(const Request &request) override;

    // Rows a bulk job processes per turn of the event loop (default 1000).
    void setBulkBatchSize(int rows);

    // The operation ids handle() serves (every operation of the route table).
    static QStringList handledOperations();

signals:
    void seeded();
    void seedFailed(const QString &error);
    // A bulk job changed state ("queued", "running", "done", "failed").
    void jobStateChanged(const QString &jobId, const QString &state);

private:
    void onSeedFinished(bool ok, const QString &error);

    std::unique_ptr<DataStore> m_store;
    std::unique_ptr<Handlers> m_handlers;
    BulkJobRunner *m_jobs = nullptr; // child QObject
    std::optional<ApiKeyInfo> readKey(const QString &key) const;

    bool m_seeding = false;
    // Keys seen by lookupKey(), so the hot path asks SQLite only once per key;
    // emptied whenever a request may have changed a key, and on (re)open.
    mutable QHash<QString, std::optional<ApiKeyInfo>> m_keyCache;
    mutable QHash<QString, QDateTime> m_keyExpiry;
};

} // namespace ra::sandbox
