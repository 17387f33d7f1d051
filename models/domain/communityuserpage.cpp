#include "domain/communityuserpage.h"

#include "domain/jsonreader.h"

#include <QJsonArray>

namespace ra {

CommunityUserPage CommunityUserPage::fromJson(const QJsonValue &payload)
{
    CommunityUserPage out;
    JsonReader r(payload.toObject());
    const QJsonArray items = payload.isArray() ? payload.toArray() : r.array({"users", "items"});
    for (const QJsonValue &item : items) {
        if (item.isObject())
            out.users.append(User::fromJson(item.toObject()));
    }
    out.total = r.integer({"total", "count"}, out.users.size());
    out.page = int(r.integer({"page", "currentPage"}));
    out.limit = int(r.integer({"limit", "pageSize"}));
    out.totalPages = int(r.integer({"totalPages"}));
    if (payload.isObject())
        out.extra = r.extra();
    return out;
}

QJsonObject CommunityUserPage::toJson() const
{
    QJsonObject o = extra;
    QJsonArray a;
    for (const User &u : users)
        a.append(u.toJson());
    o.insert(u"users", a);
    o.insert(u"total", total);
    o.insert(u"page", page);
    o.insert(u"limit", limit);
    o.insert(u"totalPages", totalPages);
    return o;
}

} // namespace ra
