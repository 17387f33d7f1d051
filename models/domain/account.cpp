#include "domain/account.h"

#include "domain/jsonreader.h"

namespace ra {

Account Account::fromJson(const QJsonObject &object)
{
    JsonReader r(object);
    Account out;
    out.id = r.string({"_id", "id", "accountId"});
    out.email = r.string({"email"});
    out.username = r.string({"username"});
    out.verified = r.boolean({"verified", "isVerified"});
    out.token = r.string({"token", "accessToken"});
    out.verificationCode = r.string({"verificationCode", "code"});
    out.user = r.object({"user"});
    out.extra = r.extra();
    return out;
}

QJsonObject Account::toJson() const
{
    QJsonObject o = extra;
    o.insert(u"id", id);
    o.insert(u"email", email);
    o.insert(u"username", username);
    o.insert(u"verified", verified);
    o.insert(u"token", token);
    o.insert(u"verificationCode", verificationCode);
    o.insert(u"user", user);
    return o;
}

} // namespace ra
