#pragma once

#include <QObject>

class QAbstractItemView;
class QAction;

namespace ra {

// The "History" action on a list of a member's custom fields (the user detail panel's): in the
// view's context menu, for the field of the current row (column 0 names
// it by key or name), it emits requested() with that text. Added from outside the view, so the
// list can change shape without this. Owned by the view. GUI thread.
class FieldHistoryAction : public QObject
{
    Q_OBJECT

public:
    explicit FieldHistoryAction(QAbstractItemView *view);

    QAction *action() const { return m_action; }
    // The field text of the current row, or empty.
    QString currentField() const;

signals:
    void requested(const QString &field);

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void retranslate();

    QAbstractItemView *m_view;
    QAction *m_action;
};

} // namespace ra
