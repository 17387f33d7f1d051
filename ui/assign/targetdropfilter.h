#pragma once

#include "assign/assigntarget.h"

#include <QObject>
#include <QPoint>

#include <functional>

class QWidget;

namespace ra {

// Lets a palette tile be dropped on a widget that stands for members: a row of the Users table
// (install it on the view's viewport) or the user detail panel. `userAt` names the member under a
// point of the watched widget (empty: nobody, the drop is refused). Only our target type is
// taken; every other drag goes on to the widget's own handling. Emits targetDropped(). Owned by
// the watched widget; GUI thread.
class TargetDropFilter : public QObject
{
    Q_OBJECT

public:
    using UserAt = std::function<QString(const QPoint &pos)>;

    TargetDropFilter(QWidget *watched, UserAt userAt);

signals:
    void targetDropped(const ra::AssignTarget &target, const QString &userId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    UserAt m_userAt;
};

} // namespace ra
