#pragma once

#include "assign/assigntarget.h"

#include <QList>
#include <QWidget>

class QLabel;

namespace ra {

class HoldingChip;
class MemberHoldings;
class TileFlowLayout;
class UserDetailStore;

// The roles and badges of the member shown in the user detail panel, as chips. Roles come from
// the server (Get role list of user, through the UserDetailStore); badges only from award
// replies seen in this session (MemberHoldings), which the row says on screen, because the API
// has no call that lists a member's badges. A chip asks for its removal through
// removeRequested(); the composition root makes that an undo step. Follows the store and the
// holdings; borrows both. GUI thread.
class HoldingChips : public QWidget
{
    Q_OBJECT

public:
    HoldingChips(UserDetailStore &details, MemberHoldings &holdings, QWidget *parent = nullptr);

    QList<HoldingChip *> chips() const { return m_chips; }
    // Dragging a chip outside `panel` removes it (default: this widget).
    void setPanel(QWidget *panel) { m_panel = panel; }
    HoldingChip *chip(AssignTarget::Kind kind, const QString &id) const;

signals:
    void removeRequested(const ra::AssignTarget &target, const QString &userId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    HoldingChip *addChip(const AssignTarget &target, bool removable, QWidget *box,
                         TileFlowLayout *flow);

    UserDetailStore &m_details;
    MemberHoldings &m_holdings;
    QLabel *m_rolesTitle;
    QWidget *m_roleBox;
    TileFlowLayout *m_roleFlow;
    QLabel *m_rolesNote;
    QLabel *m_badgesTitle;
    QWidget *m_badgeBox;
    TileFlowLayout *m_badgeFlow;
    QLabel *m_badgesNote;
    QList<HoldingChip *> m_chips;
    QWidget *m_panel = nullptr;
};

} // namespace ra
