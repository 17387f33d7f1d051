#include "item/servertablemodel.h"

#include "item/languagenotifier.h"
#include "stores/serverstore.h"

#include <QDateTime>
#include <QLocale>

namespace ra {

ServerTableModel::ServerTableModel(ServerStore *store, QObject *parent)
    : KeyedTableModel<Server>(parent)
{
    retranslateOnLanguageChange(this);
    followStore(store);
}

int ServerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ServerTableModel::displayData(const Server &s, Column column) const
{
    switch (column) {
    case Column::Name:
        return s.name;
    case Column::Uri:
        return s.uri;
    case Column::Domain:
        return s.domain;
    case Column::Description:
        return ServerStore::description(s);
    case Column::Created: {
        const QDateTime t = QDateTime::fromString(s.createdAt, Qt::ISODateWithMs);
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat)
                           : s.createdAt;
    }
    case Column::Count:
        break;
    }
    return {};
}

QVariant ServerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Server &s = rows().at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayData(s, column);
    case int(DataRole::Id):
        return s.id;
    case int(DataRole::Sort):
        // ISO dates sort as text.
        return column == Column::Created ? s.createdAt
                                         : displayData(s, column).toString().toLower();
    case int(DataRole::SearchText):
        return QStringList{s.name, s.uri, s.domain, ServerStore::description(s)}.join(u'\n');
    default:
        return {};
    }
}

QVariant ServerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Uri:
        return tr("URI");
    case Column::Domain:
        return tr("Domain");
    case Column::Description:
        return tr("Description");
    case Column::Created:
        return tr("Created");
    case Column::Count:
        break;
    }
    return {};
}

QModelIndex ServerTableModel::indexOfId(const QString &id, Column column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, int(column));
}

} // namespace ra
