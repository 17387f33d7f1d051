#pragma once

#include "domain/gamificationday.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ra {

// Gamification history or action stats of a user over a range, in either
// documented shape: the GET form `{user_id, range:{start_date,end_date},
// totals, daily_stats:[...]}` and the 2026 POST form `{date, pagination:
// {page,limit,total,total_pages,found}, results:[{identifier,user_id,date,
// coins,xp}]}`. Value type; unknown top-level fields are kept in `extra`.
struct GamificationHistory
{
    QString userId;
    QString startDate;
    QString endDate;
    GamificationDay totals;
    QList<GamificationDay> days;
    int page = 0;
    int limit = 0;
    qint64 total = 0;
    int totalPages = 0;
    QJsonObject extra;

    static GamificationHistory fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace ra
