#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ra {

// One emoji on a message and how many reacted with it. Value type.
struct MessageReaction
{
    QString emoji; // shortcode, ":heart:"
    qint64 count = 0;
    bool operator==(const MessageReaction &o) const { return emoji == o.emoji && count == o.count; }
};

// One chat message (Get Messages). The API nests the author and the channel
// (`user: {user_id, email}`, `channel: {channel_id, name}`); flat spellings
// are read too. The documented shape has no replies or reactions; `parent_id`
// (the message a reply answers) and `reactions` ([{emoji, count}]) are read
// when a server sends them, as the sandbox does. Value type; unknown fields
// are kept in `extra`.
struct Message
{
    QString id;
    QString message;
    QString userId;
    QString email;
    QString username;
    QString parentId;
    QList<MessageReaction> reactions;
    QString channelId;
    QString channelName;
    QString timestamp;
    QJsonObject extra;

    static Message fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace ra
