#pragma once

#include <QStyledItemDelegate>

namespace ra {

// Draws a profile row of ProfileListWidget in two lines: the name (bold when
// it is the active profile) over a dimmer detail line (environment,
// built-in, active). GUI thread; owned by the list.
class ProfileItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int DetailRole = Qt::UserRole + 2;
    static constexpr int ActiveRole = Qt::UserRole + 3;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ra
