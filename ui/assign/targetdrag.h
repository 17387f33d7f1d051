#pragma once

#include "assign/assigntarget.h"

#include <QPoint>

class QMouseEvent;
class QWidget;

namespace ra {

// What a palette tile and a member chip share when dragged: a left-button press, then a move
// past the platform's drag distance, starts a drag carrying an AssignTarget (and, for a chip,
// the member it came from in `extraFormat`). Value type, one per source widget; GUI thread.
class TargetDrag
{
public:
    // Remembers a left-button press on `source` and gives it focus.
    void press(QWidget *source, const QMouseEvent *event);
    // Runs the drag once the press moved far enough; false (nothing done) before that. The drop
    // action the drag ended with goes to `*action`.
    bool move(QWidget *source, const QMouseEvent *event, const AssignTarget &target,
              Qt::DropActions actions, Qt::DropAction *action, const QString &extraFormat = {},
              const QByteArray &extraData = {});

private:
    QPoint m_pressPos;
    bool m_pressed = false;
};

} // namespace ra
