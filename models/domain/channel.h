#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace ra {

// A channel of a server (System API) or of the community (Integration API).
// Value type: decoded tolerantly by fromJson() (see JsonReader); fields the
// client does not know are kept in `extra` and written back by toJson().
struct Channel
{
    QString id;
    QString topic;
    QString channelType;
    QString serverId;
    QString userId;
    QJsonArray permissions;
    QString createdAt;
    QString updatedAt;
    QJsonObject extra; // unknown fields, kept

    static Channel fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace ra
