#include "assign/targetdrag.h"

#include <QApplication>
#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>
#include <QWidget>

namespace ra {

void TargetDrag::press(QWidget *source, const QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressPos = event->position().toPoint();
    m_pressed = true;
    source->setFocus(Qt::MouseFocusReason);
}

bool TargetDrag::move(QWidget *source, const QMouseEvent *event, const AssignTarget &target,
                      Qt::DropActions actions, Qt::DropAction *action, const QString &extraFormat,
                      const QByteArray &extraData)
{
    if (!m_pressed || !(event->buttons() & Qt::LeftButton) ||
        (event->position().toPoint() - m_pressPos).manhattanLength() <
            QApplication::startDragDistance())
        return false;
    m_pressed = false;
    auto *drag = new QDrag(source);
    auto *mime = new QMimeData;
    target.writeTo(*mime);
    if (!extraFormat.isEmpty())
        mime->setData(extraFormat, extraData);
    drag->setMimeData(mime);
    drag->setPixmap(source->grab());
    drag->setHotSpot(event->position().toPoint());
    *action = drag->exec(actions);
    return true;
}

} // namespace ra
