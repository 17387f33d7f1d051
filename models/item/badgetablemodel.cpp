#include "item/badgetablemodel.h"

#include "item/languagenotifier.h"
#include "stores/badgestore.h"
#include "stores/imagecache.h"

#include <QColor>

namespace ra {

BadgeTableModel::BadgeTableModel(BadgeStore *store, ImageCache *images, QObject *parent)
    : KeyedTableModel<Badge>(parent)
    , m_images(images)
{
    retranslateOnLanguageChange(this);
    followStore(store);
    if (images) {
        connect(images, &ImageCache::imageLoaded, this, &BadgeTableModel::imageArrived);
        connect(images, &ImageCache::imageFailed, this, &BadgeTableModel::imageArrived);
    }
}

int BadgeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString BadgeTableModel::lightImageUrl(const Badge &badge)
{
    return badge.enabledDarkAndLight && !badge.lightImage.isEmpty() ? badge.lightImage
                                                                    : badge.image;
}

QString BadgeTableModel::darkImageUrl(const Badge &badge)
{
    return badge.enabledDarkAndLight && !badge.darkImage.isEmpty() ? badge.darkImage : badge.image;
}

QVariant BadgeTableModel::displayData(const Badge &b, Column column) const
{
    switch (column) {
    case Column::Name:
        return b.title;
    case Column::Description:
        return b.description;
    case Column::Action:
        return b.action;
    case Column::Quantity:
        return QString::number(b.quantity);
    case Column::Xp:
        return b.award ? tr("%1 XP").arg(b.awardXpQuantity) : tr("No");
    case Column::Currency:
        return b.awardCurrency ? tr("%1 coins").arg(b.awardCurrencyQuantity) : tr("No");
    case Column::Attachment:
        return b.attachRequired ? tr("Required") : tr("No");
    case Column::LightImage:
    case Column::DarkImage:
    case Column::Count:
        break;
    }
    return {};
}

QVariant BadgeTableModel::sortData(const Badge &b, Column column) const
{
    switch (column) {
    case Column::Quantity:
        return b.quantity;
    case Column::Xp:
        return b.award ? b.awardXpQuantity : -1;
    case Column::Currency:
        return b.awardCurrency ? b.awardCurrencyQuantity : -1;
    case Column::Attachment:
        return b.attachRequired;
    case Column::LightImage:
        return lightImageUrl(b);
    case Column::DarkImage:
        return darkImageUrl(b);
    default:
        return displayData(b, column).toString().toLower();
    }
}

QVariant BadgeTableModel::imageData(const QString &url, int role) const
{
    ImageState state = ImageState::None;
    QImage image;
    if (!url.isEmpty() && m_images) {
        image = m_images->image(url);
        state = !image.isNull()                     ? ImageState::Loaded
                : !m_images->failure(url).isEmpty() ? ImageState::Failed
                                                    : ImageState::Loading;
    } else if (!url.isEmpty()) {
        state = ImageState::Failed;
    }
    switch (role) {
    case Qt::DecorationRole: {
        if (image.isNull())
            return {};
        auto it = m_thumbnails.constFind(url);
        if (it == m_thumbnails.constEnd())
            it = m_thumbnails.insert(url,
                                     image.scaled(thumbnailSize, thumbnailSize, Qt::KeepAspectRatio,
                                                  Qt::SmoothTransformation));
        return *it;
    }
    case Qt::DisplayRole:
        if (state == ImageState::Loading)
            return tr("Loading…");
        if (state == ImageState::Failed)
            return tr("Unavailable");
        return state == ImageState::None ? tr("None") : QVariant();
    case Qt::ToolTipRole:
        if (state == ImageState::Failed)
            return m_images ? m_images->failure(url) : url;
        return url;
    case int(DataRole::ImageUrl):
        return url;
    case int(DataRole::ImageState):
        return int(state);
    default:
        return {};
    }
}

QVariant BadgeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Badge &b = rows().at(index.row());
    const auto column = Column(index.column());
    if (role == int(DataRole::Id))
        return b.id;
    if (role == int(DataRole::Sort))
        return sortData(b, column);
    if (role == int(DataRole::SearchText))
        return QString(b.title + u'\n' + b.description + u'\n' + b.action);
    // The dark-theme image on a dark ground, as members with the dark theme see it.
    if (column == Column::DarkImage && role == Qt::BackgroundRole)
        return QColor(0x26, 0x28, 0x2c);
    if (column == Column::DarkImage && role == Qt::ForegroundRole)
        return QColor(0xe8, 0xea, 0xed);
    if (column == Column::LightImage || column == Column::DarkImage)
        return imageData(column == Column::LightImage ? lightImageUrl(b) : darkImageUrl(b), role);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(b, column);
    case Qt::ToolTipRole:
        return column == Column::Description ? QVariant(b.description) : QVariant();
    case Qt::TextAlignmentRole:
        if (column == Column::Quantity || column == Column::Xp || column == Column::Currency)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant BadgeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && Column(section) == Column::Quantity)
        return tr("The badge's quantity as the API gives it: a count, with no unit and no "
                  "documented meaning.");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::LightImage:
        return tr("Light");
    case Column::DarkImage:
        return tr("Dark");
    case Column::Name:
        return tr("Name");
    case Column::Description:
        return tr("Description");
    case Column::Action:
        return tr("Action");
    case Column::Quantity:
        return tr("Quantity");
    case Column::Xp:
        return tr("Awards XP");
    case Column::Currency:
        return tr("Awards currency");
    case Column::Attachment:
        return tr("Attachment");
    case Column::Count:
        break;
    }
    return {};
}

QModelIndex BadgeTableModel::indexOfId(const QString &id, Column column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, int(column));
}

void BadgeTableModel::imageArrived(const QString &url)
{
    m_thumbnails.remove(url);
    for (int row = 0; row < rowCount(); ++row) {
        const Badge &b = rows().at(row);
        if (lightImageUrl(b) == url)
            emit dataChanged(index(row, int(Column::LightImage)),
                             index(row, int(Column::LightImage)));
        if (darkImageUrl(b) == url)
            emit dataChanged(index(row, int(Column::DarkImage)),
                             index(row, int(Column::DarkImage)));
    }
}

} // namespace ra
