#include "fieldhistoryhandlers.h"

#include "datastore.h"
#include "demoactivity.h"
#include "demorandom.h"
#include "handlers.h"
#include "requestreader.h"
#include "userdirectory.h"
#include "userfieldhandlers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace ra::sandbox {

namespace {
// API messages are user-visible text: the app shows them.
QString tr(const char *text)
{
    return QCoreApplication::translate("ra::sandbox::FieldHistoryHandlers", text);
}
} // namespace

namespace {
using Need = RequestReader::Need;
constexpr quint64 historyKind = 10;
} // namespace

FieldHistoryHandlers::FieldHistoryHandlers(DataStore &store)
    : m_store(store)
    , m_users(std::make_unique<UserDirectory>(store))
{
}

FieldHistoryHandlers::~FieldHistoryHandlers() = default;

void FieldHistoryHandlers::install(Handlers &h)
{
    h.add(QStringLiteral("getFieldHistories"),
          [this](const Request &r) { return list(r, false, false); });
    h.add(QStringLiteral("getFieldHistoriesByField"),
          [this](const Request &r) { return list(r, true, false); });
    h.add(QStringLiteral("getFieldHistoriesByUser"),
          [this](const Request &r) { return list(r, false, true); });
    h.add(QStringLiteral("getFieldHistoriesByFieldAndUser"),
          [this](const Request &r) { return list(r, true, true); });
    h.add(QStringLiteral("createFieldHistory"), [this](const Request &r) { return create(r); });
}

QList<FieldHistoryHandlers::Field> FieldHistoryHandlers::fields(const QString &community,
                                                                const QString &onlyId)
{
    QList<Field> out;
    QSqlQuery &q =
        m_store.run(QStringLiteral("SELECT id, field, seeded FROM user_fields WHERE "
                                   "community_id = ? AND (COALESCE(?, '') = '' OR id = ?) ORDER BY "
                                   "seeded, id"),
                    {community, onlyId, onlyId});
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    return out;
}

QJsonObject FieldHistoryHandlers::derived(const QString &community, qint64 user,
                                          const QString &userOid, const Field &field, int k)
{
    const quint64 seed = m_store.seed();
    const int index = field.seededIndex - 1;
    const quint64 n = (quint64(user - 1) * DemoActivity::seededFieldCount + quint64(index)) *
                          DemoActivity::historyPerField +
                      quint64(k);
    const QDate date = DemoActivity::historyDate(seed, user, index, k, m_users->seedDate());
    QJsonObject o;
    o.insert(QStringLiteral("_id"), DemoRandom::objectId(seed, historyKind, n));
    o.insert(QStringLiteral("communityId"), community);
    o.insert(QStringLiteral("fieldId"), field.id);
    o.insert(QStringLiteral("field"), field.key);
    o.insert(QStringLiteral("userId"), userOid.isEmpty() ? m_users->oid(user) : userOid);
    o.insert(QStringLiteral("value"), DemoActivity::fieldValue(seed, user, index, k));
    o.insert(QStringLiteral("createdAt"),
             QDateTime(date, QTime(int(n % 24), int(n % 60)), Qt::UTC).toString(Qt::ISODateWithMs));
    return o;
}

Response FieldHistoryHandlers::list(const Request &r, bool byField, bool byUser)
{
    Response error;
    if (!UserFieldHandlers::checkCommunity(r, m_store, &error))
        return error;
    RequestReader query = RequestReader::fromQuery(r);
    const qint64 page = query.integer(QStringLiteral("page"), Need::Optional, 1);
    const qint64 limit = query.integer(QStringLiteral("limit"), Need::Optional, defaultLimit);
    if (!query.failed() && page < 1)
        query.fail(tr("Field 'page' must be 1 or more"));
    if (!query.failed() && (limit < 1 || limit > maxLimit))
        query.fail(tr("Field 'limit' must be between 1 and %1").arg(maxLimit));
    if (query.failed())
        return query.error();
    const QString community = r.pathParams.value(QStringLiteral("communityId"));
    const QString fieldId = byField ? r.pathParams.value(QStringLiteral("fieldId")) : QString();
    QList<Field> all = fields(community, fieldId);
    if (byField && all.isEmpty())
        return Response::error(404, tr("User field not found: %1").arg(fieldId));
    qint64 user = 0;
    QString userOid;
    if (byUser) {
        const QString who = r.pathParams.value(QStringLiteral("userId"));
        user = m_users->find(who, {}, true);
        if (user == 0 || m_users->communityOf(user) != community)
            return Response::error(404, tr("User not found: %1").arg(who));
        userOid = m_users->oid(user);
    }
    QList<Field> seeded;
    for (const Field &f : std::as_const(all)) {
        if (f.seededIndex > 0)
            seeded.append(f);
    }
    // Derived entries: users [first, first + userCount) x seeded fields x k.
    const qint64 firstUser = byUser ? user : 1;
    const qint64 userCount = byUser ? (m_users->isSeeded(user) ? 1 : 0) : m_users->seedUsers();
    const qint64 perUser = qint64(seeded.size()) * DemoActivity::historyPerField;
    const qint64 generated = userCount * perUser;
    QString where = QStringLiteral("h.community_id = ?");
    QVariantList binds{community};
    if (byField) {
        where += QStringLiteral(" AND h.field_id = ?");
        binds.append(fieldId);
    }
    if (byUser) {
        where += QStringLiteral(" AND h.user_id = ?");
        binds.append(user);
    }
    QSqlQuery &c =
        m_store.run(QStringLiteral("SELECT COUNT(*) FROM field_histories h WHERE ") + where, binds);
    const qint64 stored = c.next() ? c.value(0).toLongLong() : 0;
    const qint64 total = generated + stored;
    const qint64 offset = (page - 1) * limit;
    QJsonArray out;
    for (qint64 i = offset; i < generated && out.size() < limit; ++i) {
        const qint64 u = firstUser + i / perUser;
        const qint64 inUser = i % perUser;
        const Field &f = seeded.at(int(inUser / DemoActivity::historyPerField));
        out.append(derived(community, u, byUser ? userOid : QString(), f,
                           int(inUser % DemoActivity::historyPerField)));
    }
    if (out.size() < limit) {
        const qint64 storedOffset = qMax<qint64>(0, offset - generated);
        QSqlQuery &q = m_store.run(
            QStringLiteral("SELECT h.id, h.field_id, f.field, u.oid, h.value, h.created_at FROM "
                           "field_histories h LEFT JOIN user_fields f ON f.id = h.field_id LEFT "
                           "JOIN users u ON u.id = h.user_id WHERE ") +
                where + QStringLiteral(" ORDER BY h.created_at, h.id LIMIT ? OFFSET ?"),
            binds + QVariantList{limit - out.size(), storedOffset});
        while (q.next()) {
            QJsonObject o;
            o.insert(QStringLiteral("_id"), q.value(0).toString());
            o.insert(QStringLiteral("communityId"), community);
            o.insert(QStringLiteral("fieldId"), q.value(1).toString());
            o.insert(QStringLiteral("field"), q.value(2).toString());
            o.insert(QStringLiteral("userId"), q.value(3).toString());
            o.insert(QStringLiteral("value"), q.value(4).toString());
            o.insert(QStringLiteral("createdAt"), q.value(5).toString());
            out.append(o);
        }
    }
    QJsonObject data;
    data.insert(QStringLiteral("histories"), out);
    data.insert(QStringLiteral("total"), total);
    data.insert(QStringLiteral("page"), page);
    data.insert(QStringLiteral("limit"), limit);
    data.insert(QStringLiteral("totalPages"), (total + limit - 1) / limit);
    return Response::ok(data, QStringLiteral("Get user field histories success."));
}

Response FieldHistoryHandlers::create(const Request &r)
{
    RequestReader in(r);
    const QString fieldId = in.objectId(QStringLiteral("fieldId"));
    const QJsonValue v = in.value(QStringLiteral("value"));
    if (!in.failed() && (v.isUndefined() || v.isNull()))
        in.fail(tr("Missing required field: value"));
    if (!in.failed() && (v.isArray() || v.isObject()))
        in.fail(tr("Field 'value' must be a string, number or boolean"));
    if (in.failed())
        return in.error();
    Response error;
    if (!UserFieldHandlers::checkCommunity(r, m_store, &error))
        return error;
    const QString community = r.pathParams.value(QStringLiteral("communityId"));
    QSqlQuery &f =
        m_store.run(QStringLiteral("SELECT field, type FROM user_fields WHERE id = ? AND "
                                   "community_id = ?"),
                    {fieldId, community});
    if (!f.next())
        return Response::error(404, tr("User field not found: %1").arg(fieldId));
    const QString type = f.value(1).toString();
    const QString value = v.isString() ? v.toString() : v.toVariant().toString();
    bool numeric = false;
    value.toDouble(&numeric);
    if ((type == QStringLiteral("numerical") || type == QStringLiteral("number")) && !numeric)
        return Response::error(
            400, QStringLiteral("Field 'value' must be a number for a %1 field").arg(type));
    if (type == QStringLiteral("date") && !QDate::fromString(value, Qt::ISODate).isValid() &&
        !QDateTime::fromString(value, Qt::ISODateWithMs).isValid())
        return Response::error(400, tr("Field 'value' must be an ISO-8601 date"));
    const QString who = r.pathParams.value(QStringLiteral("userId"));
    const qint64 user = m_users->find(who);
    if (user == 0 || m_users->communityOf(user) != community)
        return Response::error(404, tr("User not found: %1").arg(who));
    const QString id = DemoRandom::newObjectId();
    const QString now = DataStore::nowIso();
    m_store.transaction();
    m_store.run(QStringLiteral("INSERT INTO field_histories (id, community_id, field_id, user_id, "
                               "value, created_at) VALUES (?,?,?,?,?,?)"),
                {id, community, fieldId, user, value, now});
    m_store.run(QStringLiteral("INSERT OR REPLACE INTO field_values VALUES (?,?,?)"),
                {user, fieldId, value});
    m_store.commit();
    QJsonObject o;
    o.insert(QStringLiteral("_id"), id);
    o.insert(QStringLiteral("communityId"), community);
    o.insert(QStringLiteral("fieldId"), fieldId);
    o.insert(QStringLiteral("field"), f.value(0).toString());
    o.insert(QStringLiteral("userId"), m_users->oid(user));
    o.insert(QStringLiteral("value"), value);
    o.insert(QStringLiteral("createdAt"), now);
    Response resp = Response::ok(o, QStringLiteral("Create user field history successful"));
    resp.status = 201;
    return resp;
}

} // namespace ra::sandbox
