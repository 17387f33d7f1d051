#include "profileitemdelegate.h"

#include <QApplication>
#include <QPainter>

namespace ra {

void ProfileItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, focus

    const QRect r = opt.rect.adjusted(10, 6, -8, -6);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const int iconSize = 22;
    icon.paint(painter, QRect(r.left(), r.center().y() - iconSize / 2, iconSize, iconSize));
    const QRect textRect = r.adjusted(iconSize + 10, 0, 0, 0);

    const bool selected = opt.state & QStyle::State_Selected;
    QColor main = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = main;
    dim.setAlphaF(selected ? 0.85 : 0.6);
    QFont nameFont = opt.font;
    nameFont.setBold(index.data(ActiveRole).toBool());
    QFont detailFont = opt.font;
    detailFont.setPointSizeF(opt.font.pointSizeF() * 0.9);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics detailMetrics(detailFont);
    const int total = nameMetrics.height() + 2 + detailMetrics.height();
    int y = textRect.top() + (textRect.height() - total) / 2;

    painter->save();
    painter->setFont(nameFont);
    painter->setPen(main);
    painter->drawText(QRect(textRect.left(), y, textRect.width(), nameMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideRight, textRect.width()));
    y += nameMetrics.height() + 2;
    painter->setFont(detailFont);
    painter->setPen(dim);
    const QString detail = index.data(DetailRole).toString();
    painter->drawText(QRect(textRect.left(), y, textRect.width(), detailMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      detailMetrics.elidedText(detail, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize ProfileItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont detailFont = option.font;
    detailFont.setPointSizeF(option.font.pointSizeF() * 0.9);
    const int height = option.fontMetrics.height() + 2 + QFontMetrics(detailFont).height() + 2 * 9;
    return {200, height};
}

} // namespace ra
