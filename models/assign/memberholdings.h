#pragma once

#include "assign/assignoutcome.h"
#include "assign/assigntarget.h"
#include "domain/badge.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

namespace ra {

class ApiClient;
class ApiReplyBase;

// Gives or takes one role or badge from one member (a tile dropped on a user row or on the detail
// panel, a chip deleted or dragged away, and their undo), and remembers which badges members are
// known to hold. The API has no call that lists a member's badges: the award reply lists the
// member's badges with an `awarded` flag, so what is known comes only from replies seen in this
// session (give(), take(), and the outcomes a bulk job reports through learn()). Roles are
// listed by the server (Get role list of user); this class only says when they changed.
// Does not own the client; GUI thread.
class MemberHoldings : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const AssignOutcome &outcome)>;

    explicit MemberHoldings(ApiClient &client, QObject *parent = nullptr);

    // Awards the badge or adds the role; `done` gets the classified outcome (not called when
    // `context` dies first).
    void give(const AssignTarget &target, const QString &userId, QObject *context, Done done);
    // Removes the badge or the role.
    void take(const AssignTarget &target, const QString &userId, QObject *context, Done done);

    // Badges `userId` is known to hold from this session's replies, in the order learnt.
    QList<Badge> knownBadges(const QString &userId) const;
    bool badgeKnown(const QString &userId) const { return m_badges.contains(userId); }
    // Records that `userId` now holds `target` (give) or not, when `asAsked` says the change was
    // made or was not needed (bulk jobs report their items here).
    void learn(const AssignTarget &target, const QString &userId, bool give, bool asAsked);

signals:
    // `userId` gained or lost `target` (or its known badges changed).
    void holdingsChanged(const QString &userId, const ra::AssignTarget &target);

private:
    void run(ApiReplyBase *reply, const AssignTarget &target, const QString &userId, bool give,
             QObject *context, Done done);
    void learnBadges(const QString &userId, const QList<Badge> &badges);

    ApiClient &m_client;
    QHash<QString, QList<Badge>> m_badges; // user id -> badges known held
};

} // namespace ra
