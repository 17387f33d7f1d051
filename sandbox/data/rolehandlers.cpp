#include "rolehandlers.h"

#include "datastore.h"
#include "demorandom.h"
#include "handlers.h"
#include "requestreader.h"
#include "rolepermissions.h"
#include "userdirectory.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ra::sandbox {

namespace {
// API messages are user-visible text: the app shows them.
QString tr(const char *text)
{
    return QCoreApplication::translate("ra::sandbox::RoleHandlers", text);
}
} // namespace

namespace {
using Need = RequestReader::Need;

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

RoleHandlers::RoleHandlers(DataStore &store)
    : m_store(store)
    , m_users(std::make_unique<UserDirectory>(store))
{
}

RoleHandlers::~RoleHandlers() = default;

void RoleHandlers::install(Handlers &h)
{
    h.add(QStringLiteral("createRole"), [this](const Request &r) { return create(r); });
    h.add(QStringLiteral("updateRole"), [this](const Request &r) { return update(r); });
    h.add(QStringLiteral("deleteRole"), [this](const Request &r) { return remove(r); });
    h.add(QStringLiteral("addRoleToUser"), [this](const Request &r) { return assign(r, true); });
    h.add(QStringLiteral("removeRoleFromUser"),
          [this](const Request &r) { return assign(r, false); });
    h.add(QStringLiteral("getUserRoles"), [this](const Request &r) { return userRoles(r); });
    h.add(QStringLiteral("getServerRoles"), [this](const Request &r) { return serverRoles(r); });
}

QJsonObject RoleHandlers::roleJson(DataStore &store, const QString &id)
{
    QSqlQuery &q = store.run(QStringLiteral("SELECT ord, billable, title, description, "
                                            "server_permissions, channel_permissions, class, "
                                            "server_id, created_at, updated_at FROM roles WHERE "
                                            "id = ?"),
                             {id});
    if (!q.next())
        return {};
    QJsonObject o;
    o.insert(QStringLiteral("_id"), id);
    o.insert(QStringLiteral("order"), q.value(0).toInt());
    o.insert(QStringLiteral("billable"), q.value(1).toInt() != 0);
    o.insert(QStringLiteral("title"), q.value(2).toString());
    o.insert(QStringLiteral("description"), q.value(3).toString());
    o.insert(QStringLiteral("serverPermissions"), parseObject(q.value(4).toString()));
    o.insert(QStringLiteral("channelPermissions"), parseObject(q.value(5).toString()));
    o.insert(QStringLiteral("class"), q.value(6).toString());
    o.insert(QStringLiteral("serverId"), q.value(7).toString());
    o.insert(QStringLiteral("createdAt"), q.value(8).toString());
    o.insert(QStringLiteral("updatedAt"), q.value(9).toString());
    o.insert(QStringLiteral("__v"), 0);
    return o;
}

bool RoleHandlers::readBody(const Request &r, QVariantList *values, QString *serverId,
                            Response *error)
{
    RequestReader in(r);
    const QString cls = in.string(QStringLiteral("class"));
    const QString title = in.string(QStringLiteral("title"));
    const qint64 order = in.integer(QStringLiteral("order"));
    const bool billable = in.boolean(QStringLiteral("billable"));
    const QString description = in.string(QStringLiteral("description"), Need::Optional);
    *serverId = in.string(QStringLiteral("serverId"), Need::Optional);
    // Both spellings are in use: the documented request is snake_case.
    const QString sName = in.has(QStringLiteral("serverPermissions"))
                              ? QStringLiteral("serverPermissions")
                              : QStringLiteral("server_permissions");
    const QString cName = in.has(QStringLiteral("channelPermissions"))
                              ? QStringLiteral("channelPermissions")
                              : QStringLiteral("channel_permissions");
    const QJsonObject sp = in.object(sName);
    const QJsonObject cp = in.object(cName);
    if (!in.failed() && title.size() > 100)
        in.fail(tr("Field 'title' must have at most 100 characters"));
    if (!in.failed() && order < 0)
        in.fail(tr("Field 'order' must not be negative"));
    QJsonObject server = RolePermissions::serverDefaults();
    QJsonObject channel = RolePermissions::channelDefaults();
    QString problem;
    if (!in.failed() && (!RolePermissions::merge(&server, sp, sName, &problem) ||
                         !RolePermissions::merge(&channel, cp, cName, &problem)))
        in.fail(problem);
    if (in.failed()) {
        *error = in.error();
        return false;
    }
    *values = {title, description, cls, order, billable ? 1 : 0, compact(server), compact(channel)};
    return true;
}

Response RoleHandlers::create(const Request &r)
{
    QVariantList v;
    QString server;
    Response error;
    if (!readBody(r, &v, &server, &error))
        return error;
    if (server.isEmpty())
        server = Handlers::communityOf(r, m_store);
    if (!m_store.scalar(QStringLiteral("SELECT 1 FROM servers WHERE id = ?"), {server}).isValid())
        return Response::error(404, tr("Server not found: %1").arg(server));
    if (m_store
            .scalar(QStringLiteral("SELECT 1 FROM roles WHERE server_id = ? AND title = ?"),
                    {server, v.at(0)})
            .isValid())
        return Response::error(409, tr("A role with this title already exists"));
    const QString id = DemoRandom::newObjectId();
    const QString now = DataStore::nowIso();
    m_store.run(QStringLiteral("INSERT INTO roles (id, server_id, title, description, class, ord, "
                               "billable, server_permissions, channel_permissions, created_at, "
                               "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                QVariantList{id, server} + v + QVariantList{now, now});
    Response resp =
        Response::ok(roleJson(m_store, id), QStringLiteral("Role has been created successfully"));
    resp.status = 201;
    return resp;
}

Response RoleHandlers::update(const Request &r)
{
    const QString id = r.pathParams.value(QStringLiteral("id"));
    QVariantList v;
    QString server;
    Response error;
    if (!readBody(r, &v, &server, &error))
        return error;
    const QJsonObject current = roleJson(m_store, id);
    if (current.isEmpty())
        return Response::error(404, tr("Role not found: %1").arg(id));
    if (m_store
            .scalar(QStringLiteral("SELECT 1 FROM roles WHERE server_id = ? AND title = ? AND "
                                   "id <> ?"),
                    {current.value(QStringLiteral("serverId")).toString(), v.at(0), id})
            .isValid())
        return Response::error(409, tr("A role with this title already exists"));
    m_store.run(QStringLiteral("UPDATE roles SET title = ?, description = ?, class = ?, ord = ?, "
                               "billable = ?, server_permissions = ?, channel_permissions = ?, "
                               "updated_at = ? WHERE id = ?"),
                v + QVariantList{DataStore::nowIso(), id});
    return Response::ok(roleJson(m_store, id),
                        QStringLiteral("Role has been updated successfully"));
}

Response RoleHandlers::remove(const Request &r)
{
    const QString id = r.pathParams.value(QStringLiteral("id"));
    const QJsonObject current = roleJson(m_store, id);
    if (current.isEmpty())
        return Response::error(404, tr("Role not found: %1").arg(id));
    if (current.value(QStringLiteral("title")).toString() == QStringLiteral("@all"))
        return Response::error(409, tr("The @all role cannot be deleted"));
    m_store.run(QStringLiteral("DELETE FROM user_roles WHERE role_id = ?"), {id});
    m_store.run(QStringLiteral("DELETE FROM roles WHERE id = ?"), {id});
    return Response::ok(current, QStringLiteral("Role has been deleted successfully"));
}

QJsonArray RoleHandlers::rolesOfUser(qint64 userId)
{
    QJsonArray out;
    QSqlQuery &q = m_store.run(
        QStringLiteral("SELECT id FROM roles WHERE (server_id = ? AND title = '@all') OR id IN "
                       "(SELECT role_id FROM user_roles WHERE user_id = ?) ORDER BY ord, title"),
        {m_users->communityOf(userId), userId});
    while (q.next())
        out.append(roleJson(m_store, q.value(0).toString()));
    return out;
}

Response RoleHandlers::assign(const Request &r, bool add)
{
    const QString id = r.pathParams.value(QStringLiteral("id"));
    RequestReader in(r);
    const QString user = in.identifier(QStringLiteral("userId"));
    if (in.failed())
        return in.error();
    const QJsonObject role = roleJson(m_store, id);
    if (role.isEmpty())
        return Response::error(404, tr("Role not found: %1").arg(id));
    const qint64 uid = m_users->find(user);
    if (uid == 0)
        return Response::error(404, tr("User not found: %1").arg(user));
    // Every member holds @all: giving it again is "already has", taking it away is refused.
    if (role.value(QStringLiteral("title")).toString() == QStringLiteral("@all"))
        return Response::error(409, add ? tr("The user already has the @all role: every user "
                                             "holds it")
                                        : tr("The @all role cannot be removed: every user holds "
                                             "it"));
    const bool has = m_store
                         .scalar(QStringLiteral("SELECT 1 FROM user_roles WHERE user_id = ? "
                                                "AND role_id = ?"),
                                 {uid, id})
                         .isValid();
    if (add && has)
        return Response::error(409, tr("The user already has this role"));
    if (!add && !has)
        return Response::error(404, tr("The user does not have this role"));
    if (add)
        m_store.run(QStringLiteral("INSERT INTO user_roles (user_id, role_id) VALUES (?, ?)"),
                    {uid, id});
    else
        m_store.run(QStringLiteral("DELETE FROM user_roles WHERE user_id = ? AND role_id = ?"),
                    {uid, id});
    return Response::ok(rolesOfUser(uid), add ? QStringLiteral("Role has been added to the user")
                                              : QStringLiteral("Role has been removed from the "
                                                               "user"));
}

Response RoleHandlers::userRoles(const Request &r)
{
    const QString user = r.pathParams.value(QStringLiteral("userId"));
    const qint64 uid = m_users->find(user);
    if (uid == 0)
        return Response::error(404, tr("User not found: %1").arg(user));
    return Response::ok(rolesOfUser(uid), QStringLiteral("User roles fetched successfully"));
}

Response RoleHandlers::serverRoles(const Request &r)
{
    const QString server = r.pathParams.value(QStringLiteral("id"));
    if (!m_store.scalar(QStringLiteral("SELECT 1 FROM servers WHERE id = ?"), {server}).isValid())
        return Response::error(404, tr("Server not found: %1").arg(server));
    QJsonArray out;
    QSqlQuery &q = m_store.run(
        QStringLiteral("SELECT id FROM roles WHERE server_id = ? ORDER BY ord, title"), {server});
    while (q.next())
        out.append(roleJson(m_store, q.value(0).toString()));
    return Response::ok(out, QStringLiteral("Roles fetched successfully"));
}

} // namespace ra::sandbox
