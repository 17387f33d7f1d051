#include "item/channelfiltermodel.h"

#include "item/channeltablemodel.h"

namespace ra {

ChannelFilterModel::ChannelFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(int(ChannelTableModel::DataRole::Sort));
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ChannelFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    // Qt 6.4 has no beginFilterChange(); invalidateFilter() keeps the sort.
    m_search = trimmed;
    invalidateFilter();
}

bool ChannelFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_search.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(int(ChannelTableModel::DataRole::SearchText))
        .toString()
        .contains(m_search, Qt::CaseInsensitive);
}

} // namespace ra
