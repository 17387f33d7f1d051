#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ra {

// A user API key (Integration / User Api Key). The key itself is only present when the server
// returns it on create. Value type: decoded tolerantly by fromJson() (see JsonReader); fields the
// client does not know are kept in `extra` and written back by toJson().
struct ApiKey
{
    QString id;
    QString name;
    QString key;
    QString userId;
    QString communityId;
    QStringList permissions;
    qint64 expirePeriod = 0;
    QString expireDate;
    bool isActive = false;
    QString createdAt;
    QString updatedAt;
    QString lastUsedAt; // when the key last authenticated, where the server says
    QJsonObject extra;  // unknown fields, kept

    // The permissions the API documents for user keys (sendMessages, readOwnProfile,
    // updateOwnProfile, readOwnMessages).
    static QStringList documentedPermissions();

    static ApiKey fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace ra
