#pragma once

#include <QJsonObject>
#include <QString>

namespace ra {

// One chat message (Get Messages). The API nests the author and the channel
// (`user: {user_id, email}`, `channel: {channel_id, name}`); flat spellings
// are read too. Value type; unknown fields are kept in `extra`.
struct Message
{
    QString id;
    QString message;
    QString userId;
    QString email;
    QString channelId;
    QString channelName;
    QString timestamp;
    QJsonObject extra;

    static Message fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace ra
