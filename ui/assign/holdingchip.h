#pragma once

#include "assign/assigntarget.h"
#include "assign/targetdrag.h"

#include <QColor>
#include <QFrame>

class QLabel;
class QToolButton;

namespace ra {

// One role or badge a member holds, shown as a chip in the user detail panel: its name and a
// remove button. Delete or Backspace on the focused chip, the button, or dragging the chip out of
// the panel (dropped anywhere that does not take it) asks for removal through removeRequested();
// the chip removes nothing itself. A chip that cannot be taken away (the everyone role "@all")
// has no button and ignores those. GUI thread.
class HoldingChip : public QFrame
{
    Q_OBJECT

public:
    // The drag format naming the member a chip was pulled from, so dropping it back on that
    // member is no change.
    static const QString ownerMimeType;

    HoldingChip(const AssignTarget &target, const QString &ownerId, bool removable, QWidget *panel,
                QWidget *parent = nullptr);

    const AssignTarget &target() const { return m_target; }
    bool isRemovable() const { return m_removable; }
    QToolButton *removeButton() const { return m_remove; }
    // A role's colour as a small swatch before its name (as on the palette's tiles).
    void setSwatch(const QColor &color);

    // A drag of this chip ended with `action` where the pointer was let go (global): nobody took
    // it and it left the panel, so the member loses it (removeRequested()). A drop inside the
    // panel, or one a target took (a user row), removes nothing.
    void dragEnded(Qt::DropAction action, const QPoint &globalPos);

signals:
    void removeRequested(const ra::AssignTarget &target);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void retranslate();
    void updateLook();

    AssignTarget m_target;
    QString m_ownerId;
    bool m_removable;
    QWidget *m_panel; // dropping the chip outside this widget removes it
    QLabel *m_label;
    QLabel *m_swatch = nullptr;
    QToolButton *m_remove = nullptr;
    TargetDrag m_drag;
};

} // namespace ra
