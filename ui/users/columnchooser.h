#pragma once

#include <QObject>
#include <QPointer>

class QHeaderView;
class QMenu;

namespace ra {

// The column chooser of a table: right-click the horizontal header for a menu with one
// checkable entry per column (titles from the model's header data); unchecking hides the
// column. The last visible column cannot be hidden. "Show All Columns" restores every column.
// Emits changed() after each change so the owner can persist QHeaderView::saveState().
// Parented to the header it serves; GUI thread.
class ColumnChooser : public QObject
{
    Q_OBJECT

public:
    explicit ColumnChooser(QHeaderView *header);

    // The menu for the header as it is now (caller owns it); what the context menu shows.
    QMenu *createMenu(QWidget *parent) const;
    // Logical indexes of the visible columns in their visual order.
    QList<int> visibleColumns() const;
    void setColumnVisible(int logical, bool visible);

signals:
    void changed();

private:
    void showMenu(const QPoint &pos);

    QPointer<QHeaderView> m_header;
};

} // namespace ra
