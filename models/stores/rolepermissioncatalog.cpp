#include "stores/rolepermissioncatalog.h"

#include <QCoreApplication>

namespace ra {

namespace {
using Scope = RolePermissionCatalog::Scope;

// The API sends booleans as strings in places; accept both.
bool truthy(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    if (v.isString())
        return v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ||
               v.toString() == QLatin1String("1");
    return false;
}
} // namespace

const QList<RolePermissionCatalog::Permission> &RolePermissionCatalog::all()
{
    static const QList<Permission> list = {
        {Scope::Server,
         QStringLiteral("server_administrator"),
         {},
         QT_TRANSLATE_NOOP("ra::RolePermissionCatalog", "Server administrator")},
        {Scope::Server,
         QStringLiteral("allow_dm"),
         {},
         QT_TRANSLATE_NOOP("ra::RolePermissionCatalog", "Allow direct messages")},
        {Scope::Server,
         QStringLiteral("create_invite"),
         {},
         QT_TRANSLATE_NOOP("ra::RolePermissionCatalog", "Create invites")},
        {Scope::Server,
         QStringLiteral("warn_members"),
         {},
         QT_TRANSLATE_NOOP("ra::RolePermissionCatalog", "Warn members")},
        {Scope::Server,
         QStringLiteral("suspend_members"),
         {},
         QT_TRANSLATE_NOOP("ra::RolePermissionCatalog", "Suspend members")},
        {Scope::Server,
         QStringLiteral("kick_members"),
         {},
         QT_TRANSLATE_NOOP("ra::RolePermissionCatalog", "Kick members")},
        {Scope::Server,
         QStringLiteral("ban_members"),
         {},
         QT_TRANSLATE_NOOP("ra::RolePermissionCatalog", "Ban members")},
        {Scope::Server,
         QStringLiteral("manage_roles"),
         {},
         QT_TRANSLATE_NOOP("ra::RolePermissionCatalog", "Manage roles")},
        {Scope::Server,
         QStringLiteral("manage_channels"),
         {},
         QT_TRANSLATE_NOOP("ra::RolePermissionCatalog", "Manage channels")},
        {Scope::Server,
         QStringLiteral("broadcast_messages"),
         {},
         QT_TRANSLATE_NOOP("ra::RolePermissionCatalog", "Broadcast messages")},
        {Scope::Server, QStringLiteral("overwrite_language"),
         QStringLiteral("overwrite_language_settings"),
         QT_TRANSLATE_NOOP("ra::RolePermissionCatalog", "Overwrite language settings")},
        {Scope::Channel,
         QStringLiteral("view_message_history"),
         {},
         QT_TRANSLATE_NOOP("ra::RolePermissionCatalog", "View message history")},
        {Scope::Channel,
         QStringLiteral("post_messages"),
         {},
         QT_TRANSLATE_NOOP("ra::RolePermissionCatalog", "Post messages")},
        {Scope::Channel,
         QStringLiteral("manage_messages"),
         {},
         QT_TRANSLATE_NOOP("ra::RolePermissionCatalog", "Manage messages")},
        {Scope::Channel,
         QStringLiteral("delete_messages"),
         {},
         QT_TRANSLATE_NOOP("ra::RolePermissionCatalog", "Delete messages")},
        {Scope::Channel,
         QStringLiteral("allow_mentions"),
         {},
         QT_TRANSLATE_NOOP("ra::RolePermissionCatalog", "Allow mentions")},
        {Scope::Channel,
         QStringLiteral("attach_files"),
         {},
         QT_TRANSLATE_NOOP("ra::RolePermissionCatalog", "Attach files")},
        {Scope::Channel,
         QStringLiteral("share_Attachments"),
         {},
         QT_TRANSLATE_NOOP("ra::RolePermissionCatalog", "Share attachments")},
        {Scope::Channel,
         QStringLiteral("share_links"),
         {},
         QT_TRANSLATE_NOOP("ra::RolePermissionCatalog", "Share links")},
        {Scope::Channel,
         QStringLiteral("pinable"),
         {},
         QT_TRANSLATE_NOOP("ra::RolePermissionCatalog", "Pin messages")},
        {Scope::Channel,
         QStringLiteral("post_analysis"),
         {},
         QT_TRANSLATE_NOOP("ra::RolePermissionCatalog", "Post analysis")},
    };
    return list;
}

QList<RolePermissionCatalog::Permission> RolePermissionCatalog::ofScope(Scope scope)
{
    QList<Permission> out;
    for (const Permission &p : all()) {
        if (p.scope == scope)
            out.append(p);
    }
    return out;
}

QString RolePermissionCatalog::label(const Permission &permission)
{
    return QCoreApplication::translate("ra::RolePermissionCatalog", permission.label);
}

QJsonObject RolePermissionCatalog::serverObject(const Role &role)
{
    if (!role.serverPermissions.isEmpty())
        return role.serverPermissions;
    return role.extra.value(QLatin1String("server_permissions")).toObject();
}

QJsonObject RolePermissionCatalog::channelObject(const Role &role)
{
    if (!role.channelPermissions.isEmpty())
        return role.channelPermissions;
    return role.extra.value(QLatin1String("channel_permissions")).toObject();
}

bool RolePermissionCatalog::value(const Role &role, const Permission &permission)
{
    const QJsonObject o =
        permission.scope == Scope::Server ? serverObject(role) : channelObject(role);
    if (o.contains(permission.key))
        return truthy(o.value(permission.key));
    return !permission.altKey.isEmpty() && truthy(o.value(permission.altKey));
}

void RolePermissionCatalog::setValue(Role *role, const Permission &permission, bool on)
{
    QJsonObject o = permission.scope == Scope::Server ? serverObject(*role) : channelObject(*role);
    o.insert(permission.key, on);
    if (!permission.altKey.isEmpty())
        o.remove(permission.altKey);
    if (permission.scope == Scope::Server) {
        role->serverPermissions = o;
        role->extra.remove(QLatin1String("server_permissions"));
    } else {
        role->channelPermissions = o;
        role->extra.remove(QLatin1String("channel_permissions"));
    }
}

int RolePermissionCatalog::grantedCount(const Role &role, Scope scope)
{
    int n = 0;
    for (const Permission &p : all()) {
        if (p.scope == scope && value(role, p))
            ++n;
    }
    return n;
}

QString RolePermissionCatalog::summary(const Role &role)
{
    const Permission &admin = all().first();
    if (value(role, admin))
        return QCoreApplication::translate("ra::RolePermissionCatalog", "Administrator");
    const int server = grantedCount(role, Scope::Server);
    const int channel = grantedCount(role, Scope::Channel);
    if (server == 0 && channel == 0)
        return QCoreApplication::translate("ra::RolePermissionCatalog", "No permissions");
    return QCoreApplication::translate("ra::RolePermissionCatalog", "%1 server, %2 channel")
        .arg(server)
        .arg(channel);
}

QJsonObject RolePermissionCatalog::requestBody(const Role &role)
{
    QJsonObject server;
    QJsonObject channel;
    for (const Permission &p : all())
        (p.scope == Scope::Server ? server : channel).insert(p.key, value(role, p));
    QJsonObject body;
    body.insert(QLatin1String("class"), role.colorClass);
    body.insert(QLatin1String("title"), role.title);
    body.insert(QLatin1String("description"), role.description);
    body.insert(QLatin1String("order"), role.order);
    body.insert(QLatin1String("billable"), role.billable);
    body.insert(QLatin1String("server_permissions"), server);
    body.insert(QLatin1String("channel_permissions"), channel);
    return body;
}

} // namespace ra
