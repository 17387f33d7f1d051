#pragma once

#include <QHash>
#include <QPointer>
#include <QStyledItemDelegate>

namespace ra {

class ImageCache;

// Paints one message of a MessageFeed: the author and time on the first line (and "reply to an
// earlier message" for a reply whose parent is not loaded), the text wrapped to the view's
// width, the message's images as thumbnails (from the ImageCache, a frame with the reason while
// one loads or fails), and its reactions. Replies are indented under their parent. Heights are
// cached per message and width, so laying out thousands of rows again after more were loaded
// only measures the new ones. Borrows the cache; GUI thread.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int indent = 28;
    static constexpr int thumbWidth = 160;
    static constexpr int thumbHeight = 110;
    static constexpr int margin = 6;

    explicit MessageDelegate(ImageCache *images, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Forgets cached heights (a new font or language).
    void clearCache() { m_heights.clear(); }
    // The width rows are laid out at: the view's viewport (a list view does not say it to
    // sizeHint()).
    void setWidth(int width) { m_width = width; }
    int width() const { return m_width; }

private:
    struct Cached
    {
        int width = 0;
        int height = 0;
        QString reactions;
    };
    struct Layout
    {
        QRect header;
        QRect text;
        QRect images;
        QRect reactions;
        int height = 0;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;

    QPointer<ImageCache> m_images;
    mutable QHash<QString, Cached> m_heights;
    int m_width = 0;
};

} // namespace ra
