#include "domain/server.h"

#include "domain/jsonreader.h"

namespace ra {

Server Server::fromJson(const QJsonObject &object)
{
    JsonReader r(object);
    Server out;
    out.id = r.string({"_id", "id", "serverId"});
    out.name = r.string({"name", "title"});
    out.uri = r.string({"uri"});
    out.domain = r.string({"domain"});
    out.ownerId = r.string({"ownerId", "userId"});
    out.createdAt = r.string({"createdAt"});
    out.updatedAt = r.string({"updatedAt"});
    out.extra = r.extra();
    return out;
}

QJsonObject Server::toJson() const
{
    QJsonObject o = extra;
    o.insert(u"id", id);
    o.insert(u"name", name);
    o.insert(u"uri", uri);
    o.insert(u"domain", domain);
    o.insert(u"ownerId", ownerId);
    o.insert(u"createdAt", createdAt);
    o.insert(u"updatedAt", updatedAt);
    return o;
}

} // namespace ra
