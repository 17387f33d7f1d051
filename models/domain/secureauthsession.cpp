#include "domain/secureauthsession.h"

#include "domain/jsonreader.h"

namespace ra {

SecureAuthSession SecureAuthSession::fromJson(const QJsonObject &object)
{
    JsonReader r(object);
    SecureAuthSession out;
    out.error = r.boolean({"error"});
    out.loginUrl = r.string({"loginUrl"});
    out.sessionId = r.string({"sessionId"});
    out.message = r.string({"message"});
    out.extra = r.extra();
    return out;
}

QJsonObject SecureAuthSession::toJson() const
{
    QJsonObject o = extra;
    o.insert(u"error", error);
    o.insert(u"loginUrl", loginUrl);
    o.insert(u"sessionId", sessionId);
    o.insert(u"message", message);
    return o;
}

} // namespace ra
