#pragma once

#include <QSortFilterProxyModel>

namespace ra {

// Search and sort over RoleTableModel: setSearchText() keeps rows whose name, description or
// colour contains the text (case-insensitive); sorting uses the raw values of
// RoleTableModel::DataRole::Sort, so numbers sort as numbers. GUI thread.
class RoleFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RoleFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
};

} // namespace ra
