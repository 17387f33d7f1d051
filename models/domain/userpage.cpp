#include "domain/userpage.h"

#include "domain/jsonreader.h"

#include <QJsonArray>

namespace ra {

bool UserPage::hasMore() const
{
    if (!nextCursor.isEmpty())
        return true;
    return totalPages > 0 && currentPage < totalPages;
}

UserPage UserPage::fromJson(const QJsonValue &payload, const QJsonObject &envelopeExtra)
{
    UserPage out;
    QJsonArray items;
    JsonReader top(envelopeExtra);
    JsonReader r(payload.toObject());
    if (payload.isArray())
        items = payload.toArray();
    else
        items = r.array({"users", "results", "items", "data"});
    for (const QJsonValue &item : std::as_const(items)) {
        if (item.isObject())
            out.users.append(UserData::fromJson(item.toObject()));
    }
    JsonReader pagination(r.object({"pagination"}));
    out.nextCursor = r.string({"next_cursor", "nextCursor"},
                              top.string({"next_cursor"}, pagination.string({"next_cursor"})));
    out.currentPage = int(r.integer({"current_page", "page"},
                                    top.integer({"current_page"}, pagination.integer({"page"}))));
    out.totalPages = int(r.integer(
        {"total_pages"}, top.integer({"total_pages"}, pagination.integer({"total_pages"}))));
    out.total = r.integer({"total", "count"}, top.integer({"total"}, -1));
    if (payload.isObject())
        out.extra = r.extra();
    return out;
}

QJsonObject UserPage::toJson() const
{
    QJsonObject o = extra;
    QJsonArray a;
    for (const UserData &u : users)
        a.append(u.toJson());
    o.insert(u"users", a);
    if (!nextCursor.isEmpty())
        o.insert(u"next_cursor", nextCursor);
    if (totalPages > 0) {
        o.insert(u"current_page", currentPage);
        o.insert(u"total_pages", totalPages);
    }
    if (total >= 0)
        o.insert(u"total", total);
    return o;
}

} // namespace ra
