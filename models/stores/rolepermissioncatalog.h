#pragma once

#include "domain/role.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ra {

// Every server and channel permission of a role that the API documents, with both spellings:
// the create/update request sends `server_permissions`/`channel_permissions` with the request key
// set; role responses send `serverPermissions`/`channelPermissions` and a partly different key
// set. Reading accepts both object names and both key spellings; writing sends the documented
// request spelling (keys that only responses name are sent under that one name). Stateless.
class RolePermissionCatalog
{
public:
    enum class Scope { Server, Channel };

    struct Permission
    {
        Scope scope = Scope::Server;
        QString key;       // the spelling that is sent
        QString altKey;    // the other spelling read from responses (may be empty)
        const char *label; // untranslated; see label()
    };

    static const QList<Permission> &all();
    static QList<Permission> ofScope(Scope scope);
    // Translated label of a permission (context "ra::RolePermissionCatalog").
    static QString label(const Permission &permission);

    static bool value(const Role &role, const Permission &permission);
    static void setValue(Role *role, const Permission &permission, bool on);
    // The permission objects as read, whichever spelling the role came with.
    static QJsonObject serverObject(const Role &role);
    static QJsonObject channelObject(const Role &role);
    // Number of permissions of `scope` the role grants.
    static int grantedCount(const Role &role, Scope scope);
    // Translated one-line summary, e.g. "Administrator" or "5 server, 3 channel".
    static QString summary(const Role &role);
    // The documented create/update body: class, title, description, order, billable,
    // server_permissions, channel_permissions (every permission, request spelling).
    static QJsonObject requestBody(const Role &role);
};

} // namespace ra
