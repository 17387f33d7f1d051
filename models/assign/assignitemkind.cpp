#include "assign/assignitemkind.h"

#include "api/apiclient.h"
#include "api/retrypolicy.h"

namespace ra {

namespace {

struct AssignActionName
{
    AssignOutcome::Action action;
    const char16_t *operation;
};

constexpr AssignActionName assignActionNames[] = {
    {AssignOutcome::Action::AwardBadge, u"awardBadge"},
    {AssignOutcome::Action::RemoveBadge, u"removeBadge"},
    {AssignOutcome::Action::AddRole, u"addRoleToUser"},
    {AssignOutcome::Action::RemoveRole, u"removeRoleFromUser"},
};

} // namespace

AssignItemKind::AssignItemKind(Action action, QString targetId, QString targetName)
    : m_action(action)
    , m_targetId(std::move(targetId))
    , m_targetName(std::move(targetName))
{
}

QString AssignItemKind::operationOf(Action action)
{
    for (const AssignActionName &a : assignActionNames) {
        if (a.action == action)
            return QString::fromUtf16(a.operation);
    }
    return {};
}

std::unique_ptr<AssignItemKind> AssignItemKind::fromJson(const QString &name,
                                                         const QJsonObject &params)
{
    Action action = Action::AwardBadge;
    if (!AssignOutcome::actionOf(name, &action))
        return nullptr;
    const QString target = params.value(u"target").toString();
    if (target.isEmpty())
        return nullptr;
    auto kind =
        std::make_unique<AssignItemKind>(action, target, params.value(u"targetName").toString());
    kind->setPlace(params.value(u"communityName").toString(),
                   params.value(u"serverName").toString());
    return kind;
}

void AssignItemKind::setPlace(const QString &communityName, const QString &serverName)
{
    m_communityName = communityName;
    m_serverName = serverName;
}

QString AssignItemKind::name() const
{
    return operationOf(m_action);
}

QString AssignItemKind::displayName() const
{
    const QString target = m_targetName.isEmpty() ? m_targetId : m_targetName;
    switch (m_action) {
    case Action::AwardBadge:
        return tr("Award badge \"%1\"").arg(target);
    case Action::RemoveBadge:
        return tr("Remove badge \"%1\"").arg(target);
    case Action::AddRole:
        return tr("Give role \"%1\"").arg(target);
    case Action::RemoveRole:
        break;
    }
    return tr("Take away role \"%1\"").arg(target);
}

QJsonObject AssignItemKind::toJson() const
{
    QJsonObject o;
    o.insert(u"target", m_targetId);
    if (!m_targetName.isEmpty())
        o.insert(u"targetName", m_targetName);
    if (!m_communityName.isEmpty())
        o.insert(u"communityName", m_communityName);
    if (!m_serverName.isEmpty())
        o.insert(u"serverName", m_serverName);
    return o;
}

ApiReplyBase *AssignItemKind::send(ApiClient &client, const BulkItem &item) const
{
    switch (m_action) {
    case Action::AwardBadge:
        // The generic call: the job needs the verdict, not the member's
        // badge list the award answers with (left undecoded in the response).
        return client.call(QStringLiteral("awardBadge"), {{QStringLiteral("id"), m_targetId}}, {},
                           QJsonObject{{QStringLiteral("userId"), item.key}});
    case Action::RemoveBadge:
        return client.removeBadge(m_targetId, item.key);
    case Action::AddRole:
        return client.addRoleToUser(m_targetId, item.key);
    case Action::RemoveRole:
        break;
    }
    return client.removeRoleFromUser(m_targetId, item.key);
}

BulkOutcome AssignItemKind::toBulk(const AssignOutcome &outcome, const ApiError &error)
{
    BulkOutcome out;
    out.outcome = AssignOutcome::kindName(outcome.kind);
    out.reason = outcome.reason;
    out.httpStatus = outcome.httpStatus;
    switch (outcome.kind) {
    case AssignOutcome::Kind::Done:
        out.state = BulkItemState::Done;
        break;
    case AssignOutcome::Kind::AlreadyHad:
    case AssignOutcome::Kind::NotHeld:
        out.state = BulkItemState::Already;
        break;
    case AssignOutcome::Kind::UserNotFound:
    case AssignOutcome::Kind::TargetNotFound:
        out.state = BulkItemState::NotFound;
        break;
    case AssignOutcome::Kind::Failed:
        out.state = BulkItemState::Failed;
        out.transient = error.isError() && RetryPolicy::isTransient(error);
        out.throttled = error.httpStatus == 429;
        out.retryAfterMs = error.retryAfterMs;
        break;
    }
    return out;
}

BulkOutcome AssignItemKind::classify(const ApiReplyBase &reply) const
{
    return toBulk(AssignOutcome::classify(reply), reply.error());
}

std::unique_ptr<BulkItemKind> AssignItemKind::inverse() const
{
    Action back = Action::RemoveBadge;
    switch (m_action) {
    case Action::AwardBadge:
        back = Action::RemoveBadge;
        break;
    case Action::RemoveBadge:
        back = Action::AwardBadge;
        break;
    case Action::AddRole:
        back = Action::RemoveRole;
        break;
    case Action::RemoveRole:
        back = Action::AddRole;
        break;
    }
    auto kind = std::make_unique<AssignItemKind>(back, m_targetId, m_targetName);
    kind->setPlace(m_communityName, m_serverName);
    return kind;
}

ApiReplyBase *AssignItemKind::checkApplied(ApiClient &client, const BulkItem &item) const
{
    if (!isRole())
        return nullptr; // no call lists a member's badges: sent again instead
    return client.getUserRoles(item.key);
}

BulkItemKind::Applied AssignItemKind::readApplied(const ApiReplyBase &reply, const BulkItem &) const
{
    const auto *roles = dynamic_cast<const ApiReply<QList<Role>> *>(&reply);
    if (!roles || reply.hasError())
        return Applied::Unknown;
    bool holds = false;
    for (const Role &role : roles->value())
        holds = holds || role.id == m_targetId;
    return holds == gives() ? Applied::Yes : Applied::No;
}

} // namespace ra
