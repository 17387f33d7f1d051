#include "domain/channel.h"

#include "domain/jsonreader.h"

namespace ra {

Channel Channel::fromJson(const QJsonObject &object)
{
    JsonReader r(object);
    Channel out;
    out.id = r.string({"_id", "id", "channelId"});
    out.topic = r.string({"topic", "title", "name"});
    out.channelType = r.string({"channelType", "type"});
    out.serverId = r.string({"serverId"});
    out.userId = r.string({"userId"});
    out.permissions = r.array({"permissions"});
    out.createdAt = r.string({"createdAt"});
    out.updatedAt = r.string({"updatedAt"});
    out.extra = r.extra();
    return out;
}

QJsonObject Channel::toJson() const
{
    QJsonObject o = extra;
    o.insert(u"id", id);
    o.insert(u"topic", topic);
    o.insert(u"channelType", channelType);
    o.insert(u"serverId", serverId);
    o.insert(u"userId", userId);
    o.insert(u"permissions", permissions);
    o.insert(u"createdAt", createdAt);
    o.insert(u"updatedAt", updatedAt);
    return o;
}

} // namespace ra
