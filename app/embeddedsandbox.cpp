#include "embeddedsandbox.h"

#include "server/sandboxserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>

Q_LOGGING_CATEGORY(lcEmbeddedSandbox, "ra.app.sandbox")

namespace ra {

namespace {
const char kDatabaseName[] = "sandbox.sqlite";
} // namespace

EmbeddedSandbox::EmbeddedSandbox(const QString &dataDir, int users, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir.isEmpty() ? defaultDataDir() : dataDir)
    , m_users(users)
{
}

EmbeddedSandbox::~EmbeddedSandbox()
{
    stop();
}

QString EmbeddedSandbox::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString EmbeddedSandbox::databasePath() const
{
    return QDir(m_dataDir).filePath(QLatin1String(kDatabaseName));
}

bool EmbeddedSandbox::acquireLock(QString *error)
{
    if (m_lock && m_lock->isLocked())
        return true;
    if (!QDir().mkpath(m_dataDir)) {
        *error = tr("Cannot create the folder %1 for the local sandbox's data.").arg(m_dataDir);
        return false;
    }
    m_lock = std::make_unique<QLockFile>(databasePath() + QStringLiteral(".lock"));
    // Held for the whole run: only a dead owner makes it stale, never its age.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return true;
    if (m_lock->error() != QLockFile::LockFailedError) {
        *error = tr("Cannot lock %1 for the local sandbox's data.").arg(m_lock->fileName());
        return false;
    }
    m_lock.reset();
    return false; // another instance keeps the file
}

bool EmbeddedSandbox::removeDatabase(QString *error)
{
    const QString path = databasePath();
    const QStringList files = {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    for (const QString &file : files) {
        if (QFileInfo::exists(file) && !QFile::remove(file)) {
            *error = tr("Cannot delete %1 to start a new demo community.").arg(file);
            return false;
        }
    }
    return true;
}

void EmbeddedSandbox::start(bool fresh)
{
    if (m_starting || m_server)
        return;
    QString error;
    const bool locked = acquireLock(&error);
    if (!error.isEmpty()) {
        QTimer::singleShot(0, this, [this, error] { emit failed(error); });
        return;
    }
    m_temporary = !locked;
    if (m_temporary) {
        qCInfo(lcEmbeddedSandbox) << "the demo community" << databasePath()
                                  << "is in use by another instance; using a temporary one";
        m_reopened = false;
        startServer(QString());
        return;
    }
    if (fresh && !removeDatabase(&error)) {
        QTimer::singleShot(0, this, [this, error] { emit failed(error); });
        return;
    }
    m_reopened = QFileInfo::exists(databasePath());
    startServer(databasePath());
}

void EmbeddedSandbox::startServer(const QString &dbPath)
{
    sandbox::SandboxConfig config;
    config.users = m_users;
    config.dbPath = dbPath;
    m_server = std::make_unique<sandbox::SandboxServer>(config);
    m_starting = true;
    connect(m_server.get(), &sandbox::SandboxServer::started, this, [this] {
        m_starting = false;
        emit started();
    });
    connect(m_server.get(), &sandbox::SandboxServer::failed, this, [this](const QString &error) {
        m_starting = false;
        // Deleting the server from inside its own signal is not safe.
        QTimer::singleShot(0, this, [this] { m_server.reset(); });
        emit failed(error);
    });
    m_server->start();
}

void EmbeddedSandbox::reset()
{
    if (m_starting)
        return;
    // The server closes its database when it goes, so the file can be deleted.
    m_server.reset();
    if (!m_temporary) {
        QString error;
        if (!removeDatabase(&error)) {
            QTimer::singleShot(0, this, [this, error] { emit failed(error); });
            return;
        }
    }
    m_reopened = false;
    startServer(m_temporary ? QString() : databasePath());
}

void EmbeddedSandbox::stop()
{
    m_server.reset();
    m_starting = false;
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

bool EmbeddedSandbox::isListening() const
{
    return m_server && m_server->isListening();
}

} // namespace ra
