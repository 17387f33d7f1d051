#pragma once

#include "assign/assignoutcome.h"
#include "bulk/bulkitemkind.h"

#include <QCoreApplication>

namespace ra {

// Assignment's four actions as bulk item kinds: give or take one badge or
// role (the target) from one member per item (the item's key, a member id).
// classify() reads the reply through AssignOutcome. For roles an item in
// doubt after a crash is checked with Get role list of user; for badges the
// API lists no member's badges, so the award or removal is sent again and
// its "already has it" / "does not have it" answer counts as done.
class AssignItemKind : public BulkItemKind
{
    Q_DECLARE_TR_FUNCTIONS(ra::AssignItemKind)

public:
    using Action = AssignOutcome::Action;

    AssignItemKind(Action action, QString targetId, QString targetName = {});

    Action action() const { return m_action; }
    QString targetId() const { return m_targetId; }
    QString targetName() const { return m_targetName; }
    bool isRole() const { return m_action == Action::AddRole || m_action == Action::RemoveRole; }
    bool gives() const { return m_action == Action::AwardBadge || m_action == Action::AddRole; }

    // Where the job runs, by name, as the screens showed it when it was made (the community and,
    // for a role, its server). Journaled with the kind, so a job read back later (resumed at
    // start, retried, undone) is labelled with the place it was sent to, not the one chosen now.
    void setPlace(const QString &communityName, const QString &serverName);
    QString communityName() const { return m_communityName; }
    QString serverName() const { return m_serverName; }

    // The route table's operation id of an action, and back.
    static QString operationOf(Action action);
    // Reads the kind's journal parameters; null when `name` is not one of the four.
    static std::unique_ptr<AssignItemKind> fromJson(const QString &name, const QJsonObject &params);

    QString name() const override;
    QString displayName() const override;
    QJsonObject toJson() const override;
    ApiReplyBase *send(ApiClient &client, const BulkItem &item) const override;
    BulkOutcome classify(const ApiReplyBase &reply) const override;
    std::unique_ptr<BulkItemKind> inverse() const override;
    ApiReplyBase *checkApplied(ApiClient &client, const BulkItem &item) const override;
    Applied readApplied(const ApiReplyBase &reply, const BulkItem &item) const override;

    // The outcome of an AssignOutcome as the engine counts it.
    static BulkOutcome toBulk(const AssignOutcome &outcome, const ApiError &error);

private:
    Action m_action;
    QString m_targetId;
    QString m_targetName;
    QString m_communityName;
    QString m_serverName;
};

} // namespace ra
