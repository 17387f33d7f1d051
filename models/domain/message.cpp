#include "domain/message.h"

#include "domain/jsonreader.h"

#include <QJsonArray>

namespace ra {

Message Message::fromJson(const QJsonObject &object)
{
    JsonReader r(object);
    Message out;
    out.id = r.string({"id", "_id", "messageId"});
    out.message = r.string({"message", "text", "content"});
    JsonReader user(r.object({"user", "sender"}));
    JsonReader channel(r.object({"channel"}));
    out.userId = r.string({"userId"}, user.string({"user_id", "_id", "id"}));
    out.email = r.string({"email"}, user.string({"email"}));
    out.username = r.string({"username"}, user.string({"username", "name"}));
    out.parentId = r.string({"parent_id", "parentId", "replyTo"});
    const QJsonArray reactions = r.array({"reactions"});
    for (const QJsonValue &v : reactions) {
        JsonReader reaction(v.toObject());
        MessageReaction one;
        one.emoji = reaction.string({"emoji"});
        one.count = reaction.integer({"count"}, 1);
        if (!one.emoji.isEmpty())
            out.reactions.append(one);
    }
    out.channelId = r.string({"channelId"}, channel.string({"channel_id", "_id", "id"}));
    out.channelName = r.string({"channelName"}, channel.string({"name", "topic"}));
    out.timestamp = r.string({"timestamp", "createdAt"});
    out.extra = r.extra();
    return out;
}

QJsonObject Message::toJson() const
{
    QJsonObject o = extra;
    o.insert(u"id", id);
    o.insert(u"message", message);
    QJsonObject user{{QStringLiteral("user_id"), userId}, {QStringLiteral("email"), email}};
    if (!username.isEmpty())
        user.insert(u"username", username);
    o.insert(u"user", user);
    if (!parentId.isEmpty())
        o.insert(u"parent_id", parentId);
    if (!reactions.isEmpty()) {
        QJsonArray list;
        for (const MessageReaction &reaction : reactions)
            list.append(QJsonObject{{QStringLiteral("emoji"), reaction.emoji},
                                    {QStringLiteral("count"), reaction.count}});
        o.insert(u"reactions", list);
    }
    o.insert(u"channel", QJsonObject{{QStringLiteral("channel_id"), channelId},
                                     {QStringLiteral("name"), channelName}});
    o.insert(u"timestamp", timestamp);
    return o;
}

} // namespace ra
