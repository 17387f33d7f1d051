#pragma once

#include <QSortFilterProxyModel>

namespace ra {

// Search and sort over an entity table (KeyedTableModel): setSearchText() keeps rows whose
// search-text role contains the text (case-insensitive); sorting uses the sort role's raw
// values, so numbers sort as numbers and dates as dates. The entity proxies (RoleFilterModel,
// BadgeFilterModel, ...) derive from it with their model's roles. GUI thread.
class SearchFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    SearchFilterModel(int searchRole, int sortRole, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Marks `column` editable (ItemIsEditable) so a view can open an in-place editor on it; -1
    // (the default) marks none. The proxy never writes: whoever commits the editor sends the
    // change through the store.
    void setEditableColumn(int column) { m_editableColumn = column; }
    int editableColumn() const { return m_editableColumn; }
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_searchRole;
    QString m_search;
    int m_editableColumn = -1;
};

} // namespace ra
