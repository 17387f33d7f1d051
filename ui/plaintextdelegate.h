#pragma once

#include <QStyledItemDelegate>

namespace ra {

// An item delegate for big read-only tables of one-line text (the Users table): it draws the
// style's item panel (background, selection, hover) and the text with a single QPainter::drawText
// at a computed baseline, eliding only when the text does not fit. QStyledItemDelegate lays every
// cell out with QTextLayout and line breaking, which is most of the time a table spends
// repainting 30 rows after each page arrives. Items with an icon, a check box or several lines
// fall back to QStyledItemDelegate. Stateless; GUI thread.
class PlainTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace ra
