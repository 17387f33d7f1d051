#include "domain/user.h"

#include "domain/jsonreader.h"

namespace ra {

User User::fromJson(const QJsonObject &object)
{
    JsonReader r(object);
    User out;
    out.id = r.string({"_id", "userId"});
    out.numericId = r.string({"id"});
    out.avatar = r.string({"avatar"});
    out.displayName = r.string({"displayName"});
    out.username = r.string({"username"});
    out.firstName = r.string({"firstName"});
    out.lastName = r.string({"lastName"});
    out.email = r.string({"email"});
    out.isOnline = r.boolean({"isOnline"});
    out.lastLogin = r.string({"lastLogin"});
    out.extra = r.extra();
    return out;
}

QJsonObject User::toJson() const
{
    QJsonObject o = extra;
    o.insert(u"id", id);
    o.insert(u"numericId", numericId);
    o.insert(u"avatar", avatar);
    o.insert(u"displayName", displayName);
    o.insert(u"username", username);
    o.insert(u"firstName", firstName);
    o.insert(u"lastName", lastName);
    o.insert(u"email", email);
    o.insert(u"isOnline", isOnline);
    o.insert(u"lastLogin", lastLogin);
    return o;
}

} // namespace ra
