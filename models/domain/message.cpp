#include "domain/message.h"

#include "domain/jsonreader.h"

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
    o.insert(u"user",
             QJsonObject{{QStringLiteral("user_id"), userId}, {QStringLiteral("email"), email}});
    o.insert(u"channel", QJsonObject{{QStringLiteral("channel_id"), channelId},
                                     {QStringLiteral("name"), channelName}});
    o.insert(u"timestamp", timestamp);
    return o;
}

} // namespace ra
