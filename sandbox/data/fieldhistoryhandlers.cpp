#include "fieldhistoryhandlers.h"

#include "datastore.h"
#include "fieldvaluewriter.h"
#include "handlers.h"
#include "requestreader.h"
#include "userdirectory.h"
#include "userfieldhandlers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>

namespace ra::sandbox {

namespace {
// API messages are user-visible text: the app shows them.
QString tr(const char *text)
{
    return QCoreApplication::translate("ra::sandbox::FieldHistoryHandlers", text);
}

using Need = RequestReader::Need;

const QString historyColumns =
    QStringLiteral("SELECT h.id, h.community_id, h.field_id, f.field, u.oid, u.username, h.value, "
                   "h.previous_value, h.source, h.created_at FROM field_histories h ");
const QString historyJoins = QStringLiteral(
    "LEFT JOIN user_fields f ON f.id = h.field_id LEFT JOIN users u ON u.id = h.user_id WHERE ");
const QString historySelect = historyColumns + historyJoins;

QJsonObject historyEntryJson(const QSqlQuery &q)
{
    QJsonObject o;
    o.insert(QStringLiteral("_id"), q.value(0).toString());
    o.insert(QStringLiteral("communityId"), q.value(1).toString());
    o.insert(QStringLiteral("fieldId"), q.value(2).toString());
    o.insert(QStringLiteral("field"), q.value(3).toString());
    o.insert(QStringLiteral("userId"), q.value(4).toString());
    o.insert(QStringLiteral("username"), q.value(5).toString());
    o.insert(QStringLiteral("value"), q.value(6).toString());
    o.insert(QStringLiteral("previousValue"),
             q.value(7).isNull() ? QJsonValue() : QJsonValue(q.value(7).toString()));
    o.insert(QStringLiteral("changedBy"), q.value(8).toString());
    o.insert(QStringLiteral("createdAt"), q.value(9).toString());
    return o;
}

// `text` as the stored timestamp form; a date alone is the start of its day,
// or its last millisecond when `endOfDay` (so `to` takes in the whole day).
QString historyTimeBound(RequestReader &query, const QString &name, bool endOfDay)
{
    const QString text = query.string(name, Need::Optional);
    if (text.isEmpty() || query.failed())
        return {};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    const QDateTime time =
        date.isValid() ? QDateTime(date, endOfDay ? QTime(23, 59, 59, 999) : QTime(0, 0), Qt::UTC)
                       : QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        query.fail(
            tr("Query parameter '%1' must be an ISO 8601 date or date-time: %2").arg(name, text));
        return {};
    }
    return time.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

FieldHistoryHandlers::FieldHistoryHandlers(DataStore &store)
    : m_store(store)
    , m_users(std::make_unique<UserDirectory>(store))
{
    m_writer = std::make_unique<FieldValueWriter>(store.db(), m_users->derivedValues());
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

Response FieldHistoryHandlers::list(const Request &r, bool byField, bool byUser)
{
    Response error;
    if (!UserFieldHandlers::checkCommunity(r, m_store, &error))
        return error;
    RequestReader query = RequestReader::fromQuery(r);
    const qint64 page = query.integer(QStringLiteral("page"), Need::Optional, 1);
    const qint64 limit = query.integer(QStringLiteral("limit"), Need::Optional, defaultLimit);
    const QString order =
        query.string(QStringLiteral("order"), Need::Optional, QStringLiteral("asc"));
    if (!query.failed() && page < 1)
        query.fail(tr("Field 'page' must be 1 or more"));
    if (!query.failed() && (limit < 1 || limit > maxLimit))
        query.fail(tr("Field 'limit' must be between 1 and %1").arg(maxLimit));
    if (!query.failed() && order != QStringLiteral("asc") && order != QStringLiteral("desc"))
        query.fail(tr("Query parameter 'order' must be 'asc' or 'desc': %1").arg(order));
    const QString from = historyTimeBound(query, QStringLiteral("from"), false);
    const QString to = historyTimeBound(query, QStringLiteral("to"), true);
    if (query.failed())
        return query.error();
    const QString community = r.pathParams.value(QStringLiteral("communityId"));
    QString where = QStringLiteral("h.community_id = ?");
    QVariantList binds{community};
    if (byField) {
        const QString fieldId = r.pathParams.value(QStringLiteral("fieldId"));
        if (!m_store
                 .scalar(QStringLiteral("SELECT 1 FROM user_fields WHERE id = ? AND "
                                        "community_id = ?"),
                         {fieldId, community})
                 .isValid())
            return Response::error(404, tr("User field not found: %1").arg(fieldId));
        where += QStringLiteral(" AND h.field_id = ?");
        binds.append(fieldId);
    }
    if (byUser) {
        const QString who = r.pathParams.value(QStringLiteral("userId"));
        const qint64 user = m_users->find(who, {}, true);
        if (user == 0 || m_users->communityOf(user) != community)
            return Response::error(404, tr("User not found: %1").arg(who));
        where += QStringLiteral(" AND h.user_id = ?");
        binds.append(user);
    }
    if (!from.isEmpty()) {
        where += QStringLiteral(" AND h.created_at >= ?");
        binds.append(from);
    }
    if (!to.isEmpty()) {
        where += QStringLiteral(" AND h.created_at <= ?");
        binds.append(to);
    }
    // One member's entries are few: read them by member and sort them, rather than walk the
    // (field, time) or (community, time) index in order, which SQLite would otherwise prefer.
    const QString indexed = byUser ? QStringLiteral("INDEXED BY field_histories_user ") : QString();
    QSqlQuery &c = m_store.run(QStringLiteral("SELECT COUNT(*) FROM field_histories h ") + indexed +
                                   QStringLiteral("WHERE ") + where,
                               binds);
    const qint64 total = c.next() ? c.value(0).toLongLong() : 0;
    const QString direction =
        order == QStringLiteral("desc") ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QSqlQuery &q = m_store.run(
        historyColumns + indexed + historyJoins + where + QStringLiteral(" ORDER BY h.created_at") +
            direction + QStringLiteral(", h.id") + direction + QStringLiteral(" LIMIT ? OFFSET ?"),
        binds + QVariantList{limit, (page - 1) * limit});
    QJsonArray out;
    while (q.next())
        out.append(historyEntryJson(q));
    QJsonObject data;
    data.insert(QStringLiteral("histories"), out);
    data.insert(QStringLiteral("total"), total);
    data.insert(QStringLiteral("page"), page);
    data.insert(QStringLiteral("limit"), limit);
    data.insert(QStringLiteral("totalPages"), (total + limit - 1) / limit);
    return Response::ok(data, QStringLiteral("Get user field histories success."));
}

QJsonObject FieldHistoryHandlers::entry(const QString &id)
{
    QSqlQuery &q = m_store.run(historySelect + QStringLiteral("h.id = ?"), {id});
    return q.next() ? historyEntryJson(q) : QJsonObject();
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
    const QString key = f.value(0).toString();
    const QString type = f.value(1).toString();
    const QString value = v.isString() ? v.toString() : v.toVariant().toString();
    bool numeric = false;
    value.toDouble(&numeric);
    if ((type == QStringLiteral("numerical") || type == QStringLiteral("number")) && !numeric)
        return Response::error(
            400, tr("Field 'value' must be a number for the %1 field %2").arg(type, key));
    if (type == QStringLiteral("date") && !QDate::fromString(value, Qt::ISODate).isValid() &&
        !QDateTime::fromString(value, Qt::ISODateWithMs).isValid())
        return Response::error(
            400, tr("Field 'value' must be an ISO 8601 date for the date field %1").arg(key));
    const QString who = r.pathParams.value(QStringLiteral("userId"));
    const qint64 user = m_users->find(who);
    if (user == 0 || m_users->communityOf(user) != community)
        return Response::error(404, tr("User not found: %1").arg(who));
    FieldValueWriter::Change change;
    change.communityId = community;
    change.userId = user;
    change.fieldId = fieldId;
    change.value = value;
    change.source = QStringLiteral("createFieldHistory");
    change.always = true;
    QString failed;
    m_store.transaction();
    const QString id = m_writer->apply(change, &failed);
    m_store.commit();
    if (id.isEmpty())
        return Response::error(500, tr("The history entry could not be stored: %1").arg(failed));
    Response resp = Response::ok(entry(id), QStringLiteral("Create user field history successful"));
    resp.status = 201;
    return resp;
}

} // namespace ra::sandbox
