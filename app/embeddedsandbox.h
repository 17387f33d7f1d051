#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QLockFile;

namespace ra {

namespace sandbox {
class SandboxServer;
}

// The sandbox that returning-admin runs in its own process. Its demo
// community lives in a SQLite file in a data folder (by default the app's
// QStandardPaths::AppDataLocation), so what the user imports or creates is
// still there at the next start. The file is seeded once; later starts reopen
// it without seeding.
//
// One process at a time keeps the file: a lock file beside it (QLockFile,
// freed when its process dies) is taken at start(). When another running
// instance holds it, this one serves a temporary in-memory demo community
// instead and isTemporary() says so, so two windows never write one file.
//
// Owns the server and the lock; lives on the GUI thread.
class EmbeddedSandbox : public QObject
{
    Q_OBJECT

public:
    // `dataDir` empty: defaultDataDir(). `users`: the size of a new demo.
    explicit EmbeddedSandbox(const QString &dataDir, int users, QObject *parent = nullptr);
    ~EmbeddedSandbox() override;

    static QString defaultDataDir();
    QString databasePath() const;

    // Takes the lock and starts the server on the kept file; `fresh` first
    // deletes the file, so a new demo community is seeded. Reports with
    // started() or failed().
    void start(bool fresh = false);
    // Stops the server and deletes the kept demo community (or drops the
    // temporary one), then seeds a new one: started() again, on a new port.
    // Does nothing while starting.
    void reset();
    // Stops serving and releases the file and the lock.
    void stop();

    bool isListening() const;
    bool isStarting() const { return m_starting; }
    // True when another instance keeps the file and this one serves an
    // in-memory community that is lost when the app quits.
    bool isTemporary() const { return m_temporary; }
    // True when start() opened a community kept from an earlier run (no
    // seeding, `users` does not apply).
    bool reopened() const { return m_reopened; }
    int users() const { return m_users; }
    sandbox::SandboxServer *server() const { return m_server.get(); }

signals:
    void started();
    void failed(const QString &error);

private:
    bool acquireLock(QString *error);
    bool removeDatabase(QString *error);
    void startServer(const QString &dbPath);

    QString m_dataDir;
    int m_users;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    bool m_temporary = false;
    bool m_reopened = false;
    bool m_starting = false;
};

} // namespace ra
