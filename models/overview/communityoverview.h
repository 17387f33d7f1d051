#pragma once

#include "domain/userdata.h"
#include "overview/topmembersearch.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace ra {

class ApiClient;
struct ApiError;
class ApiReplyBase;
class CountSeriesModel;

// "How is my community doing", from range counts alone: Get Users with Filters in page mode
// reports how many members match a filter, so each number here is one request with a range
// filter, never a walk over the members. reload() sends, all at once (the client queues them per
// host): the total; members joined in each of the last weekCount weeks (join_date ranges, the
// current week last); how many have at least 1, 10, 100, ... 10^(decadeCount-1) XP and coins,
// which give the histogram bands by difference; and, through TopMemberSearch, narrower XP
// thresholds until one count holds the top ten on one page. About 30 requests, however many
// members (requestCount()). A server that reports pages but no total costs one more request per
// count over a page (the last page's size completes it). Results arrive in the three
// CountSeriesModel and topMembers(); changed() follows every arrival, finished() the end.
// The first failure stops nothing else but is kept in errorText(), naming the count at fault.
// Borrows the client; owns its models; GUI thread.
class CommunityOverview : public QObject
{
    Q_OBJECT

public:
    static constexpr int weekCount = 12;
    static constexpr int decadeCount = 8; // thresholds 1 .. 10,000,000
    static constexpr int topCount = 10;

    explicit CommunityOverview(ApiClient &client, QObject *parent = nullptr);
    ~CommunityOverview() override;

    // The day the weeks end on (by default the day reload() runs).
    void setToday(const QDate &today) { m_fixedToday = today; }

    // Drops what is shown and counts again; cancels a load in progress.
    void reload();
    // Drops everything and sends nothing (not connected, or another profile).
    void clear();

    bool isLoading() const { return m_pending > 0; }
    bool hasLoaded() const { return m_loaded; }
    // Members in total; -1 until known.
    qint64 total() const { return m_total; }
    // Members who joined in the weeks of joins(), once every week is known; -1 before.
    qint64 joinedInWeeks() const;
    CountSeriesModel *joins() const { return m_joins; }
    CountSeriesModel *xp() const { return m_xp; }
    CountSeriesModel *coins() const { return m_coins; }
    // The members with the most XP, most first; complete once the search is done.
    QList<UserData> topMembers() const { return m_top; }
    bool isTopComplete() const { return m_topDone; }
    // Why a count failed (the first failure of the last load), or empty.
    QString errorText() const { return m_error; }
    // Requests the last load has sent so far.
    int requestCount() const { return m_requests; }

    // The fields the top members are read with.
    static QStringList memberFields();

signals:
    void changed();
    void loadingChanged(bool loading);
    void finished();

private:
    using Counted = std::function<void(qint64 count, const QList<UserData> &page)>;
    enum class Metric { Xp, Coins };

    // Counts the members matching `filter`; `what` names the count in a failure.
    void count(const QJsonObject &filter, const QStringList &fields, const QString &what,
               Counted done);
    void lastPage(const QJsonObject &filter, const QStringList &fields, const QString &what,
                  int pages, const QList<UserData> &first, Counted done);
    void track(ApiReplyBase *reply);
    // What a failed count does: keeps the first reason (naming `what`), reports -1 to `done`.
    std::function<void(const ApiError &)> failure(const QString &what, const Counted &done);
    void settle();

    void countWeeks(const QDate &today);
    void countBands(Metric metric);
    void updateBands(Metric metric);
    void probeTop(qint64 threshold);
    void continueTop();

    ApiClient &m_client;
    CountSeriesModel *m_joins;
    CountSeriesModel *m_xp;
    CountSeriesModel *m_coins;
    QDate m_fixedToday;
    quint64 m_generation = 0;
    int m_pending = 0;
    int m_requests = 0;
    bool m_loaded = false;
    qint64 m_total = -1;
    QList<qint64> m_xpAtLeast;    // by decade; -1 unknown
    QList<qint64> m_coinsAtLeast; // by decade; -1 unknown
    TopMemberSearch m_search;
    int m_probesOut = 0;
    bool m_topDone = false;
    QList<UserData> m_top;
    QString m_error;
    QList<QPointer<ApiReplyBase>> m_replies;
};

} // namespace ra
