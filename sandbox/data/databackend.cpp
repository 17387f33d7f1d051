#include "databackend.h"

#include "bulkjobrunner.h"
#include "datastore.h"
#include "demobadgeimage.h"
#include "handlers.h"
#include "imagetype.h"
#include "messageseeder.h"
#include "seeder.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

namespace ra::sandbox {

namespace {
std::atomic<int> g_seedConnection{0};

struct SeedResult
{
    bool ok = false;
    QString error;
};
} // namespace

DataBackend::DataBackend(QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<DataStore>())
    , m_jobs(new BulkJobRunner(*m_store, this))
{
    connect(m_jobs, &BulkJobRunner::jobStateChanged, this, &DataBackend::jobStateChanged);
}

DataBackend::~DataBackend()
{
    close();
}

bool DataBackend::open(const QString &dbPath, QString *error)
{
    close();
    if (!m_store->open(dbPath, error))
        return false;
    m_handlers = std::make_unique<Handlers>(*m_store, m_jobs);
    m_jobs->recover();
    return true;
}

void DataBackend::close()
{
    m_keyCache.clear();
    m_keyExpiry.clear();
    m_jobs->stop();
    m_handlers.reset();
    m_store->close();
}

bool DataBackend::isOpen() const
{
    return m_store->isOpen();
}

bool DataBackend::hasCommunity() const
{
    return isOpen() && !m_seeding && !m_store->demo().communityId.isEmpty();
}

bool DataBackend::isSeeding() const
{
    return m_seeding;
}

bool DataBackend::seed(quint64 seed, int users, QString *error, qint64 histories)
{
    if (!isOpen()) {
        if (error)
            *error = tr("The database is not open");
        return false;
    }
    if (m_seeding) {
        if (error)
            *error = tr("Seeding is already running");
        return false;
    }
    if (hasCommunity())
        return true;
    QString err;
    Seeder seeder(m_store->db(), seed, users, histories);
    const bool ok = seeder.run(&err);
    if (!ok && error)
        *error = err;
    m_store->reloadDemo();
    m_handlers = std::make_unique<Handlers>(*m_store, m_jobs);
    return ok;
}

void DataBackend::seedAsync(quint64 seed, int users, qint64 histories)
{
    if (!isOpen()) {
        QMetaObject::invokeMethod(
            this, [this] { emit seedFailed(QStringLiteral("The database is not open")); },
            Qt::QueuedConnection);
        return;
    }
    if (m_seeding)
        return;
    if (hasCommunity()) {
        QMetaObject::invokeMethod(
            this, [this] { emit seeded(); }, Qt::QueuedConnection);
        return;
    }
    m_seeding = true;
    auto result = std::make_shared<SeedResult>();
    const DataStore *store = m_store.get();
    const QString name = QStringLiteral("ra_sandbox_seed_%1").arg(++g_seedConnection);
    QThread *thread = QThread::create([store, name, seed, users, histories, result] {
        {
            QSqlDatabase db;
            if (store->openConnection(name, &db, &result->error)) {
                Seeder seeder(db, seed, users, histories);
                result->ok = seeder.run(&result->error);
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
    });
    thread->setObjectName(QStringLiteral("ra-sandbox-seed"));
    connect(thread, &QThread::finished, this, [this, thread, result] {
        thread->deleteLater();
        onSeedFinished(result->ok, result->error);
    });
    thread->start();
}

void DataBackend::onSeedFinished(bool ok, const QString &error)
{
    m_seeding = false;
    m_keyCache.clear();
    if (!isOpen())
        return;
    m_store->reloadDemo();
    m_handlers = std::make_unique<Handlers>(*m_store, m_jobs);
    if (ok)
        emit seeded();
    else
        emit seedFailed(error);
}

DemoInfo DataBackend::demo() const
{
    return m_seeding ? DemoInfo() : m_store->demo();
}

bool DataBackend::seedChannelMessages(int count, QString *error)
{
    MessageSeeder seeder(*m_store);
    return seeder.run(count, error);
}

bool DataBackend::replaceDemoKeys(QString *error)
{
    if (!isOpen() || m_seeding || !hasCommunity()) {
        *error = tr("The demo community is not ready");
        return false;
    }
    const DemoInfo demo = m_store->demo();
    const QString old[] = {demo.systemKey, demo.integrationKey, demo.noPermissionKey};
    const char16_t *metaKeys[] = {u"systemKey", u"integrationKey", u"noPermissionKey"};
    if (!m_store->transaction()) {
        *error = tr("Cannot change the demo keys: the database is busy");
        return false;
    }
    for (int i = 0; i < 3; ++i) {
        QString fresh;
        for (int word = 0; word < 4; ++word)
            fresh += QStringLiteral("%1").arg(QRandomGenerator::system()->generate64(), 16, 16,
                                              QLatin1Char('0'));
        m_store->run(QStringLiteral("UPDATE api_keys SET key = ? WHERE key = ?"), {fresh, old[i]});
        m_store->run(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"),
                     {fresh, QString::fromUtf16(metaKeys[i])});
    }
    if (!m_store->commit()) {
        *error = tr("Cannot change the demo keys: the database refused the change");
        return false;
    }
    m_store->releaseStatements();
    m_keyCache.clear();
    m_store->reloadDemo();
    return true;
}

std::optional<ApiKeyInfo> DataBackend::lookupKey(const QString &key) const
{
    if (!isOpen() || m_seeding || key.isEmpty())
        return std::nullopt;
    const auto cached = m_keyCache.constFind(key);
    if (cached != m_keyCache.constEnd()) {
        const QDateTime expires = m_keyExpiry.value(key);
        if (expires.isValid() && expires < QDateTime::currentDateTimeUtc())
            return std::nullopt;
        return *cached;
    }
    std::optional<ApiKeyInfo> info = readKey(key);
    if (m_keyCache.size() > 4096) // a flood of wrong keys must not grow it forever
        m_keyCache.clear();
    m_keyCache.insert(key, info);
    return info;
}

std::optional<ApiKeyInfo> DataBackend::lookupSession(const QString &token) const
{
    if (!isOpen() || m_seeding || token.isEmpty())
        return std::nullopt;
    // Sessions are few and short-lived: no cache, so an expiry is seen at once.
    QSqlQuery &q = m_store->run(
        QStringLiteral("SELECT community_id, expires_at FROM sessions WHERE token = ?"), {token});
    if (!q.next())
        return std::nullopt;
    const QDateTime expires = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    if (!expires.isValid() || expires <= QDateTime::currentDateTimeUtc())
        return std::nullopt;
    ApiKeyInfo info;
    info.key = token;
    info.communityId = q.value(0).toString();
    return info;
}

void DataBackend::setSessionLifetime(int seconds)
{
    m_store->setSessionLifetime(qMax(1, seconds));
}

std::optional<ApiKeyInfo> DataBackend::readKey(const QString &key) const
{
    QSqlQuery &q =
        m_store->run(QStringLiteral("SELECT community_id, user_id, system, permissions, "
                                    "is_active, expire_date FROM api_keys WHERE key = ?"),
                     {key});
    if (!q.next() || q.value(4).toInt() == 0)
        return std::nullopt;
    const QString expires = q.value(5).toString();
    if (!expires.isEmpty()) {
        const QDateTime t = QDateTime::fromString(expires, Qt::ISODateWithMs);
        if (t.isValid()) {
            m_keyExpiry.insert(key, t);
            if (t < QDateTime::currentDateTimeUtc())
                return std::nullopt;
        }
    }
    ApiKeyInfo info;
    info.key = key;
    info.communityId = q.value(0).toString();
    info.userId = q.value(1).toString();
    info.system = q.value(2).toInt() != 0;
    info.permissions = q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    return info;
}

bool DataBackend::communityExists(const QString &communityId) const
{
    if (!isOpen() || m_seeding)
        return false;
    return m_store->scalar(QStringLiteral("SELECT 1 FROM servers WHERE id = ?"), {communityId})
        .isValid();
}

Response DataBackend::uploadedImage(const QString &id)
{
    if (!isOpen() || m_seeding)
        return Response::error(503, tr("The sandbox database is not open"));
    QSqlQuery &q = m_store->run(QStringLiteral("SELECT type, data FROM images WHERE id = ?"), {id});
    if (!q.next()) {
        const QByteArray demo = DemoBadgeImage::forId(id);
        if (demo.isEmpty())
            return Response::error(404, tr("No uploaded image %1").arg(id.left(40)));
        Response r;
        r.raw = true;
        r.contentType = QByteArrayLiteral("image/png");
        r.rawBody = demo;
        return r;
    }
    // Served only as the image type its bytes are (an older database may
    // hold anything under any declared type).
    Response r;
    r.raw = true;
    r.rawBody = q.value(1).toByteArray();
    m_store->releaseStatements();
    r.contentType = imageTypeOf(r.rawBody);
    if (r.contentType.isEmpty())
        return Response::error(404, tr("Upload %1 is not an image").arg(id.left(40)));
    return r;
}

Response DataBackend::handle(const Request &request)
{
    if (!isOpen() || !m_handlers)
        return Response::error(503, tr("The sandbox database is not open"));
    if (m_seeding)
        return Response::error(503, tr("The demo community is being generated; try "
                                       "again shortly"));
    Response response = m_handlers->dispatch(request);
    m_store->releaseStatements();
    // Key management and account changes (a deleted user's keys) can change
    // what a key may do: forget every cached key after any such write.
    if (request.route && request.route->method != u"GET" &&
        (request.route->operationId.contains(QLatin1String("ApiKey")) ||
         request.route->operationId == u"manageUser"))
        m_keyCache.clear();
    return response;
}

void DataBackend::setBulkBatchSize(int rows)
{
    m_jobs->setBatchSize(rows);
}

QStringList DataBackend::handledOperations()
{
    DataStore unopened;
    Handlers handlers(unopened, nullptr);
    return handlers.operations();
}

} // namespace ra::sandbox
