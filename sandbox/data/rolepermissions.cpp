#include "rolepermissions.h"

#include <QStringList>

namespace ra::sandbox {

namespace {
const char *const serverKeys[] = {
    "allow_dm",        "create_invite",      "kick_members",         "ban_members",
    "manage_roles",    "manage_channels",    "server_administrator", "warn_members",
    "suspend_members", "broadcast_messages", "overwrite_language",   "overwrite_language_settings"};
const char *const channelKeys[] = {"view_message_history", "manage_messages", "allow_mentions",
                                   "post_messages",        "post_analysis",   "attach_files",
                                   "delete_messages",      "pinable",         "share_links",
                                   "share_Attachments"};
} // namespace

QJsonObject RolePermissions::serverDefaults(bool value)
{
    QJsonObject o;
    for (const char *k : serverKeys)
        o.insert(QLatin1String(k), value);
    return o;
}

QJsonObject RolePermissions::channelDefaults(bool value)
{
    QJsonObject o;
    for (const char *k : channelKeys)
        o.insert(QLatin1String(k), value);
    return o;
}

bool RolePermissions::merge(QJsonObject *target, const QJsonObject &input,
                            const QString &objectName, QString *error)
{
    for (auto it = input.begin(); it != input.end(); ++it) {
        if (!it.value().isBool()) {
            *error = QStringLiteral("Field '%1.%2' must be a boolean").arg(objectName, it.key());
            return false;
        }
        target->insert(it.key(), it.value());
    }
    return true;
}

} // namespace ra::sandbox
