#pragma once

#include <QJsonObject>
#include <QString>

namespace ra {

// A role of a server. Requests use snake_case permission objects, responses camelCase; both are
// read. Value type: decoded tolerantly by fromJson() (see JsonReader); fields the client does not
// know are kept in `extra` and written back by toJson().
struct Role
{
    QString id;
    QString title;
    QString description;
    qint64 order = 0;
    bool billable = false;
    QString colorClass;
    QString serverId;
    QJsonObject serverPermissions;
    QJsonObject channelPermissions;
    QString createdAt;
    QString updatedAt;
    QJsonObject extra; // unknown fields, kept

    static Role fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace ra
