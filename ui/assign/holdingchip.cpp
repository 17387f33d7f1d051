#include "assign/holdingchip.h"

#include <QApplication>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPixmap>
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
        m_remove->setAutoRaise(true);
        m_remove->setFocusPolicy(Qt::NoFocus); // Delete on the chip does the same
        connect(m_remove, &QToolButton::clicked, this, [this] { emit removeRequested(m_target); });
        layout->addWidget(m_remove);
    }
    retranslate();
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
    m_drag.press(this, event);
    QFrame::mousePressEvent(event);
}

void HoldingChip::mouseMoveEvent(QMouseEvent *event)
{
    Qt::DropAction action = Qt::IgnoreAction;
    if (!m_removable || !m_drag.move(this, event, m_target, Qt::MoveAction | Qt::CopyAction,
                                     &action, ownerMimeType, m_ownerId.toUtf8())) {
        QFrame::mouseMoveEvent(event);
        return;
    }
    dragEnded(action, QCursor::pos());
}

void HoldingChip::setSwatch(const QColor &color)
{
    if (!color.isValid())
        return;
    if (!m_swatch) {
        m_swatch = new QLabel(this);
        m_swatch->setAccessibleName(tr("Colour"));
        static_cast<QHBoxLayout *>(layout())->insertWidget(0, m_swatch);
    }
    const int side = fontMetrics().height() * 2 / 3;
    QPixmap dot(side * devicePixelRatio(), side * devicePixelRatio());
    dot.setDevicePixelRatio(devicePixelRatio());
    dot.fill(color);
    m_swatch->setPixmap(dot);
    m_swatch->setToolTip(color.name());
}

void HoldingChip::dragEnded(Qt::DropAction action, const QPoint &globalPos)
{
    // Nobody took it, and it was let go outside the panel: pulled off.
    if (!m_removable || !m_panel || action != Qt::IgnoreAction)
        return;
    if (!m_panel->rect().contains(m_panel->mapFromGlobal(globalPos)))
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

void HoldingChip::retranslate()
{
    if (m_remove) {
        m_remove->setText(tr("×", "remove a role or badge chip"));
        m_remove->setToolTip(m_target.kind == AssignTarget::Kind::Role
                                 ? tr("Take the role \"%1\" away (Delete)").arg(m_target.name)
                                 : tr("Remove the badge \"%1\" (Delete)").arg(m_target.name));
        setToolTip(tr("Delete, or drag it out of the panel, to remove it"));
    }
    if (m_swatch)
        m_swatch->setAccessibleName(tr("Colour"));
    setAccessibleName(m_target.describe());
}

void HoldingChip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
    // A new application palette (a theme switch) reaches the chip as a palette change; the
    // chip's own setPalette() does too, and is told apart by the colours being current already.
    if (event->type() == QEvent::PaletteChange) {
        const QPalette app = QApplication::palette(this);
        const QColor want =
            hasFocus() ? app.color(QPalette::Highlight) : app.color(QPalette::AlternateBase);
        if (palette().color(QPalette::Window) != want)
            updateLook();
    }
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
