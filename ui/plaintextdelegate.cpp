#include "plaintextdelegate.h"

#include <QApplication>
#include <QPainter>

namespace ra {

void PlainTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto special = QStyleOptionViewItem::HasDecoration |
                         QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::WrapText;
    if ((opt.features & special) || opt.text.contains(QChar::LineSeparator) ||
        opt.text.contains(u'\n')) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    painter->save();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    // The text rectangle and margin QCommonStyle uses for item text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                               .adjusted(margin, 0, -margin, 0);
    if (!opt.text.isEmpty() && textRect.width() > 0) {
        const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                           : (opt.state & QStyle::State_Active)
                                               ? QPalette::Normal
                                               : QPalette::Inactive;
        painter->setPen(opt.palette.color(group, (opt.state & QStyle::State_Selected)
                                                     ? QPalette::HighlightedText
                                                     : QPalette::Text));
        painter->setFont(opt.font);
        const QFontMetrics &fm = opt.fontMetrics;
        QString text = opt.text;
        int width = fm.horizontalAdvance(text);
        if (width > textRect.width()) {
            text = fm.elidedText(text, opt.textElideMode, textRect.width());
            width = fm.horizontalAdvance(text);
        }
        const Qt::Alignment align = QStyle::visualAlignment(opt.direction, opt.displayAlignment);
        int x = textRect.left();
        if (align & Qt::AlignRight)
            x = textRect.right() + 1 - width;
        else if (align & Qt::AlignHCenter)
            x = textRect.left() + (textRect.width() - width) / 2;
        int y = textRect.top() + (textRect.height() - fm.height()) / 2;
        if (align & Qt::AlignTop)
            y = textRect.top();
        else if (align & Qt::AlignBottom)
            y = textRect.bottom() + 1 - fm.height();
        painter->setClipRect(textRect, Qt::IntersectClip);
        painter->drawText(QPoint(x, y + fm.ascent()), text);
    }
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &opt, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor = opt.palette.color(
            (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled,
            (opt.state & QStyle::State_Selected) ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

} // namespace ra
