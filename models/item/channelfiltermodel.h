#pragma once

#include <QSortFilterProxyModel>

namespace ra {

// Search and sort over ChannelTableModel: setSearchText() keeps rows whose topic or type
// contains the text (case-insensitive); sorting uses ChannelTableModel::DataRole::Sort.
// GUI thread.
class ChannelFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ChannelFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
};

} // namespace ra
