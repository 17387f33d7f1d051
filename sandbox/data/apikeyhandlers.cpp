#include "apikeyhandlers.h"

#include "datastore.h"
#include "demorandom.h"
#include "handlers.h"
#include "requestreader.h"
#include "userdirectory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace ra::sandbox {

namespace {
// API messages are user-visible text: the app shows them.
QString tr(const char *text)
{
    return QCoreApplication::translate("ra::sandbox::ApiKeyHandlers", text);
}
} // namespace

namespace {
using Need = RequestReader::Need;

QString newSecret()
{
    QString key;
    for (int i = 0; i < 4; ++i)
        key += QStringLiteral("%1").arg(QRandomGenerator::global()->generate64(), 16, 16,
                                        QLatin1Char('0'));
    return key;
}

bool readKeyFields(RequestReader &in, bool create, QVariantMap *out)
{
    const QString name =
        in.string(QStringLiteral("name"), create ? Need::Required : Need::Optional);
    const QStringList perms =
        in.stringList(QStringLiteral("permissions"), create ? Need::Required : Need::Optional);
    const qint64 period = in.integer(QStringLiteral("expirePeriod"), Need::Optional, 0);
    QString expire = in.string(QStringLiteral("expireDate"), Need::Optional);
    const bool active = in.boolean(QStringLiteral("isActive"), Need::Optional, true);
    if (in.failed())
        return false;
    if (name.size() > 100) {
        in.fail(tr("Field 'name' must have at most 100 characters"));
        return false;
    }
    for (const QString &p : perms) {
        if (!ApiKeyHandlers::knownPermissions().contains(p)) {
            in.fail(tr("Field 'permissions' holds an unknown permission: %1").arg(p));
            return false;
        }
    }
    if (period < 0) {
        in.fail(tr("Field 'expirePeriod' must not be negative"));
        return false;
    }
    if (!expire.isEmpty()) {
        const QDateTime t = QDateTime::fromString(expire, Qt::ISODateWithMs);
        if (!t.isValid()) {
            in.fail(tr("Field 'expireDate' must be an ISO-8601 date-time"));
            return false;
        }
        expire = t.toUTC().toString(Qt::ISODateWithMs);
    } else if (period > 0) {
        expire = QDateTime::currentDateTimeUtc().addDays(period).toString(Qt::ISODateWithMs);
    }
    if (in.has(QStringLiteral("name")))
        out->insert(QStringLiteral("name"), name);
    if (in.has(QStringLiteral("permissions")))
        out->insert(QStringLiteral("permissions"), perms.join(QLatin1Char(',')));
    if (in.has(QStringLiteral("expirePeriod")) || create)
        out->insert(QStringLiteral("expire_period"), period);
    if (in.has(QStringLiteral("expireDate")) || in.has(QStringLiteral("expirePeriod")) || create)
        out->insert(QStringLiteral("expire_date"), expire);
    if (in.has(QStringLiteral("isActive")) || create)
        out->insert(QStringLiteral("is_active"), active ? 1 : 0);
    return true;
}
} // namespace

ApiKeyHandlers::ApiKeyHandlers(DataStore &store)
    : m_store(store)
    , m_users(std::make_unique<UserDirectory>(store))
{
}

ApiKeyHandlers::~ApiKeyHandlers() = default;

const QStringList &ApiKeyHandlers::knownPermissions()
{
    static const QStringList perms = {
        QStringLiteral("createUser"),     QStringLiteral("getUserData"),
        QStringLiteral("getUserStats"),   QStringLiteral("deleteRestoreUser"),
        QStringLiteral("userFields"),     QStringLiteral("getMessages"),
        QStringLiteral("sendMessages"),   QStringLiteral("applicationMember"),
        QStringLiteral("readOwnProfile"), QStringLiteral("updateOwnProfile"),
        QStringLiteral("readOwnMessages")};
    return perms;
}

void ApiKeyHandlers::install(Handlers &h)
{
    h.add(QStringLiteral("getUserApiKeys"), [this](const Request &r) { return list(r); });
    h.add(QStringLiteral("createUserApiKey"), [this](const Request &r) { return create(r); });
    h.add(QStringLiteral("updateUserApiKey"), [this](const Request &r) { return update(r); });
    h.add(QStringLiteral("deleteUserApiKey"), [this](const Request &r) { return remove(r); });
    h.add(QStringLiteral("getApiKeyInfo"), [this](const Request &r) { return info(r); });
}

QJsonObject ApiKeyHandlers::keyJson(const QString &id, bool reveal)
{
    QSqlQuery &q = m_store.run(QStringLiteral("SELECT key, name, permissions, expire_period, "
                                              "expire_date, is_active, user_id, community_id, "
                                              "created_at, updated_at, system FROM api_keys "
                                              "WHERE id = ?"),
                               {id});
    if (!q.next())
        return {};
    const QString key = q.value(0).toString();
    QJsonObject o;
    o.insert(QStringLiteral("_id"), id);
    o.insert(QStringLiteral("name"), q.value(1).toString());
    o.insert(QStringLiteral("permissions"), QJsonArray::fromStringList(q.value(2).toString().split(
                                                QLatin1Char(','), Qt::SkipEmptyParts)));
    o.insert(QStringLiteral("expirePeriod"), q.value(3).toLongLong());
    o.insert(QStringLiteral("expireDate"), q.value(4).toString());
    o.insert(QStringLiteral("isActive"), q.value(5).toInt() != 0);
    o.insert(QStringLiteral("userId"), q.value(6).toString());
    o.insert(QStringLiteral("communityId"), q.value(7).toString());
    o.insert(QStringLiteral("createdAt"), q.value(8).toString());
    o.insert(QStringLiteral("updatedAt"), q.value(9).toString());
    o.insert(QStringLiteral("type"), q.value(10).toInt() ? QStringLiteral("system")
                                     : q.value(6).toString().isEmpty()
                                         ? QStringLiteral("integration")
                                         : QStringLiteral("user"));
    // The secret is shown once, when the key is created.
    o.insert(QStringLiteral("apiKey"),
             reveal ? key : key.left(4) + QStringLiteral("…") + key.right(4));
    return o;
}

qint64 ApiKeyHandlers::owner(const Request &r, const QString &userId, Response *error)
{
    if (userId.isEmpty()) {
        *error = Response::error(400, tr("Missing required field: userId"));
        return 0;
    }
    const qint64 uid = m_users->find(userId, QStringLiteral("_id"));
    const qint64 byNumber = uid ? uid : m_users->find(userId, QStringLiteral("id"));
    if (byNumber == 0) {
        *error = Response::error(404, tr("User not found: %1").arg(userId));
        return 0;
    }
    const QString oid = m_users->oid(byNumber);
    if (r.key && !r.key->userId.isEmpty() && r.key->userId != oid) {
        *error = Response::error(403, tr("A user key may only manage its own keys"));
        return 0;
    }
    if (r.key && !r.key->communityId.isEmpty() &&
        m_users->communityOf(byNumber) != r.key->communityId) {
        *error = Response::error(403, tr("The key cannot access this user"));
        return 0;
    }
    return byNumber;
}

Response ApiKeyHandlers::list(const Request &r)
{
    Response error;
    const qint64 uid = owner(r, r.query.queryItemValue(QStringLiteral("userId")), &error);
    if (uid == 0)
        return error;
    QJsonArray out;
    QSqlQuery &q = m_store.run(
        QStringLiteral("SELECT id FROM api_keys WHERE user_id = ? ORDER BY created_at, id"),
        {m_users->oid(uid)});
    while (q.next())
        out.append(keyJson(q.value(0).toString(), false));
    return Response::ok(out, QStringLiteral("Api keys fetched successfully"));
}

Response ApiKeyHandlers::create(const Request &r)
{
    RequestReader in(r);
    QVariantMap fields;
    const bool ok = readKeyFields(in, true, &fields);
    const QString community = in.string(QStringLiteral("communityId"), Need::Optional);
    if (!ok || in.failed())
        return in.error();
    Response error;
    const qint64 uid = owner(r, r.query.queryItemValue(QStringLiteral("userId")), &error);
    if (uid == 0)
        return error;
    const QString userCommunity = m_users->communityOf(uid);
    if (!community.isEmpty() && community != userCommunity)
        return Response::error(
            403, QStringLiteral("The user is not a member of community %1").arg(community));
    if (m_store
            .scalar(QStringLiteral("SELECT 1 FROM api_keys WHERE user_id = ? AND name = ?"),
                    {m_users->oid(uid), fields.value(QStringLiteral("name"))})
            .isValid())
        return Response::error(409, tr("The user already has a key with this name"));
    const QString id = DemoRandom::newObjectId();
    const QString now = DataStore::nowIso();
    m_store.run(
        QStringLiteral("INSERT INTO api_keys (id, key, community_id, user_id, system, name, "
                       "permissions, expire_period, expire_date, is_active, created_at, "
                       "updated_at) VALUES (?,?,?,?,0,?,?,?,?,?,?,?)"),
        {id, newSecret(), userCommunity, m_users->oid(uid), fields.value(QStringLiteral("name")),
         fields.value(QStringLiteral("permissions")), fields.value(QStringLiteral("expire_period")),
         fields.value(QStringLiteral("expire_date")), fields.value(QStringLiteral("is_active")),
         now, now});
    Response resp = Response::ok(keyJson(id, true), QStringLiteral("Api key created successfully"));
    resp.status = 201;
    return resp;
}

Response ApiKeyHandlers::update(const Request &r)
{
    RequestReader in(r);
    QVariantMap fields;
    if (!readKeyFields(in, false, &fields))
        return in.error();
    Response error;
    const qint64 uid = owner(r, r.pathParams.value(QStringLiteral("userId")), &error);
    if (uid == 0)
        return error;
    const QString id = r.pathParams.value(QStringLiteral("apiKeyId"));
    if (!m_store
             .scalar(QStringLiteral("SELECT 1 FROM api_keys WHERE id = ? AND user_id = ?"),
                     {id, m_users->oid(uid)})
             .isValid())
        return Response::error(404, tr("Api key not found: %1").arg(id));
    if (fields.contains(QStringLiteral("name")) &&
        m_store
            .scalar(QStringLiteral("SELECT 1 FROM api_keys WHERE user_id = ? AND name = ? "
                                   "AND id <> ?"),
                    {m_users->oid(uid), fields.value(QStringLiteral("name")), id})
            .isValid())
        return Response::error(409, tr("The user already has a key with this name"));
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        // Column names come from readKeyFields(), never from the request.
        m_store.run(QStringLiteral("UPDATE api_keys SET ") + it.key() +
                        QStringLiteral(" = ?, updated_at = ? WHERE id = ?"),
                    {it.value(), DataStore::nowIso(), id});
    }
    return Response::ok(keyJson(id, false), QStringLiteral("Api key updated successfully"));
}

Response ApiKeyHandlers::remove(const Request &r)
{
    Response error;
    const qint64 uid = owner(r, r.pathParams.value(QStringLiteral("userId")), &error);
    if (uid == 0)
        return error;
    const QString id = r.pathParams.value(QStringLiteral("apiKeyId"));
    const QJsonObject current = keyJson(id, false);
    if (current.isEmpty() ||
        current.value(QStringLiteral("userId")).toString() != m_users->oid(uid))
        return Response::error(404, tr("Api key not found: %1").arg(id));
    m_store.run(QStringLiteral("DELETE FROM api_keys WHERE id = ?"), {id});
    return Response::ok(current, QStringLiteral("Api key deleted successfully"));
}

Response ApiKeyHandlers::info(const Request &r)
{
    if (!r.key)
        return Response::error(401, tr("No API key presented"));
    const QString id =
        m_store.scalar(QStringLiteral("SELECT id FROM api_keys WHERE key = ?"), {r.key->key})
            .toString();
    if (id.isEmpty())
        return Response::error(404, tr("Api key not found"));
    return Response::ok(keyJson(id, false), QStringLiteral("Api key info fetched successfully"));
}

} // namespace ra::sandbox
