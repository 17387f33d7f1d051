#include "domain/fieldhistorypage.h"

#include "domain/jsonreader.h"

#include <QJsonArray>

namespace ra {

FieldHistoryPage FieldHistoryPage::fromJson(const QJsonValue &payload)
{
    FieldHistoryPage out;
    JsonReader r(payload.toObject());
    const QJsonArray items = payload.isArray()
                                 ? payload.toArray()
                                 : r.array({"histories", "items", "userFieldHistories"});
    for (const QJsonValue &item : items) {
        if (item.isObject())
            out.entries.append(FieldHistoryEntry::fromJson(item.toObject()));
    }
    if (payload.isObject()) {
        out.total = r.integer({"total", "count"}, -1);
        out.page = int(r.integer({"page", "currentPage"}));
        out.limit = int(r.integer({"limit", "pageSize"}));
        out.totalPages = int(r.integer({"totalPages"}));
        out.extra = r.extra();
    }
    return out;
}

QJsonObject FieldHistoryPage::toJson() const
{
    QJsonObject o = extra;
    QJsonArray a;
    for (const FieldHistoryEntry &e : entries)
        a.append(e.toJson());
    o.insert(u"histories", a);
    o.insert(u"total", total);
    o.insert(u"page", page);
    o.insert(u"limit", limit);
    o.insert(u"totalPages", totalPages);
    return o;
}

} // namespace ra
