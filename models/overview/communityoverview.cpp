#include "overview/communityoverview.h"

#include "api/apiclient.h"
#include "overview/countseriesmodel.h"

#include <QLocale>

#include <utility>

namespace ra {

namespace {
qint64 powerOfTen(int exponent)
{
    qint64 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

QJsonObject range(const QString &key, const QJsonValue &from, const QJsonValue &to = {})
{
    QJsonObject bounds{{QStringLiteral("gte"), from}};
    if (!to.isNull())
        bounds.insert(u"lte", to);
    return QJsonObject{{key, bounds}};
}

QString metricKey(bool xp)
{
    return xp ? QStringLiteral("xp") : QStringLiteral("coins");
}
} // namespace

CommunityOverview::CommunityOverview(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_joins(new CountSeriesModel(this))
    , m_xp(new CountSeriesModel(this))
    , m_coins(new CountSeriesModel(this))
    , m_search(topCount, UserPage::pageSize)
{
}

CommunityOverview::~CommunityOverview()
{
    ++m_generation;
    for (const QPointer<ApiReplyBase> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->abort();
    }
}

QStringList CommunityOverview::memberFields()
{
    return {QStringLiteral("username"),   QStringLiteral("display_name"),
            QStringLiteral("first_name"), QStringLiteral("last_name"),
            QStringLiteral("xp"),         QStringLiteral("coins")};
}

qint64 CommunityOverview::joinedInWeeks() const
{
    return m_joins->rowCount() > 0 && m_joins->isComplete() ? m_joins->sum() : -1;
}

void CommunityOverview::clear()
{
    ++m_generation;
    const QList<QPointer<ApiReplyBase>> replies = std::exchange(m_replies, {});
    for (const QPointer<ApiReplyBase> &reply : replies) {
        if (reply)
            reply->abort();
    }
    const bool wasLoading = m_pending > 0;
    m_pending = 0;
    m_requests = 0;
    m_loaded = false;
    m_total = -1;
    m_xpAtLeast = QList<qint64>(decadeCount, -1);
    m_coinsAtLeast = QList<qint64>(decadeCount, -1);
    m_search = TopMemberSearch(topCount, UserPage::pageSize);
    m_probesOut = 0;
    m_topDone = false;
    m_top.clear();
    m_error.clear();
    m_joins->clear();
    m_xp->clear();
    m_coins->clear();
    if (wasLoading)
        emit loadingChanged(false);
    emit changed();
}

void CommunityOverview::reload()
{
    clear();
    m_loaded = true;
    // A guard unit: replies that fail at once must not finish the load while it is being sent.
    ++m_pending;
    emit loadingChanged(true);
    const quint64 generation = m_generation;

    count({}, memberFields(), tr("the members"),
          [this, generation](qint64 counted, const QList<UserData> &page) {
              if (generation != m_generation)
                  return;
              --m_probesOut;
              if (counted >= 0) {
                  m_total = counted;
                  m_search.addProbe(0, counted, page);
                  updateBands(Metric::Xp);
                  updateBands(Metric::Coins);
              }
              continueTop();
          });
    ++m_probesOut;
    countWeeks(m_fixedToday.isValid() ? m_fixedToday : QDate::currentDate());
    countBands(Metric::Xp);
    countBands(Metric::Coins);
    emit changed();
    settle();
}

void CommunityOverview::countWeeks(const QDate &today)
{
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    QList<CountSeriesModel::Range> weeks;
    for (int i = 0; i < weekCount; ++i) {
        const QDate start = monday.addDays(-7 * (weekCount - 1 - i));
        weeks.append(
            {start, start.addDays(6), QLocale().toString(start, QStringLiteral("d MMM")), -1});
    }
    m_joins->setRanges(weeks);
    const quint64 generation = m_generation;
    for (int i = 0; i < weekCount; ++i) {
        const QDate start = weeks.at(i).from.toDate();
        const QJsonObject filter = range(QStringLiteral("join_date"), start.toString(Qt::ISODate),
                                         start.addDays(6).toString(Qt::ISODate));
        count(filter, {QStringLiteral("join_date")},
              tr("the members who joined in the week of %1")
                  .arg(QLocale().toString(start, QLocale::ShortFormat)),
              [this, generation, i](qint64 counted, const QList<UserData> &) {
                  if (generation != m_generation || counted < 0)
                      return;
                  m_joins->setCount(i, counted);
                  emit changed();
              });
    }
}

void CommunityOverview::countBands(Metric metric)
{
    const bool xp = metric == Metric::Xp;
    QList<CountSeriesModel::Range> bands;
    const QLocale locale;
    bands.append({qint64(0), qint64(0), locale.toString(0), -1});
    for (int k = 1; k < decadeCount; ++k) {
        const qint64 from = powerOfTen(k - 1);
        const qint64 to = powerOfTen(k) - 1;
        bands.append({from, to,
                      from == to ? locale.toString(from)
                                 : tr("%1–%2").arg(locale.toString(from), locale.toString(to)),
                      -1});
    }
    const qint64 top = powerOfTen(decadeCount - 1);
    bands.append({top, QVariant(), tr("%1 or more").arg(locale.toString(top)), -1});
    (xp ? m_xp : m_coins)->setRanges(bands);

    const quint64 generation = m_generation;
    for (int k = 0; k < decadeCount; ++k) {
        const qint64 threshold = powerOfTen(k);
        const QString what =
            xp ? tr("the members with at least %1 XP").arg(locale.toString(threshold))
               : tr("the members with at least %1 coins").arg(locale.toString(threshold));
        // The XP counts carry the members too: they are the top ten search's first probes.
        count(range(metricKey(xp), threshold),
              xp ? memberFields() : QStringList{QStringLiteral("coins")}, what,
              [this, generation, xp, k, threshold](qint64 counted, const QList<UserData> &page) {
                  if (generation != m_generation)
                      return;
                  if (xp)
                      --m_probesOut;
                  if (counted >= 0) {
                      (xp ? m_xpAtLeast : m_coinsAtLeast)[k] = counted;
                      updateBands(xp ? Metric::Xp : Metric::Coins);
                      if (xp)
                          m_search.addProbe(threshold, counted, page);
                  }
                  if (xp)
                      continueTop();
              });
        if (xp)
            ++m_probesOut;
    }
}

void CommunityOverview::updateBands(Metric metric)
{
    const QList<qint64> &atLeast = metric == Metric::Xp ? m_xpAtLeast : m_coinsAtLeast;
    CountSeriesModel *model = metric == Metric::Xp ? m_xp : m_coins;
    if (model->rowCount() != decadeCount + 1)
        return; // already complete and trimmed
    // Band 0 holds those under 1; band k those from 10^(k-1) up to 10^k - 1; the last is open.
    if (m_total >= 0 && atLeast.at(0) >= 0)
        model->setCount(0, m_total - atLeast.at(0));
    for (int k = 1; k < decadeCount; ++k) {
        if (atLeast.at(k - 1) >= 0 && atLeast.at(k) >= 0)
            model->setCount(k, atLeast.at(k - 1) - atLeast.at(k));
    }
    model->setCount(decadeCount, atLeast.at(decadeCount - 1));
    if (!model->isComplete())
        return;
    // Bands above the highest value say nothing: keep up to the last one with members.
    int rows = model->rowCount();
    while (rows > 1 && model->countAt(rows - 1) == 0)
        --rows;
    model->truncate(rows);
    emit changed();
}

void CommunityOverview::probeTop(qint64 threshold)
{
    const quint64 generation = m_generation;
    ++m_probesOut;
    count(range(QStringLiteral("xp"), threshold), memberFields(),
          tr("the members with at least %1 XP").arg(QLocale().toString(threshold)),
          [this, generation, threshold](qint64 counted, const QList<UserData> &page) {
              if (generation != m_generation)
                  return;
              --m_probesOut;
              if (counted >= 0)
                  m_search.addProbe(threshold, counted, page);
              continueTop();
          });
}

void CommunityOverview::continueTop()
{
    if (m_topDone)
        return;
    if (m_search.isDone()) {
        m_top = m_search.members();
        m_topDone = true;
        emit changed();
        return;
    }
    if (m_probesOut > 0 || !m_error.isEmpty())
        return; // wait for the round; after a failure the search cannot be trusted
    if (const std::optional<qint64> tie = m_search.tieValue()) {
        const quint64 generation = m_generation;
        ++m_probesOut;
        count(range(QStringLiteral("xp"), *tie, *tie), memberFields(),
              tr("the members with %1 XP").arg(QLocale().toString(*tie)),
              [this, generation](qint64 counted, const QList<UserData> &page) {
                  if (generation != m_generation)
                      return;
                  --m_probesOut;
                  if (counted >= 0)
                      m_search.addTie(page);
                  continueTop();
              });
        return;
    }
    const QList<qint64> next = m_search.nextThresholds();
    for (qint64 threshold : next)
        probeTop(threshold);
}

void CommunityOverview::count(const QJsonObject &filter, const QStringList &fields,
                              const QString &what, Counted done)
{
    ++m_pending;
    ++m_requests;
    const quint64 generation = m_generation;
    auto *reply = m_client.getUsersByPage(fields, filter, 1);
    track(reply);
    reply->then(
        this,
        [this, generation, filter, fields, what, done](const UserPage &page) {
            if (generation != m_generation)
                return;
            if (page.total >= 0) {
                done(page.total, page.users);
            } else if (page.totalPages > 1 && page.users.size() >= UserPage::pageSize) {
                // Pages but no total: the last page's size completes the count.
                lastPage(filter, fields, what, page.totalPages, page.users, done);
                return;
            } else {
                done(page.users.size(), page.users);
            }
            settle();
        },
        failure(what, done));
}

void CommunityOverview::lastPage(const QJsonObject &filter, const QStringList &fields,
                                 const QString &what, int pages, const QList<UserData> &first,
                                 Counted done)
{
    ++m_requests;
    const quint64 generation = m_generation;
    auto *reply = m_client.getUsersByPage(fields, filter, pages);
    track(reply);
    reply->then(
        this,
        [this, generation, pages, first, done](const UserPage &page) {
            if (generation != m_generation)
                return;
            done(qint64(pages - 1) * UserPage::pageSize + page.users.size(), first);
            settle();
        },
        failure(what, done));
}

void CommunityOverview::track(ApiReplyBase *reply)
{
    m_replies.removeIf([](const QPointer<ApiReplyBase> &r) { return r.isNull(); });
    m_replies.append(reply);
}

std::function<void(const ApiError &)> CommunityOverview::failure(const QString &what,
                                                                 const Counted &done)
{
    return [this, generation = m_generation, what, done](const ApiError &error) {
        if (generation != m_generation)
            return;
        if (m_error.isEmpty())
            m_error = tr("Could not count %1: %2").arg(what, error.userText());
        emit changed();
        done(-1, {});
        settle();
    };
}

void CommunityOverview::settle()
{
    if (m_pending == 0 || --m_pending > 0)
        return;
    emit loadingChanged(false);
    emit changed();
    emit finished();
}

} // namespace ra
