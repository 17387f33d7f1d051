#include "domain/gamificationhistory.h"

#include "domain/jsonreader.h"

#include <QJsonArray>

namespace ra {

GamificationHistory GamificationHistory::fromJson(const QJsonObject &object)
{
    JsonReader r(object);
    GamificationHistory out;
    out.userId = r.string({"user_id", "userId"});
    JsonReader range(r.object({"range"}));
    out.startDate = range.string({"start_date", "from"}, r.string({"start_date"}));
    out.endDate = range.string({"end_date", "to"}, r.string({"end_date", "date"}));
    out.totals = GamificationDay::fromJson(r.object({"totals"}));
    const QJsonArray days = r.array({"daily_stats", "results", "days"});
    for (const QJsonValue &d : days) {
        if (d.isObject())
            out.days.append(GamificationDay::fromJson(d.toObject()));
    }
    JsonReader pagination(r.object({"pagination"}));
    out.page = int(pagination.integer({"page", "current_page"}));
    out.limit = int(pagination.integer({"limit"}));
    out.total = pagination.integer({"total", "found"}, out.days.size());
    out.totalPages = int(pagination.integer({"total_pages"}));
    out.extra = r.extra();
    return out;
}

QJsonObject GamificationHistory::toJson() const
{
    QJsonObject o = extra;
    o.insert(u"user_id", userId);
    o.insert(u"range", QJsonObject{{QStringLiteral("start_date"), startDate},
                                   {QStringLiteral("end_date"), endDate}});
    o.insert(u"totals", totals.toJson());
    QJsonArray a;
    for (const GamificationDay &d : days)
        a.append(d.toJson());
    o.insert(u"daily_stats", a);
    o.insert(u"pagination", QJsonObject{{QStringLiteral("page"), page},
                                        {QStringLiteral("limit"), limit},
                                        {QStringLiteral("total"), total},
                                        {QStringLiteral("total_pages"), totalPages}});
    return o;
}

} // namespace ra
