#pragma once

#include <QSortFilterProxyModel>

namespace ra {

// A proxy over CsvPreviewModel: setProblemsOnly(true) keeps only the rows
// with problems (CsvPreviewModel::DataRole::RowHasProblem). GUI thread.
class CsvProblemFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CsvProblemFilterModel(QObject *parent = nullptr);

    void setProblemsOnly(bool only);
    bool problemsOnly() const { return m_problemsOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_problemsOnly = false;
};

} // namespace ra
