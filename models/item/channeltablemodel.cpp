#include "item/channeltablemodel.h"

#include "item/languagenotifier.h"
#include "stores/channelstore.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace ra {

namespace {
QString shortDate(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : iso;
}
} // namespace

ChannelTableModel::ChannelTableModel(ChannelStore *store, QObject *parent)
    : KeyedTableModel<Channel>(parent)
{
    retranslateOnLanguageChange(this);
    followStore(store);
}

int ChannelTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QStringList ChannelTableModel::typeKeys()
{
    return {QStringLiteral("open"), QStringLiteral("forum"), QStringLiteral("private")};
}

QString ChannelTableModel::typeName(const QString &typeKey)
{
    if (typeKey == QLatin1String("open"))
        return tr("Open");
    if (typeKey == QLatin1String("forum"))
        return tr("Forum");
    if (typeKey == QLatin1String("private"))
        return tr("Private");
    return typeKey;
}

QVariant ChannelTableModel::displayData(const Channel &channel, Column column) const
{
    switch (column) {
    case Column::Topic:
        return channel.topic;
    case Column::Type:
        return typeName(channel.channelType);
    case Column::Created:
        return shortDate(channel.createdAt);
    case Column::Updated:
        return shortDate(channel.updatedAt);
    case Column::Count:
        break;
    }
    return {};
}

QVariant ChannelTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Channel &c = rows().at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayData(c, column);
    case int(DataRole::Id):
        return c.id;
    case int(DataRole::Sort):
        // ISO dates sort as text; topics case-insensitively.
        if (column == Column::Created)
            return c.createdAt;
        if (column == Column::Updated)
            return c.updatedAt;
        return displayData(c, column).toString().toLower();
    case int(DataRole::SearchText):
        return QString(c.topic + u'\n' + typeName(c.channelType));
    case int(DataRole::TypeKey):
        return c.channelType;
    default:
        return {};
    }
}

QVariant ChannelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Topic:
        return tr("Topic");
    case Column::Type:
        return tr("Type");
    case Column::Created:
        return tr("Created");
    case Column::Updated:
        return tr("Updated");
    case Column::Count:
        break;
    }
    return {};
}

QModelIndex ChannelTableModel::indexOfId(const QString &id, Column column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, int(column));
}

} // namespace ra
