#include "userfieldhandlers.h"

#include "datastore.h"
#include "demorandom.h"
#include "handlers.h"
#include "requestreader.h"
#include "userdirectory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace ra::sandbox {

namespace {
// API messages are user-visible text: the app shows them.
QString tr(const char *text)
{
    return QCoreApplication::translate("ra::sandbox::UserFieldHandlers", text);
}
} // namespace

namespace {
using Need = RequestReader::Need;
}

UserFieldHandlers::UserFieldHandlers(DataStore &store)
    : m_store(store)
    , m_users(std::make_unique<UserDirectory>(store))
{
}

UserFieldHandlers::~UserFieldHandlers() = default;

void UserFieldHandlers::install(Handlers &h)
{
    h.add(QStringLiteral("getUserFields"), [this](const Request &r) { return list(r); });
    h.add(QStringLiteral("getUserField"), [this](const Request &r) { return get(r); });
    h.add(QStringLiteral("createUserField"), [this](const Request &r) { return create(r); });
    h.add(QStringLiteral("updateUserField"), [this](const Request &r) { return update(r); });
    h.add(QStringLiteral("deleteUserField"), [this](const Request &r) { return remove(r); });
}

bool UserFieldHandlers::validType(const QString &type)
{
    static const QStringList types = {
        QStringLiteral("date"),      QStringLiteral("single-line-text"),
        QStringLiteral("numerical"), QStringLiteral("multi-line-text"),
        QStringLiteral("number"),    QStringLiteral("text"),
        QStringLiteral("boolean"),   QStringLiteral("select")};
    return types.contains(type);
}

bool UserFieldHandlers::checkCommunity(const Request &r, DataStore &store, Response *error)
{
    const QString community = r.pathParams.value(QStringLiteral("communityId"));
    if (!RequestReader::isObjectId(community)) {
        *error = Response::error(400, tr("Path parameter 'communityId' must be a "
                                         "24-hex ObjectId"));
        return false;
    }
    if (!store.scalar(QStringLiteral("SELECT 1 FROM servers WHERE id = ?"), {community})
             .isValid()) {
        *error = Response::error(404, tr("Community not found: %1").arg(community));
        return false;
    }
    if (r.key && !r.key->communityId.isEmpty() && r.key->communityId != community) {
        *error = Response::error(
            403, QStringLiteral("The key cannot access community %1").arg(community));
        return false;
    }
    return true;
}

QJsonObject UserFieldHandlers::fieldJson(DataStore &store, UserDirectory &users, const QString &id)
{
    QSqlQuery &q = store.run(QStringLiteral("SELECT field, name, type, creator_id, community_id, "
                                            "created_at, updated_at FROM user_fields WHERE id = ?"),
                             {id});
    if (!q.next())
        return {};
    QJsonObject o;
    o.insert(QStringLiteral("_id"), id);
    o.insert(QStringLiteral("field"), q.value(0).toString());
    o.insert(QStringLiteral("name"), q.value(1).toString());
    o.insert(QStringLiteral("type"), q.value(2).toString());
    o.insert(QStringLiteral("creator"), users.creator(q.value(3).toLongLong()));
    o.insert(QStringLiteral("communityId"), q.value(4).toString());
    o.insert(QStringLiteral("createdAt"), q.value(5).toString());
    o.insert(QStringLiteral("updatedAt"), q.value(6).toString());
    return o;
}

Response UserFieldHandlers::list(const Request &r)
{
    Response error;
    if (!checkCommunity(r, m_store, &error))
        return error;
    QJsonArray out;
    QSqlQuery &q = m_store.run(QStringLiteral("SELECT id FROM user_fields WHERE community_id = ? "
                                              "ORDER BY created_at, id"),
                               {r.pathParams.value(QStringLiteral("communityId"))});
    while (q.next())
        out.append(fieldJson(m_store, *m_users, q.value(0).toString()));
    return Response::ok(out, QStringLiteral("Get user fields success."));
}

Response UserFieldHandlers::get(const Request &r)
{
    Response error;
    if (!checkCommunity(r, m_store, &error))
        return error;
    const QString id = r.pathParams.value(QStringLiteral("fieldId"));
    if (!RequestReader::isObjectId(id))
        return Response::error(400, tr("Path parameter 'fieldId' must be a 24-hex "
                                       "ObjectId"));
    const QJsonObject o = fieldJson(m_store, *m_users, id);
    if (o.isEmpty() || o.value(QStringLiteral("communityId")).toString() !=
                           r.pathParams.value(QStringLiteral("communityId")))
        return Response::error(404, tr("User field not found: %1").arg(id));
    return Response::ok(o, QStringLiteral("Get user field success."));
}

Response UserFieldHandlers::create(const Request &r)
{
    RequestReader in(r);
    QString field = in.string(QStringLiteral("field"));
    const QString name = in.string(QStringLiteral("name"));
    const QString type = in.string(QStringLiteral("type"));
    field = field.trimmed().replace(QLatin1Char(' '), QLatin1Char('-'));
    if (!in.failed() && field.size() > 50)
        in.fail(tr("Field 'field' must have 1 to 50 characters"));
    if (!in.failed() && name.size() > 100)
        in.fail(tr("Field 'name' must have 1 to 100 characters"));
    if (!in.failed() && !validType(type))
        in.fail(tr("Field 'type' must be one of date, single-line-text, numerical, "
                   "multi-line-text, number, text, boolean, select"));
    if (in.failed())
        return in.error();
    Response error;
    if (!checkCommunity(r, m_store, &error))
        return error;
    const QString community = r.pathParams.value(QStringLiteral("communityId"));
    if (m_store
            .scalar(QStringLiteral("SELECT 1 FROM user_fields WHERE community_id = ? AND field "
                                   "= ?"),
                    {community, field})
            .isValid())
        return Response::error(409, tr("A user field with this key already exists"));
    qint64 creator = 1;
    if (r.key && !r.key->userId.isEmpty())
        creator = m_users->find(r.key->userId, QStringLiteral("_id"));
    const QString id = DemoRandom::newObjectId();
    const QString now = DataStore::nowIso();
    m_store.run(QStringLiteral("INSERT INTO user_fields (id, community_id, field, name, type, "
                               "creator_id, seeded, created_at, updated_at) VALUES "
                               "(?,?,?,?,?,?,0,?,?)"),
                {id, community, field, name, type, creator, now, now});
    Response resp = Response::ok(fieldJson(m_store, *m_users, id),
                                 QStringLiteral("Create user field successful"));
    resp.status = 201;
    return resp;
}

Response UserFieldHandlers::update(const Request &r)
{
    RequestReader in(r);
    const QString name = in.string(QStringLiteral("name"));
    const QString type = in.string(QStringLiteral("type"));
    if (!in.failed() && name.size() > 100)
        in.fail(tr("Field 'name' must have 1 to 100 characters"));
    if (!in.failed() && !validType(type))
        in.fail(tr("Field 'type' must be one of date, single-line-text, numerical, "
                   "multi-line-text, number, text, boolean, select"));
    if (in.failed())
        return in.error();
    const Response found = get(r);
    if (found.status != 200)
        return found;
    const QString id = r.pathParams.value(QStringLiteral("fieldId"));
    m_store.run(QStringLiteral("UPDATE user_fields SET name = ?, type = ?, updated_at = ? WHERE "
                               "id = ?"),
                {name, type, DataStore::nowIso(), id});
    return Response::ok(fieldJson(m_store, *m_users, id), QStringLiteral("Updated user field"));
}

Response UserFieldHandlers::remove(const Request &r)
{
    const Response found = get(r);
    if (found.status != 200)
        return found;
    const QString id = r.pathParams.value(QStringLiteral("fieldId"));
    m_store.transaction();
    m_store.run(QStringLiteral("DELETE FROM field_values WHERE field_id = ?"), {id});
    m_store.run(QStringLiteral("DELETE FROM field_histories WHERE field_id = ?"), {id});
    m_store.run(QStringLiteral("DELETE FROM user_fields WHERE id = ?"), {id});
    m_store.commit();
    return Response::ok(found.data, QStringLiteral("Deleted user field"));
}

} // namespace ra::sandbox
