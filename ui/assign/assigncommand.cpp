#include "assign/assigncommand.h"

#include "assign/memberholdings.h"

namespace ra {

AssignCommand::AssignCommand(MemberHoldings &holdings, const AssignTarget &target,
                             const QString &userId, const QString &userName, bool give,
                             Report report)
    : m_holdings(holdings)
    , m_target(target)
    , m_userId(userId)
    , m_give(give)
    , m_report(std::move(report))
{
    const QString who = userName.isEmpty() ? userId : userName;
    if (target.kind == AssignTarget::Kind::Badge) {
        setText(give ? QCoreApplication::translate("ra::AssignCommand", "award %1 to %2")
                           .arg(target.describe(), who)
                     : QCoreApplication::translate("ra::AssignCommand", "remove %1 from %2")
                           .arg(target.describe(), who));
    } else {
        setText(give ? QCoreApplication::translate("ra::AssignCommand", "give %1 to %2")
                           .arg(target.describe(), who)
                     : QCoreApplication::translate("ra::AssignCommand", "take %1 from %2")
                           .arg(target.describe(), who));
    }
}

void AssignCommand::apply(bool forward, Finished finished)
{
    const bool give = forward == m_give;
    auto done = [this, give, finished](const AssignOutcome &outcome) {
        if (m_report)
            m_report(m_target, give, outcome);
        if (outcome.succeeded()) {
            finished({});
            return;
        }
        ApiError error = ApiError::make(ApiError::Kind::Server, outcome.reason);
        error.httpStatus = outcome.httpStatus;
        error.serverMessage = outcome.reason;
        finished(error);
    };
    if (give)
        m_holdings.give(m_target, m_userId, &m_context, done);
    else
        m_holdings.take(m_target, m_userId, &m_context, done);
}

} // namespace ra
