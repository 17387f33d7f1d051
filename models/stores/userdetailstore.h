#pragma once

#include "api/apierror.h"
#include "domain/gamificationday.h"
#include "domain/role.h"
#include "domain/userdata.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QPointer>

namespace ra {

class ApiClient;
class ApiReplyBase;

// Everything the user detail panel shows about one user: Get User Data, the user's roles on the
// current server (getUserRoles) and, over a chosen date range, the daily XP and coins (Get User
// Gamification History, in whichever shape the profile speaks) and the daily messages, replies,
// reactions and socials (Get User Gamification Stats). The API counts days back from today, so
// the store asks for enough days to reach rangeStart() and keeps the days inside the range, one
// entry per day (days the server did not report count as zero). showUser() cancels every call
// still running for the previous user, so a late reply never lands on the wrong user. Does not
// own the client; GUI thread.
class UserDetailStore : public QObject
{
    Q_OBJECT

public:
    // Which part of the detail a signal or an error is about.
    enum class Part { User, Roles, History, Stats };
    Q_ENUM(Part)

    // The longest range the API serves (Get User Gamification History: days 1..365).
    static constexpr int MaxDays = 365;

    explicit UserDetailStore(ApiClient &client, QObject *parent = nullptr);
    ~UserDetailStore() override;

    QString userId() const { return m_userId; }
    bool hasUser() const { return m_hasUser; }
    const UserData &user() const { return m_user; }
    const QList<Role> &roles() const { return m_roles; }
    // Daily XP and coins in the range, oldest first, one entry per day.
    const QList<GamificationDay> &history() const { return m_history; }
    // Daily messages, replies, reactions and socials in the range, oldest first.
    const QList<GamificationDay> &stats() const { return m_stats; }
    QDate rangeStart() const { return m_start; }
    QDate rangeEnd() const { return m_end; }
    bool isLoading() const { return m_loading; }
    // The last error of `part` for the current user (none when it loaded).
    ApiError error(Part part) const;

    // Shows `userId` (empty: nothing); drops whatever is loading for the previous user.
    void showUser(const QString &userId);
    // Loads everything of the current user again.
    void reload();
    // Loads only the current user's roles again (after a role was given or taken).
    void reloadRoles();
    // Sets the chart range (clamped to the last MaxDays days ending today) and reloads the
    // history and stats of the current user.
    void setRange(const QDate &start, const QDate &end);
    // Marks the shown user deleted or restored after a Manage user account call.
    void setDeleted(bool deleted);

signals:
    // The shown user changed; the data of the new one follows.
    void userChanged(const QString &userId);
    void userLoaded(const ra::UserData &user);
    void rolesLoaded();
    void historyLoaded();
    void statsLoaded();
    void rangeChanged(const QDate &start, const QDate &end);
    void loadFailed(ra::UserDetailStore::Part part, const ra::ApiError &error);
    void loadingChanged(bool loading);

private:
    void loadUser();
    void loadRoles();
    void loadActivity();
    void loadHistoryByDays(int days);
    void loadHistoryByDate();
    void loadStats(int days);
    void track(ApiReplyBase *reply, bool activity);
    void fail(int generation, Part part, const ApiError &error);
    void cancelPending(bool activityOnly);
    void updateLoading();
    int daysToStart() const;
    QList<GamificationDay> inRange(const QList<GamificationDay> &days) const;

    ApiClient &m_client;
    QString m_userId;
    UserData m_user;
    bool m_hasUser = false;
    QList<Role> m_roles;
    QList<GamificationDay> m_history;
    QList<GamificationDay> m_stats;
    QList<GamificationDay> m_collected; // PostBody shape: days arriving one call per date
    ApiError m_errors[4];
    QDate m_start;
    QDate m_end;
    QList<QPointer<ApiReplyBase>> m_userReplies;     // Get User Data, roles
    QList<QPointer<ApiReplyBase>> m_activityReplies; // history and stats of the range
    int m_generation = 0;         // bumps on every user switch or reload: older replies drop
    int m_activityGeneration = 0; // bumps on every range change
    int m_datesLeft = 0;
    bool m_loading = false;
};

} // namespace ra
