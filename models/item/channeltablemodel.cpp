#include "item/channeltablemodel.h"

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
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (!store)
        return;
    connect(store, &ChannelStore::loaded, this, &ChannelTableModel::syncFromStore);
    connect(store, &ChannelStore::added, this, &ChannelTableModel::onAdded);
    connect(store, &ChannelStore::changed, this, &ChannelTableModel::onChanged);
    connect(store, &ChannelStore::removed, this, &ChannelTableModel::onRemoved);
    m_rows = store->channels();
}

int ChannelTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    const Channel &c = m_rows.at(index.row());
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

QString ChannelTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int ChannelTableModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

void ChannelTableModel::syncFromStore()
{
    if (!m_store)
        return;
    const QList<Channel> &fresh = m_store->channels();
    QHash<QString, int> freshIndex;
    for (int i = 0; i < fresh.size(); ++i)
        freshIndex.insert(fresh.at(i).id, i);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!freshIndex.contains(m_rows.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    QSet<QString> present;
    for (int row = 0; row < m_rows.size(); ++row) {
        present.insert(m_rows.at(row).id);
        m_rows[row] = fresh.at(freshIndex.value(m_rows.at(row).id));
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(Column::Count) - 1));
    QList<Channel> fresher;
    for (const Channel &c : fresh) {
        if (!present.contains(c.id))
            fresher.append(c);
    }
    if (!fresher.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresher.size()) - 1);
        m_rows.append(fresher);
        endInsertRows();
    }
}

void ChannelTableModel::onAdded(const Channel &channel)
{
    if (rowOf(channel.id) >= 0)
        return onChanged(channel);
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(channel);
    endInsertRows();
}

void ChannelTableModel::onChanged(const Channel &channel)
{
    const int row = rowOf(channel.id);
    if (row < 0)
        return onAdded(channel);
    m_rows[row] = channel;
    emit dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
}

void ChannelTableModel::onRemoved(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

} // namespace ra
