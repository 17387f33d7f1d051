#include "domain/userdata.h"

#include "domain/jsonreader.h"
#include <QJsonArray>

namespace ra {

UserData UserData::fromJson(const QJsonObject &object)
{
    JsonReader r(object);
    UserData out;
    out.userId = r.string({"userId", "_id", "id"});
    out.username = r.string({"username", "userName"});
    out.email = r.string({"email"});
    out.firstName = r.string({"firstName", "firstname"});
    out.lastName = r.string({"lastName", "lastname"});
    out.displayName = r.string({"displayName", "displayname"});
    out.xp = r.integer({"xp"});
    out.coins = r.integer({"coins"});
    out.roles = r.stringList({"roles"});
    out.highestRole = r.string({"highestRole"});
    out.xpEarnedToday = r.integer({"xpEarnedToday"});
    out.coinsEarnedToday = r.integer({"coinsEarnedToday"});
    out.language = r.string({"language"});
    out.country = r.string({"country"});
    out.phone = r.string({"phone"});
    out.joinDate = r.string({"joinDate", "join_date"});
    out.totalMessages = r.integer({"totalMessages"});
    out.totalReactions = r.integer({"totalReactions"});
    out.visitCount = r.integer({"visitCount"});
    out.replySent = r.integer({"replySent"});
    out.timeSpent = r.integer({"timeSpent"});
    out.loginStreak = r.integer({"loginStreak"});
    out.deleted = r.boolean({"deleted", "isDeleted"});
    out.customFields = r.object({"customFields"});
    out.extra = r.extra();
    return out;
}

QJsonObject UserData::toJson() const
{
    QJsonObject o = extra;
    o.insert(u"userId", userId);
    o.insert(u"username", username);
    o.insert(u"email", email);
    o.insert(u"firstName", firstName);
    o.insert(u"lastName", lastName);
    o.insert(u"displayName", displayName);
    o.insert(u"xp", xp);
    o.insert(u"coins", coins);
    o.insert(u"roles", QJsonArray::fromStringList(roles));
    o.insert(u"highestRole", highestRole);
    o.insert(u"xpEarnedToday", xpEarnedToday);
    o.insert(u"coinsEarnedToday", coinsEarnedToday);
    o.insert(u"language", language);
    o.insert(u"country", country);
    o.insert(u"phone", phone);
    o.insert(u"joinDate", joinDate);
    o.insert(u"totalMessages", totalMessages);
    o.insert(u"totalReactions", totalReactions);
    o.insert(u"visitCount", visitCount);
    o.insert(u"replySent", replySent);
    o.insert(u"timeSpent", timeSpent);
    o.insert(u"loginStreak", loginStreak);
    o.insert(u"deleted", deleted);
    o.insert(u"customFields", customFields);
    return o;
}

} // namespace ra
