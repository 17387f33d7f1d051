#pragma once

#include <QJsonObject>
#include <QString>

namespace ra::sandbox {

// The permission objects of a role. Requests send `server_permissions` /
// `channel_permissions` (or the camelCase spellings) with one key set,
// responses carry `serverPermissions` / `channelPermissions` with another;
// a stored role holds the union, every key a boolean. Stateless.
class RolePermissions
{
public:
    static QJsonObject serverDefaults(bool value = false);
    static QJsonObject channelDefaults(bool value = false);
    // Overlays `input` on the defaults. False with `error` naming the key
    // (as `<objectName>.<key>`) when a value is not a boolean.
    static bool merge(QJsonObject *target, const QJsonObject &input, const QString &objectName,
                      QString *error);
};

} // namespace ra::sandbox
