#include "assign/holdingchip.h"

#include <QApplication>
#include <QCursor>
#include <QDrag>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QToolButton>

namespace ra {

const QString HoldingChip::ownerMimeType = QStringLiteral("application/x-returning-chip-owner");

HoldingChip::HoldingChip(const AssignTarget &target, const QString &ownerId, bool removable,
                         QWidget *panel, QWidget *parent)
    : QFrame(parent)
    , m_target(target)
    , m_ownerId(ownerId)
    , m_removable(removable)
    , m_panel(panel)
    , m_label(new QLabel(target.name, this))
{
    setObjectName(QStringLiteral("holdingChip"));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 1, 2, 1);
    layout->setSpacing(2);
    layout->addWidget(m_label);
    if (m_removable) {
        m_remove = new QToolButton(this);
        m_remove->setText(tr("×", "remove a role or badge chip"));
        m_remove->setAutoRaise(true);
        m_remove->setFocusPolicy(Qt::NoFocus); // Delete on the chip does the same
        m_remove->setToolTip(m_target.kind == AssignTarget::Kind::Role
                                 ? tr("Take the role \"%1\" away (Delete)").arg(m_target.name)
                                 : tr("Remove the badge \"%1\" (Delete)").arg(m_target.name));
        connect(m_remove, &QToolButton::clicked, this, [this] { emit removeRequested(m_target); });
        layout->addWidget(m_remove);
        setToolTip(tr("Delete, or drag it out of the panel, to remove it"));
    }
    setAccessibleName(m_target.describe());
    updateLook();
}

void HoldingChip::keyPressEvent(QKeyEvent *event)
{
    if (m_removable && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) &&
        event->modifiers() == Qt::NoModifier) {
        emit removeRequested(m_target);
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

void HoldingChip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_pressed = true;
        setFocus(Qt::MouseFocusReason);
    }
    QFrame::mousePressEvent(event);
}

void HoldingChip::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_removable || !m_pressed || !(event->buttons() & Qt::LeftButton) ||
        (event->position().toPoint() - m_pressPos).manhattanLength() <
            QApplication::startDragDistance()) {
        QFrame::mouseMoveEvent(event);
        return;
    }
    m_pressed = false;
    auto *drag = new QDrag(this);
    auto *mime = new QMimeData;
    m_target.writeTo(*mime);
    mime->setData(ownerMimeType, m_ownerId.toUtf8());
    drag->setMimeData(mime);
    drag->setPixmap(grab());
    drag->setHotSpot(event->position().toPoint());
    const Qt::DropAction action = drag->exec(Qt::MoveAction | Qt::CopyAction);
    // Nobody took it, and it was let go outside the panel: pulled off.
    const QPoint at = m_panel ? m_panel->mapFromGlobal(QCursor::pos()) : QPoint();
    if (action == Qt::IgnoreAction && m_panel && !m_panel->rect().contains(at))
        emit removeRequested(m_target);
}

void HoldingChip::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    updateLook();
}

void HoldingChip::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    updateLook();
}

void HoldingChip::updateLook()
{
    QPalette pal = palette();
    const QPalette app = QApplication::palette(this);
    pal.setColor(QPalette::Window,
                 hasFocus() ? app.color(QPalette::Highlight) : app.color(QPalette::AlternateBase));
    pal.setColor(QPalette::WindowText, hasFocus() ? app.color(QPalette::HighlightedText)
                                                  : app.color(QPalette::WindowText));
    setPalette(pal);
}

} // namespace ra
