#pragma once

#include "domain/badge.h"

#include "item/keyedtablemodel.h"

#include <QHash>
#include <QImage>
#include <QPointer>

namespace ra {

class BadgeStore;
class ImageCache;

// A table over BadgeStore: one row per badge with its light and dark image (a thumbnail from the
// ImageCache as DecorationRole, loaded on first show), name, description, action, quantity and
// award settings. Rows follow the store's signals and a reload is a diff by id, so views keep
// selection and scroll position. Search and sort belong to BadgeFilterModel. Borrows the store
// and the cache (both optional); GUI thread.
class BadgeTableModel : public KeyedTableModel<Badge>
{
    Q_OBJECT

public:
    enum class Column {
        LightImage,
        DarkImage,
        Name,
        Description,
        Action,
        Quantity,
        Xp,
        Currency,
        Attachment,
        Count
    };
    enum class DataRole {
        Id = Qt::UserRole + 1,
        Sort,       // raw value used for sorting
        SearchText, // name, description and action in one string
        ImageUrl,   // the URL behind an image column
        ImageState, // ImageState of an image column
    };
    enum class ImageState { None, Loading, Loaded, Failed };
    static constexpr int thumbnailSize = 40;

    explicit BadgeTableModel(BadgeStore *store, ImageCache *images = nullptr,
                             QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QModelIndex indexOfId(const QString &id, Column column = Column::Name) const;

    // The image shown for the light and the dark theme (the badge's `image` when it has no
    // separate light/dark pair).
    static QString lightImageUrl(const Badge &badge);
    static QString darkImageUrl(const Badge &badge);

private:
    QVariant displayData(const Badge &badge, Column column) const;
    QVariant sortData(const Badge &badge, Column column) const;
    QVariant imageData(const QString &url, int role) const;
    void imageArrived(const QString &url);

    QPointer<ImageCache> m_images;
    mutable QHash<QString, QImage> m_thumbnails;
};

} // namespace ra
