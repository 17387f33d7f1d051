#include "assign/targetdropfilter.h"

#include "assign/holdingchip.h"

#include <QDropEvent>
#include <QMimeData>
#include <QWidget>

namespace ra {

TargetDropFilter::TargetDropFilter(QWidget *watched, UserAt userAt)
    : QObject(watched)
    , m_userAt(std::move(userAt))
{
    watched->setAcceptDrops(true);
    watched->installEventFilter(this);
}

bool TargetDropFilter::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return QObject::eventFilter(watched, event);
    auto *drop = static_cast<QDropEvent *>(event); // QDragEnterEvent and QDragMoveEvent derive
    if (!drop->mimeData() || !drop->mimeData()->hasFormat(AssignTarget::targetMimeType))
        return QObject::eventFilter(watched, event);
    const std::optional<AssignTarget> target = AssignTarget::readFrom(*drop->mimeData());
    QString userId = target ? m_userAt(drop->position().toPoint()) : QString();
    // A chip let go over the member it came from changes nothing.
    if (!userId.isEmpty() && drop->mimeData()->data(HoldingChip::ownerMimeType) == userId.toUtf8())
        userId.clear();
    if (type == QEvent::DragEnter) {
        // Enter must be accepted for moves to follow, even over a spot with nobody.
        drop->setDropAction(Qt::CopyAction);
        drop->setAccepted(target.has_value());
        return true;
    }
    if (userId.isEmpty()) {
        drop->ignore();
        return true;
    }
    drop->setDropAction(Qt::CopyAction);
    drop->accept();
    if (type == QEvent::Drop)
        emit targetDropped(*target, userId);
    return true;
}

} // namespace ra
