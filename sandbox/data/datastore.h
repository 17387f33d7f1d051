#pragma once

#include "sandboxapi.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <unordered_map>
#include <vector>

namespace ra::sandbox {

// The sandbox's SQLite database: opens it (a file in WAL mode, or a private
// shared-cache in-memory database), creates the schema, and gives the
// handlers prepared statements on the one request connection. Also knows how
// a worker thread opens its own connection to the same database.
// Owned by DataBackend; used on the server's thread only (worker threads open
// their own connection through openConnection()).
class DataStore
{
public:
    DataStore();
    ~DataStore();
    DataStore(const DataStore &) = delete;
    DataStore &operator=(const DataStore &) = delete;

    bool open(const QString &dbPath, QString *error);
    void close();
    bool isOpen() const;
    bool isMemory() const { return m_memory; }
    QSqlDatabase &db() { return m_db; }

    // Opens another connection (for a worker thread; call it on that thread).
    bool openConnection(const QString &connectionName, QSqlDatabase *db, QString *error) const;

    // Prepares `sql` (once per connection: prepared statements are cached by
    // their text, which is what makes the request path fast), binds `values`
    // in order and executes it. On failure the returned query is not active
    // and lastError() says why. A cached statement is re-executed by the next
    // run() of the same text, so do not nest two runs of one statement.
    // The returned query stays valid until releaseStatements().
    QSqlQuery &run(const QString &sql, std::initializer_list<QVariant> values = {});
    QSqlQuery &run(const QString &sql, const QVariantList &values);
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, std::initializer_list<QVariant> values = {});
    // Resets every cached statement run since the last call, so no result set
    // keeps a read transaction open between requests.
    void releaseStatements();
    bool transaction();
    bool commit();
    void rollback();

    QString meta(const QString &key);
    void setMeta(const QString &key, const QString &value);

    // Reloads the demo community's id and keys from the meta table.
    void reloadDemo();
    const DemoInfo &demo() const { return m_demo; }
    quint64 seed() const { return m_seed; }

    static QString nowIso();

    // How long a login session lasts, in seconds (default one hour).
    int sessionLifetime() const { return m_sessionLifetime; }
    void setSessionLifetime(int seconds) { m_sessionLifetime = seconds; }

private:
    QSqlQuery &prepared(const QString &sql, bool *ok);

    QSqlDatabase m_db;
    // Prepared statements by SQL text; node-based so references stay valid.
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::vector<QSqlQuery *> m_used;                   // run since releaseStatements()
    std::vector<std::unique_ptr<QSqlQuery>> m_oneOffs; // past the cache bound, per request
    QString m_connection;
    QString m_databaseName;
    bool m_memory = false;
    DemoInfo m_demo;
    quint64 m_seed = 0;
    int m_sessionLifetime = 3600;
};

} // namespace ra::sandbox
