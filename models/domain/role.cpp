#include "domain/role.h"

#include "domain/jsonreader.h"

namespace ra {

Role Role::fromJson(const QJsonObject &object)
{
    JsonReader r(object);
    Role out;
    out.id = r.string({"_id", "id", "roleId"});
    out.title = r.string({"title", "name"});
    out.description = r.string({"description"});
    out.order = r.integer({"order"});
    out.billable = r.boolean({"billable"});
    out.colorClass = r.string({"class", "className", "color"});
    out.serverId = r.string({"serverId"});
    out.serverPermissions = r.object({"serverPermissions"});
    out.channelPermissions = r.object({"channelPermissions"});
    out.createdAt = r.string({"createdAt"});
    out.updatedAt = r.string({"updatedAt"});
    out.extra = r.extra();
    return out;
}

QJsonObject Role::toJson() const
{
    QJsonObject o = extra;
    o.insert(u"id", id);
    o.insert(u"title", title);
    o.insert(u"description", description);
    o.insert(u"order", order);
    o.insert(u"billable", billable);
    o.insert(u"colorClass", colorClass);
    o.insert(u"serverId", serverId);
    o.insert(u"serverPermissions", serverPermissions);
    o.insert(u"channelPermissions", channelPermissions);
    o.insert(u"createdAt", createdAt);
    o.insert(u"updatedAt", updatedAt);
    return o;
}

} // namespace ra
