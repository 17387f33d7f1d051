#include "item/rolefiltermodel.h"

#include "item/roletablemodel.h"

namespace ra {

RoleFilterModel::RoleFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(int(RoleTableModel::DataRole::Sort));
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void RoleFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    // Qt 6.4 has no beginFilterChange(); invalidateFilter() keeps the sort.
    m_search = trimmed;
    invalidateFilter();
}

bool RoleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_search.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(int(RoleTableModel::DataRole::SearchText))
        .toString()
        .contains(m_search, Qt::CaseInsensitive);
}

} // namespace ra
