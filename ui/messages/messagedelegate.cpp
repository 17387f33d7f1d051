#include "messages/messagedelegate.h"

#include "messages/messagefeed.h"
#include "stores/imagecache.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace ra {

MessageDelegate::MessageDelegate(ImageCache *images, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_images(images)
{
}

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem &option,
                                                const QModelIndex &index, int width) const
{
    Layout l;
    const int depth = index.data(MessageFeed::DepthRole).toInt();
    const int left = margin + depth * indent;
    const int inner = qMax(40, width - left - margin);
    const QFontMetrics fm(option.font);
    int y = margin;
    l.header = QRect(left, y, inner, fm.height());
    y += fm.height() + 2;
    const QString text = index.data(MessageFeed::TextRole).toString();
    if (!text.isEmpty()) {
        const QRect bound = fm.boundingRect(QRect(0, 0, inner, 1 << 20),
                                            Qt::TextWordWrap | Qt::TextWrapAnywhere, text);
        l.text = QRect(left, y, inner, bound.height());
        y += bound.height() + 2;
    }
    const int images = int(index.data(MessageFeed::ImagesRole).toStringList().size());
    if (images > 0) {
        const int perRow = qMax(1, inner / (thumbWidth + margin));
        const int rows = (images + perRow - 1) / perRow;
        l.images = QRect(left, y, inner, rows * (thumbHeight + margin));
        y += l.images.height();
    }
    if (!index.data(MessageFeed::ReactionsRole).toString().isEmpty()) {
        l.reactions = QRect(left, y, inner, fm.height());
        y += fm.height() + 2;
    }
    l.height = y + margin;
    return l;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = m_width > 0 ? m_width : (option.rect.width() > 0 ? option.rect.width() : 400);
    const QString id = index.data(MessageFeed::IdRole).toString();
    const QString reactions = index.data(MessageFeed::ReactionsRole).toString();
    const auto found = m_heights.constFind(id);
    if (found != m_heights.constEnd() && found->width == width && found->reactions == reactions)
        return QSize(width, found->height);
    const int height = layout(option, index, width).height;
    m_heights.insert(id, Cached{width, height, reactions});
    return QSize(width, height);
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const Layout l = layout(option, index, option.rect.width());
    painter->save();
    painter->translate(option.rect.topLeft());
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    const QColor ink = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    QColor faint = ink;
    faint.setAlphaF(0.6f);
    if (index.data(MessageFeed::DepthRole).toInt() > 0) {
        painter->setPen(QPen(faint, 2));
        const int x = l.header.left() - indent / 2;
        painter->drawLine(x, margin, x, l.height - margin);
    }
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(ink);
    const QString author = index.data(MessageFeed::AuthorRole).toString();
    painter->drawText(l.header, Qt::AlignLeft | Qt::AlignVCenter, author);
    const int authorWidth = QFontMetrics(bold).horizontalAdvance(author) + 10;
    painter->setFont(option.font);
    painter->setPen(faint);
    const QDateTime time = index.data(MessageFeed::TimeRole).toDateTime().toLocalTime();
    QString when = QLocale().toString(time, QLocale::ShortFormat);
    if (index.data(MessageFeed::ParentMissingRole).toBool())
        when += QStringLiteral("  ·  ") + tr("reply to an earlier message");
    painter->drawText(l.header.adjusted(authorWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      when);
    painter->setPen(ink);
    if (!l.text.isEmpty())
        painter->drawText(l.text, Qt::TextWordWrap | Qt::TextWrapAnywhere,
                          index.data(MessageFeed::TextRole).toString());
    const QStringList images = index.data(MessageFeed::ImagesRole).toStringList();
    int x = l.images.left();
    int y = l.images.top();
    for (const QString &url : images) {
        if (x + thumbWidth > l.images.right() && x > l.images.left()) {
            x = l.images.left();
            y += thumbHeight + margin;
        }
        const QRect box(x, y, thumbWidth, thumbHeight);
        const QImage image = m_images ? m_images->image(url) : QImage();
        if (!image.isNull()) {
            const QImage scaled =
                image.scaled(box.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
            painter->drawImage(box.topLeft(), scaled);
        } else {
            painter->setPen(faint);
            painter->drawRect(box.adjusted(0, 0, -1, -1));
            const QString why = m_images ? m_images->failure(url) : QString();
            painter->drawText(box.adjusted(4, 4, -4, -4), Qt::AlignCenter | Qt::TextWordWrap,
                              why.isEmpty() ? tr("Loading image…") : why);
            painter->setPen(ink);
        }
        x += thumbWidth + margin;
    }
    if (!l.reactions.isEmpty())
        painter->drawText(l.reactions, Qt::AlignLeft | Qt::AlignVCenter,
                          index.data(MessageFeed::ReactionsRole).toString());
    painter->restore();
}

} // namespace ra
