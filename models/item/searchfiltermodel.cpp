#include "item/searchfiltermodel.h"

namespace ra {

SearchFilterModel::SearchFilterModel(int searchRole, int sortRole, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_searchRole(searchRole)
{
    setSortRole(sortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void SearchFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    // Qt 6.4 has no beginFilterChange(); invalidateFilter() keeps the sort.
    m_search = trimmed;
    invalidateFilter();
}

Qt::ItemFlags SearchFilterModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QSortFilterProxyModel::flags(index);
    if (index.isValid() && index.column() == m_editableColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool SearchFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_search.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(m_searchRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace ra
