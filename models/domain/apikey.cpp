#include "domain/apikey.h"

#include "domain/jsonreader.h"
#include <QJsonArray>

namespace ra {

QStringList ApiKey::documentedPermissions()
{
    return {QStringLiteral("sendMessages"), QStringLiteral("readOwnProfile"),
            QStringLiteral("updateOwnProfile"), QStringLiteral("readOwnMessages")};
}

ApiKey ApiKey::fromJson(const QJsonObject &object)
{
    JsonReader r(object);
    ApiKey out;
    out.id = r.string({"_id", "id", "apiKeyId"});
    out.name = r.string({"name"});
    out.key = r.string({"key", "apiKey", "token"});
    out.userId = r.string({"userId"});
    out.communityId = r.string({"communityId"});
    out.permissions = r.stringList({"permissions"});
    out.expirePeriod = r.integer({"expirePeriod"});
    out.expireDate = r.string({"expireDate"});
    out.isActive = r.boolean({"isActive", "active"});
    out.createdAt = r.string({"createdAt"});
    out.updatedAt = r.string({"updatedAt"});
    out.lastUsedAt = r.string({"lastUsedAt", "lastUsed", "lastUsedDate"});
    out.extra = r.extra();
    return out;
}

QJsonObject ApiKey::toJson() const
{
    QJsonObject o = extra;
    o.insert(u"id", id);
    o.insert(u"name", name);
    o.insert(u"key", key);
    o.insert(u"userId", userId);
    o.insert(u"communityId", communityId);
    o.insert(u"permissions", QJsonArray::fromStringList(permissions));
    o.insert(u"expirePeriod", expirePeriod);
    o.insert(u"expireDate", expireDate);
    o.insert(u"isActive", isActive);
    o.insert(u"createdAt", createdAt);
    o.insert(u"updatedAt", updatedAt);
    if (!lastUsedAt.isEmpty())
        o.insert(u"lastUsedAt", lastUsedAt);
    return o;
}

} // namespace ra
