#include "stores/userdetailstore.h"

#include "api/apiclient.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QMap>

#include <algorithm>

namespace ra {

Q_LOGGING_CATEGORY(lcUserDetail, "ra.stores.userdetail")

namespace {
// The API counts days back from its own "today"; the sandbox and the live API use UTC.
QDate today()
{
    return QDateTime::currentDateTimeUtc().date();
}

// Days come as ISO dates (GET form) or, in the 2026 form, possibly as dd/mm/yyyy.
QDate parseDay(const QString &text)
{
    QDate d = QDate::fromString(text.left(10), Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(text, QStringLiteral("dd/MM/yyyy"));
    return d;
}

constexpr auto identifierType = "id";
} // namespace

UserDetailStore::UserDetailStore(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_start(today().addDays(-29))
    , m_end(today())
{
}

UserDetailStore::~UserDetailStore()
{
    // Replies still running would call back into a dead store otherwise; nobody listening
    // should hear about it from a half-destroyed object.
    blockSignals(true);
    cancelPending(false);
}

ApiError UserDetailStore::error(Part part) const
{
    return m_errors[int(part)];
}

void UserDetailStore::showUser(const QString &userId)
{
    if (userId == m_userId && (m_hasUser || isLoading()))
        return;
    m_userId = userId;
    m_user = {};
    m_hasUser = false;
    m_roles.clear();
    m_history.clear();
    m_stats.clear();
    emit userChanged(userId);
    reload();
}

void UserDetailStore::reload()
{
    ++m_generation;
    cancelPending(false);
    for (ApiError &e : m_errors)
        e = {};
    if (m_userId.isEmpty()) {
        updateLoading();
        return;
    }
    loadUser();
    loadRoles();
    loadActivity();
}

void UserDetailStore::reloadRoles()
{
    if (!m_userId.isEmpty())
        loadRoles();
}

void UserDetailStore::setRange(const QDate &start, const QDate &end)
{
    const QDate last = today();
    QDate to = end.isValid() ? std::min(end, last) : last;
    QDate from = start.isValid() ? start : to.addDays(-29);
    from = std::clamp(from, last.addDays(-(MaxDays - 1)), to);
    if (from == m_start && to == m_end)
        return;
    m_start = from;
    m_end = to;
    emit rangeChanged(m_start, m_end);
    if (!m_userId.isEmpty()) {
        cancelPending(true);
        m_errors[int(Part::History)] = {};
        m_errors[int(Part::Stats)] = {};
        loadActivity();
    }
}

void UserDetailStore::setDeleted(bool deleted)
{
    if (!m_hasUser || m_user.deleted == deleted)
        return;
    m_user.deleted = deleted;
    emit userLoaded(m_user);
}

void UserDetailStore::loadUser()
{
    const int generation = m_generation;
    track(m_client.getUserData(m_userId)->then(
              this,
              [this, generation](const UserData &user) {
                  if (generation != m_generation)
                      return;
                  m_user = user;
                  m_hasUser = true;
                  emit userLoaded(m_user);
              },
              [this, generation](const ApiError &e) { fail(generation, Part::User, e); }),
          false);
}

void UserDetailStore::loadRoles()
{
    const int generation = m_generation;
    track(m_client.getUserRoles(m_userId)->then(
              this,
              [this, generation](const QList<Role> &roles) {
                  if (generation != m_generation)
                      return;
                  m_roles = roles;
                  emit rolesLoaded();
              },
              [this, generation](const ApiError &e) { fail(generation, Part::Roles, e); }),
          false);
}

void UserDetailStore::loadActivity()
{
    ++m_activityGeneration;
    const int days = daysToStart();
    if (m_client.config().historyShape == GamificationHistoryShape::PostBody)
        loadHistoryByDate();
    else
        loadHistoryByDays(days);
    loadStats(days);
}

void UserDetailStore::loadHistoryByDays(int days)
{
    const int generation = m_generation;
    const int activity = m_activityGeneration;
    track(m_client.getGamificationHistory(m_userId, QLatin1String(identifierType), days)
              ->then(
                  this,
                  [this, generation, activity](const GamificationHistory &h) {
                      if (generation != m_generation || activity != m_activityGeneration)
                          return;
                      m_history = inRange(h.days);
                      emit historyLoaded();
                  },
                  [this, generation](const ApiError &e) { fail(generation, Part::History, e); }),
          true);
}

void UserDetailStore::loadHistoryByDate()
{
    // The 2026 form reports one date per call (for a list of identifiers): one call per day.
    const int generation = m_generation;
    const int activity = m_activityGeneration;
    m_collected.clear();
    m_datesLeft = int(m_start.daysTo(m_end)) + 1;
    for (QDate d = m_start; d <= m_end; d = d.addDays(1)) {
        track(m_client.getGamificationHistory(m_userId, QLatin1String(identifierType), 0, d)
                  ->then(
                      this,
                      [this, generation, activity, d](const GamificationHistory &h) {
                          if (generation != m_generation || activity != m_activityGeneration)
                              return;
                          for (GamificationDay day : h.days) {
                              if (!day.userId.isEmpty() && day.userId != m_userId &&
                                  day.identifier != m_userId)
                                  continue;
                              if (!parseDay(day.date).isValid())
                                  day.date = d.toString(Qt::ISODate);
                              m_collected.append(day);
                          }
                          if (--m_datesLeft == 0) {
                              m_history = inRange(m_collected);
                              m_collected.clear();
                              emit historyLoaded();
                          }
                      },
                      [this, generation, activity](const ApiError &e) {
                          if (activity != m_activityGeneration ||
                              e.kind == ApiError::Kind::Cancelled)
                              return;
                          // One failed day fails the series; the other days are not awaited.
                          ++m_activityGeneration;
                          fail(generation, Part::History, e);
                      }),
              true);
    }
}

void UserDetailStore::loadStats(int days)
{
    const int generation = m_generation;
    const int activity = m_activityGeneration;
    track(m_client.getGamificationStats(m_userId, QLatin1String(identifierType), days)
              ->then(
                  this,
                  [this, generation, activity](const GamificationHistory &h) {
                      if (generation != m_generation || activity != m_activityGeneration)
                          return;
                      m_stats = inRange(h.days);
                      emit statsLoaded();
                  },
                  [this, generation](const ApiError &e) { fail(generation, Part::Stats, e); }),
          true);
}

void UserDetailStore::track(ApiReplyBase *reply, bool activity)
{
    (activity ? m_activityReplies : m_userReplies).append(reply);
    connect(reply, &ApiReplyBase::finished, this, [this, reply] {
        m_userReplies.removeAll(reply);
        m_activityReplies.removeAll(reply);
        updateLoading();
    });
    updateLoading();
}

void UserDetailStore::fail(int generation, Part part, const ApiError &error)
{
    // Cancelled calls belong to a user or range that is no longer shown.
    if (generation != m_generation || error.kind == ApiError::Kind::Cancelled)
        return;
    qCInfo(lcUserDetail) << "loading" << part << "of user" << m_userId
                         << "failed:" << error.userText();
    m_errors[int(part)] = error;
    emit loadFailed(part, error);
}

void UserDetailStore::cancelPending(bool activityOnly)
{
    QList<QPointer<ApiReplyBase>> replies = m_activityReplies;
    m_activityReplies.clear();
    if (!activityOnly) {
        replies += m_userReplies;
        m_userReplies.clear();
    }
    for (const QPointer<ApiReplyBase> &reply : replies) {
        if (reply && !reply->isFinished())
            reply->abort();
    }
    updateLoading();
}

void UserDetailStore::updateLoading()
{
    const bool loading = !m_userReplies.isEmpty() || !m_activityReplies.isEmpty();
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

int UserDetailStore::daysToStart() const
{
    return std::clamp(int(m_start.daysTo(today())) + 1, 1, MaxDays);
}

QList<GamificationDay> UserDetailStore::inRange(const QList<GamificationDay> &days) const
{
    // One entry per day of the range, oldest first; a day the server did not report is zero.
    QMap<QDate, GamificationDay> byDate;
    for (QDate d = m_start; d <= m_end; d = d.addDays(1)) {
        GamificationDay empty;
        empty.date = d.toString(Qt::ISODate);
        empty.userId = m_userId;
        byDate.insert(d, empty);
    }
    for (const GamificationDay &day : days) {
        const QDate d = parseDay(day.date);
        if (!byDate.contains(d))
            continue;
        GamificationDay kept = day;
        kept.date = d.toString(Qt::ISODate);
        byDate.insert(d, kept);
    }
    return byDate.values();
}

} // namespace ra
