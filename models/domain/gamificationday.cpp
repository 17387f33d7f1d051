#include "domain/gamificationday.h"

#include "domain/jsonreader.h"

namespace ra {

GamificationDay GamificationDay::fromJson(const QJsonObject &object)
{
    JsonReader r(object);
    GamificationDay out;
    out.date = r.string({"date"});
    out.identifier = r.string({"identifier"});
    out.userId = r.string({"user_id", "userId"});
    out.xp = r.integer({"xp"});
    out.coins = r.integer({"coins"});
    out.messages = r.integer({"messages"});
    out.replies = r.integer({"replies"});
    out.reactions = r.integer({"reaction", "reactions"});
    out.socials = r.integer({"socials"});
    out.extra = r.extra();
    return out;
}

QJsonObject GamificationDay::toJson() const
{
    QJsonObject o = extra;
    o.insert(u"date", date);
    o.insert(u"identifier", identifier);
    o.insert(u"userId", userId);
    o.insert(u"xp", xp);
    o.insert(u"coins", coins);
    o.insert(u"messages", messages);
    o.insert(u"replies", replies);
    o.insert(u"reactions", reactions);
    o.insert(u"socials", socials);
    return o;
}

} // namespace ra
