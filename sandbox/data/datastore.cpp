#include "datastore.h"

#include "schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>

#include <atomic>

namespace ra::sandbox {

Q_LOGGING_CATEGORY(lcSandboxData, "ra.sandbox.data")

namespace {
std::atomic<int> g_connectionCounter{0};

QString tr(const char *text)
{
    return QCoreApplication::translate("ra::sandbox::DataStore", text);
}
} // namespace

DataStore::DataStore() = default;

DataStore::~DataStore()
{
    close();
}

bool DataStore::openConnection(const QString &connectionName, QSqlDatabase *db,
                               QString *error) const
{
    *db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db->setDatabaseName(m_databaseName);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (m_memory)
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    db->setConnectOptions(options);
    if (!db->open()) {
        if (error)
            *error =
                tr("Cannot open the database %1: %2").arg(m_databaseName, db->lastError().text());
        return false;
    }
    return true;
}

bool DataStore::open(const QString &dbPath, QString *error)
{
    close();
    const int n = ++g_connectionCounter;
    m_connection = QStringLiteral("ra_sandbox_data_%1").arg(n);
    m_memory = dbPath.isEmpty() || dbPath == QStringLiteral(":memory:");
    m_databaseName = m_memory ? QStringLiteral("file:ra_sandbox_mem_%1_%2?mode=memory&cache=shared")
                                    .arg(QCoreApplication::applicationPid())
                                    .arg(n)
                              : dbPath;
    if (!openConnection(m_connection, &m_db, error)) {
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        return false;
    }
    QString err;
    bool ok = true;
    if (!m_memory) {
        ok = Schema::run(m_db, QStringLiteral("PRAGMA journal_mode=WAL"), &err) &&
             Schema::run(m_db, QStringLiteral("PRAGMA synchronous=NORMAL"), &err);
    }
    ok = ok && Schema::run(m_db, QStringLiteral("PRAGMA foreign_keys=OFF"), &err) &&
         Schema::createTables(m_db, &err);
    if (ok) {
        const QString v = meta(QStringLiteral("schemaVersion"));
        if (v.isEmpty()) {
            setMeta(QStringLiteral("schemaVersion"), QString::number(Schema::version));
        } else if (v.toInt() != Schema::version) {
            err = tr("The database %1 has schema version %2; this sandbox needs %3")
                      .arg(dbPath, v)
                      .arg(Schema::version);
            ok = false;
        }
    }
    if (!ok) {
        if (error)
            *error = err;
        close();
        return false;
    }
    reloadDemo();
    return true;
}

void DataStore::close()
{
    if (m_connection.isEmpty())
        return;
    m_used.clear();
    m_oneOffs.clear();
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    m_demo = DemoInfo();
}

bool DataStore::isOpen() const
{
    return m_db.isOpen();
}

QSqlQuery &DataStore::prepared(const QString &sql, bool *ok)
{
    const auto it = m_statements.find(sql);
    if (it != m_statements.end()) {
        it->second->finish(); // drop the previous result set, keep the compiled statement
        *ok = true;
        m_used.push_back(it->second.get());
        return *it->second;
    }
    auto q = std::make_unique<QSqlQuery>(m_db);
    *ok = q->prepare(sql);
    if (!*ok)
        qCWarning(lcSandboxData) << "prepare failed:" << q->lastError().text();
    QSqlQuery *raw = q.get();
    // The request path uses a few dozen statement texts; a bound keeps texts
    // built at run time from piling up (those live until releaseStatements()).
    if (*ok && m_statements.size() < 1024)
        m_statements.emplace(sql, std::move(q));
    else
        m_oneOffs.push_back(std::move(q));
    m_used.push_back(raw);
    return *raw;
}

QSqlQuery &DataStore::run(const QString &sql, std::initializer_list<QVariant> values)
{
    bool ok = false;
    QSqlQuery &q = prepared(sql, &ok);
    if (!ok)
        return q;
    int i = 0;
    for (const QVariant &v : values)
        q.bindValue(i++, v);
    if (!q.exec())
        qCWarning(lcSandboxData) << "statement failed:" << q.lastError().text();
    return q;
}

QSqlQuery &DataStore::run(const QString &sql, const QVariantList &values)
{
    bool ok = false;
    QSqlQuery &q = prepared(sql, &ok);
    if (!ok)
        return q;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        qCWarning(lcSandboxData) << "statement failed:" << q.lastError().text();
    return q;
}

void DataStore::releaseStatements()
{
    for (QSqlQuery *q : m_used)
        q->finish();
    m_used.clear();
    m_oneOffs.clear();
}

QVariant DataStore::scalar(const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery &q = run(sql, values);
    if (q.isActive() && q.next())
        return q.value(0);
    return {};
}

bool DataStore::transaction()
{
    return m_db.transaction();
}

bool DataStore::commit()
{
    return m_db.commit();
}

void DataStore::rollback()
{
    m_db.rollback();
}

QString DataStore::meta(const QString &key)
{
    return scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}).toString();
}

void DataStore::setMeta(const QString &key, const QString &value)
{
    run(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"), {key, value});
}

void DataStore::reloadDemo()
{
    m_demo.communityId = meta(QStringLiteral("communityId"));
    m_demo.systemKey = meta(QStringLiteral("systemKey"));
    m_demo.integrationKey = meta(QStringLiteral("integrationKey"));
    m_demo.noPermissionKey = meta(QStringLiteral("noPermissionKey"));
    m_demo.secureAuthDomain = meta(QStringLiteral("secureAuthDomain"));
    m_seed = meta(QStringLiteral("seed")).toULongLong();
}

QString DataStore::nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace ra::sandbox
