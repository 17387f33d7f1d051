#include "gamificationhandlers.h"

#include "datastore.h"
#include "handlers.h"
#include "requestreader.h"
#include "userdirectory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace ra::sandbox {

namespace {
// API messages are user-visible text: the app shows them.
QString tr(const char *text)
{
    return QCoreApplication::translate("ra::sandbox::GamificationHandlers", text);
}
} // namespace

GamificationHandlers::GamificationHandlers(DataStore &store)
    : m_store(store)
    , m_users(std::make_unique<UserDirectory>(store))
{
}

GamificationHandlers::~GamificationHandlers() = default;

void GamificationHandlers::install(Handlers &h)
{
    h.add(QStringLiteral("getGamificationHistory"), [this](const Request &r) {
        // The 2026 docs serve this route as POST with a JSON body; a GET has no body.
        if (r.json.isObject())
            return datedReport(r);
        RequestReader in = RequestReader::fromQuery(r);
        return report(in, false);
    });
    h.add(QStringLiteral("getGamificationStats"), [this](const Request &r) {
        RequestReader in(r);
        return report(in, true);
    });
}

Response GamificationHandlers::report(RequestReader &in, bool stats)
{
    const QString identifier = in.string(QStringLiteral("identifier"));
    const QString type = in.string(QStringLiteral("identifier_type"));
    const qint64 days = in.integer(QStringLiteral("days"));
    static const QStringList types = {QStringLiteral("email"), QStringLiteral("username"),
                                      QStringLiteral("id"), QStringLiteral("user_id")};
    if (!in.failed() && !types.contains(type))
        in.fail(tr("Field 'identifier_type' must be one of email, username, id, "
                   "user_id"));
    if (!in.failed() && (days < 1 || days > 365))
        in.fail(tr("Field 'days' must be between 1 and 365"));
    if (in.failed())
        return in.error();
    const qint64 id = m_users->find(identifier, type);
    if (id == 0)
        return Response::error(404, tr("User not found: %1").arg(identifier));
    const QDate end = QDateTime::currentDateTimeUtc().date();
    const QDate start = end.addDays(-(days - 1));
    QJsonArray daily;
    DemoActivity::Day total;
    for (QDate d = end; d >= start; d = d.addDays(-1)) {
        const DemoActivity::Day day = m_users->day(id, d);
        QJsonObject o;
        o.insert(QStringLiteral("date"), d.toString(Qt::ISODate));
        if (stats) {
            o.insert(QStringLiteral("messages"), day.messages);
            o.insert(QStringLiteral("replies"), day.replies);
            o.insert(QStringLiteral("reaction"), day.reactions);
            o.insert(QStringLiteral("socials"), day.socials);
        } else {
            o.insert(QStringLiteral("coins"), day.coins);
            o.insert(QStringLiteral("xp"), day.xp);
        }
        total.xp += day.xp;
        total.coins += day.coins;
        total.messages += day.messages;
        total.replies += day.replies;
        total.reactions += day.reactions;
        total.socials += day.socials;
        daily.append(o);
    }
    QJsonObject totals;
    if (stats) {
        totals.insert(QStringLiteral("messages"), total.messages);
        totals.insert(QStringLiteral("replies"), total.replies);
        totals.insert(QStringLiteral("reaction"), total.reactions);
        totals.insert(QStringLiteral("socials"), total.socials);
    } else {
        totals.insert(QStringLiteral("coins"), total.coins);
        totals.insert(QStringLiteral("xp"), total.xp);
    }
    QJsonObject range;
    range.insert(QStringLiteral("start_date"), start.toString(Qt::ISODate));
    range.insert(QStringLiteral("end_date"), end.toString(Qt::ISODate));
    QJsonObject data;
    data.insert(QStringLiteral("user_id"), QString::number(id));
    data.insert(QStringLiteral("range"), range);
    data.insert(QStringLiteral("totals"), totals);
    data.insert(QStringLiteral("daily_stats"), daily);
    return Response::ok(data, QStringLiteral("User gamification stats fetched successfully"));
}

Response GamificationHandlers::datedReport(const Request &r)
{
    // {identifier: [..], identifier_type, date: dd/mm/yyyy, page, limit}: the XP and coins of
    // one day for a page of identifiers; identifiers that name no user are left out.
    RequestReader in(r);
    QStringList identifiers;
    if (in.json().value(QStringLiteral("identifier")).isString())
        identifiers.append(in.string(QStringLiteral("identifier")));
    else
        identifiers = in.stringList(QStringLiteral("identifier"));
    const QString type = in.string(QStringLiteral("identifier_type"));
    const QString dateText = in.string(QStringLiteral("date"));
    const qint64 page = in.integer(QStringLiteral("page"), RequestReader::Need::Optional, 1);
    const qint64 limit = in.integer(QStringLiteral("limit"), RequestReader::Need::Optional, 50);
    const QDate date = QDate::fromString(dateText, QStringLiteral("dd/MM/yyyy"));
    if (!in.failed() && !date.isValid())
        in.fail(tr("Field 'date' must be a date written dd/mm/yyyy"));
    if (!in.failed() && page < 1)
        in.fail(tr("Field 'page' must be 1 or more"));
    if (!in.failed() && (limit < 1 || limit > 100))
        in.fail(tr("Field 'limit' must be between 1 and 100"));
    if (in.failed())
        return in.error();
    const qint64 total = identifiers.size();
    QJsonArray results;
    qint64 found = 0;
    for (qint64 i = (page - 1) * limit; i < std::min(total, page * limit); ++i) {
        const QString &identifier = identifiers.at(i);
        const qint64 id = m_users->find(identifier, type);
        if (id == 0)
            continue;
        ++found;
        const DemoActivity::Day day = m_users->day(id, date);
        QJsonObject o;
        o.insert(QStringLiteral("identifier"), identifier);
        o.insert(QStringLiteral("user_id"), QString::number(id));
        o.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
        o.insert(QStringLiteral("coins"), day.coins);
        o.insert(QStringLiteral("xp"), day.xp);
        results.append(o);
    }
    QJsonObject pagination;
    pagination.insert(QStringLiteral("page"), page);
    pagination.insert(QStringLiteral("limit"), limit);
    pagination.insert(QStringLiteral("total"), total);
    pagination.insert(QStringLiteral("total_pages"), (total + limit - 1) / limit);
    pagination.insert(QStringLiteral("found"), found);
    QJsonObject data;
    data.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
    data.insert(QStringLiteral("pagination"), pagination);
    data.insert(QStringLiteral("results"), results);
    return Response::ok(data, QStringLiteral("User gamification history fetched successfully"));
}

} // namespace ra::sandbox
