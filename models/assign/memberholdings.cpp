#include "assign/memberholdings.h"

#include "api/apiclient.h"

#include <QPointer>

namespace ra {

MemberHoldings::MemberHoldings(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void MemberHoldings::give(const AssignTarget &target, const QString &userId, QObject *context,
                          Done done)
{
    if (target.kind == AssignTarget::Kind::Badge) {
        ApiReply<QList<Badge>> *reply = m_client.awardBadge(target.id, userId);
        QPointer<MemberHoldings> self(this);
        // The award reply lists the member's badges: what they hold, whatever else happened.
        connect(reply, &ApiReplyBase::finished, this, [self, reply, userId] {
            if (self && !reply->hasError())
                self->learnBadges(userId, reply->value());
        });
        run(reply, target, userId, true, context, std::move(done));
        return;
    }
    run(m_client.addRoleToUser(target.id, userId), target, userId, true, context, std::move(done));
}

void MemberHoldings::take(const AssignTarget &target, const QString &userId, QObject *context,
                          Done done)
{
    ApiReplyBase *reply = target.kind == AssignTarget::Kind::Badge
                              ? static_cast<ApiReplyBase *>(m_client.removeBadge(target.id, userId))
                              : m_client.removeRoleFromUser(target.id, userId);
    run(reply, target, userId, false, context, std::move(done));
}

void MemberHoldings::run(ApiReplyBase *reply, const AssignTarget &target, const QString &userId,
                         bool give, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(reply, &ApiReplyBase::finished, this,
            [this, reply, target, userId, give, guard, hadContext, done = std::move(done)] {
                const AssignOutcome outcome = AssignOutcome::classify(*reply);
                learn(target, userId, give, outcome.succeeded());
                if (done && (!hadContext || guard))
                    done(outcome);
            });
}

QList<Badge> MemberHoldings::knownBadges(const QString &userId) const
{
    return m_badges.value(userId);
}

void MemberHoldings::learn(const AssignTarget &target, const QString &userId, bool give,
                           bool asAsked)
{
    if (!asAsked)
        return;
    if (target.kind == AssignTarget::Kind::Badge) {
        QList<Badge> &held = m_badges[userId];
        const auto at = std::find_if(held.begin(), held.end(),
                                     [&](const Badge &b) { return b.id == target.id; });
        if (give && at == held.end()) {
            Badge badge;
            badge.id = target.id;
            badge.title = target.name;
            badge.awarded = true;
            held.append(badge);
        } else if (!give && at != held.end()) {
            held.erase(at);
        }
    }
    emit holdingsChanged(userId, target);
}

void MemberHoldings::learnBadges(const QString &userId, const QList<Badge> &badges)
{
    QList<Badge> held;
    for (const Badge &b : badges) {
        if (b.awarded && !b.id.isEmpty())
            held.append(b);
    }
    if (!held.isEmpty())
        m_badges.insert(userId, held);
}

} // namespace ra
