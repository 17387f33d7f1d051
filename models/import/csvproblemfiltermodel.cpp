#include "csvproblemfiltermodel.h"

#include "csvpreviewmodel.h"

namespace ra {

CsvProblemFilterModel::CsvProblemFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Problems change under the rows (edits, rescans): filter again then.
    setDynamicSortFilter(true);
}

void CsvProblemFilterModel::setProblemsOnly(bool only)
{
    if (only == m_problemsOnly)
        return;
    m_problemsOnly = only;
    invalidateFilter();
}

bool CsvProblemFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_problemsOnly)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(int(CsvPreviewModel::DataRole::RowHasProblem)).toBool();
}

} // namespace ra
