#pragma once

#include "assign/assigntarget.h"
#include "panes/apiundocommand.h"

#include <functional>

namespace ra {

class MemberHoldings;
struct AssignOutcome;

// One undo step that gives (or takes) one role or badge to (from) one member: a tile dropped on a
// user row or the detail panel, a chip deleted or dragged out. Redo does it, undo does the
// opposite, both through MemberHoldings. "Already had it" and "did not hold it" count as done (the
// member is as asked); anything else fails the step with the server's reason, and the
// ApiUndoStack puts its index back. `report` (optional) hears every outcome, for a message on
// screen. Borrows MemberHoldings, which outlives the stack; GUI thread.
class AssignCommand : public ApiUndoCommand
{
public:
    using Report =
        std::function<void(const AssignTarget &target, bool gave, const AssignOutcome &outcome)>;

    AssignCommand(MemberHoldings &holdings, const AssignTarget &target, const QString &userId,
                  const QString &userName, bool give, Report report = {});

    const AssignTarget &target() const { return m_target; }
    QString userId() const { return m_userId; }

protected:
    void apply(bool forward, Finished finished) override;

private:
    MemberHoldings &m_holdings;
    AssignTarget m_target;
    QString m_userId;
    bool m_give;
    Report m_report;
    QObject m_context; // drops outcomes that arrive after the command is gone
};

} // namespace ra
