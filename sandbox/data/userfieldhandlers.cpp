#include "userfieldhandlers.h"

#include "datastore.h"
#include "demorandom.h"
#include "domain/userfieldrules.h"
#include "handlers.h"
#include "requestreader.h"
#include "userdirectory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
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

UserField UserFieldHandlers::definition(DataStore &store, const QString &id)
{
    UserField out;
    QSqlQuery &q = store.run(QStringLiteral("SELECT f.field, f.name, f.type, r.description, "
                                            "r.required, r.default_value, r.options FROM "
                                            "user_fields f LEFT JOIN user_field_rules r ON "
                                            "r.field_id = f.id WHERE f.id = ?"),
                             {id});
    if (!q.next())
        return out;
    out.id = id;
    out.field = q.value(0).toString();
    out.name = q.value(1).toString();
    out.type = q.value(2).toString();
    out.description = q.value(3).toString();
    out.required = q.value(4).toInt() != 0;
    out.defaultValue = q.value(5).toString();
    const QJsonArray options = QJsonDocument::fromJson(q.value(6).toByteArray()).array();
    for (const QJsonValue &o : options)
        out.options.append(o.toString());
    return out;
}

QString UserFieldHandlers::addDefaults(DataStore &store, const QString &community,
                                       QList<QPair<QString, QString>> *values)
{
    QStringList ids;
    QSqlQuery &q = store.run(QStringLiteral("SELECT f.id FROM user_fields f JOIN "
                                            "user_field_rules r ON r.field_id = f.id WHERE "
                                            "f.community_id = ? AND (r.required != 0 OR "
                                            "r.default_value != '') ORDER BY f.created_at, f.id"),
                             {community});
    while (q.next())
        ids.append(q.value(0).toString());
    for (const QString &id : std::as_const(ids)) {
        const bool given = std::any_of(values->cbegin(), values->cend(),
                                       [&id](const auto &v) { return v.first == id; });
        if (given)
            continue;
        const UserField f = definition(store, id);
        if (!f.defaultValue.isEmpty())
            values->append({id, f.defaultValue});
        else if (f.required)
            return UserFieldRules::checkValue(f, QString());
    }
    return {};
}

void UserFieldHandlers::readRules(RequestReader &in, UserField *field)
{
    field->description = in.string(QStringLiteral("description"), Need::Optional);
    field->required = in.boolean(QStringLiteral("required"), Need::Optional, false);
    const QJsonValue def = in.value(QStringLiteral("defaultValue"));
    if (def.isString())
        field->defaultValue = def.toString();
    else if (def.isDouble() || def.isBool())
        field->defaultValue = def.toVariant().toString();
    else if (!def.isUndefined() && !def.isNull())
        in.fail(tr("Field 'defaultValue' must be a string, number or boolean"));
    if (in.has(QStringLiteral("options")))
        field->options = in.stringList(QStringLiteral("options"), Need::Optional);
}

void UserFieldHandlers::writeRules(const UserField &field)
{
    m_store.run(QStringLiteral("INSERT OR REPLACE INTO user_field_rules (field_id, description, "
                               "required, default_value, options) VALUES (?,?,?,?,?)"),
                {field.id, field.description, field.required ? 1 : 0, field.defaultValue,
                 QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(field.options))
                                       .toJson(QJsonDocument::Compact))});
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
    QSqlQuery &q = store.run(QStringLiteral("SELECT creator_id, community_id, created_at, "
                                            "updated_at FROM user_fields WHERE id = ?"),
                             {id});
    if (!q.next())
        return {};
    const qint64 creator = q.value(0).toLongLong();
    const QString community = q.value(1).toString();
    const QString created = q.value(2).toString();
    const QString updated = q.value(3).toString();
    const UserField f = definition(store, id);
    QJsonObject o;
    o.insert(QStringLiteral("_id"), id);
    o.insert(QStringLiteral("field"), f.field);
    o.insert(QStringLiteral("name"), f.name);
    o.insert(QStringLiteral("type"), f.type);
    o.insert(QStringLiteral("description"), f.description);
    o.insert(QStringLiteral("required"), f.required);
    o.insert(QStringLiteral("defaultValue"), f.defaultValue);
    o.insert(QStringLiteral("options"), QJsonArray::fromStringList(f.options));
    o.insert(QStringLiteral("creator"), users.creator(creator));
    o.insert(QStringLiteral("communityId"), community);
    o.insert(QStringLiteral("createdAt"), created);
    o.insert(QStringLiteral("updatedAt"), updated);
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
    UserField f;
    f.field = UserFieldRules::normalizedKey(in.string(QStringLiteral("field")));
    f.name = in.string(QStringLiteral("name"));
    f.type = in.string(QStringLiteral("type"));
    readRules(in, &f);
    if (in.failed())
        return in.error();
    const QString problem = UserFieldRules::checkDefinition(f);
    if (!problem.isEmpty())
        return Response::error(400, problem);
    Response error;
    if (!checkCommunity(r, m_store, &error))
        return error;
    const QString community = r.pathParams.value(QStringLiteral("communityId"));
    if (m_store
            .scalar(QStringLiteral("SELECT 1 FROM user_fields WHERE community_id = ? AND field "
                                   "= ?"),
                    {community, f.field})
            .isValid())
        return Response::error(
            409, tr("A user field with the key '%1' already exists").arg(f.field.left(50)));
    qint64 creator = 1;
    if (r.key && !r.key->userId.isEmpty())
        creator = m_users->find(r.key->userId, QStringLiteral("_id"));
    f.id = DemoRandom::newObjectId();
    const QString now = DataStore::nowIso();
    m_store.transaction();
    m_store.run(QStringLiteral("INSERT INTO user_fields (id, community_id, field, name, type, "
                               "creator_id, seeded, created_at, updated_at) VALUES "
                               "(?,?,?,?,?,?,0,?,?)"),
                {f.id, community, f.field, f.name, f.type, creator, now, now});
    writeRules(f);
    m_store.commit();
    Response resp = Response::ok(fieldJson(m_store, *m_users, f.id),
                                 QStringLiteral("Create user field successful"));
    resp.status = 201;
    return resp;
}

Response UserFieldHandlers::update(const Request &r)
{
    RequestReader in(r);
    const QString id = r.pathParams.value(QStringLiteral("fieldId"));
    UserField f = definition(m_store, id);
    f.name = in.string(QStringLiteral("name"));
    f.type = in.string(QStringLiteral("type"));
    // What the body leaves out stays as it was.
    if (in.has(QStringLiteral("description")))
        f.description = in.string(QStringLiteral("description"), Need::Optional);
    if (in.has(QStringLiteral("required")))
        f.required = in.boolean(QStringLiteral("required"), Need::Optional, false);
    if (in.has(QStringLiteral("defaultValue")) || in.has(QStringLiteral("options"))) {
        UserField given;
        readRules(in, &given);
        if (in.has(QStringLiteral("defaultValue")))
            f.defaultValue = given.defaultValue;
        if (in.has(QStringLiteral("options")))
            f.options = given.options;
    }
    // A field that is no longer a choice keeps no choices.
    if (UserFieldRules::kind(f.type) != UserFieldRules::Kind::Select &&
        !in.has(QStringLiteral("options")))
        f.options.clear();
    if (in.failed())
        return in.error();
    const Response found = get(r);
    if (found.status != 200)
        return found;
    const QString problem = UserFieldRules::checkDefinition(f);
    if (!problem.isEmpty())
        return Response::error(400, problem);
    m_store.transaction();
    m_store.run(QStringLiteral("UPDATE user_fields SET name = ?, type = ?, updated_at = ? WHERE "
                               "id = ?"),
                {f.name, f.type, DataStore::nowIso(), id});
    writeRules(f);
    m_store.commit();
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
    m_store.run(QStringLiteral("DELETE FROM user_field_rules WHERE field_id = ?"), {id});
    m_store.run(QStringLiteral("DELETE FROM user_fields WHERE id = ?"), {id});
    m_store.commit();
    return Response::ok(found.data, QStringLiteral("Deleted user field"));
}

} // namespace ra::sandbox
