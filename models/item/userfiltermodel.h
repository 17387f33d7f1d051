#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QSortFilterProxyModel>

namespace ra {

class UserTableModel;

// The quick local filter and the sort over the rows UserTableModel has loaded so far:
// setQuickFilter() keeps rows whose text fields contain the text (case-insensitive), matched
// against the model's precomputed lowercase keys so 100,000 rows filter in a few milliseconds;
// sorting compares the raw keys (numbers as numbers). New pages are filtered and sorted as they
// arrive. Changing the quick filter while sorted re-sorts the shown rows; for that the proxy
// keeps each loaded row's rank in the sort order (built once per column and data, from 8-byte
// key prefixes), so typing stays fast over 100,000 sorted rows. Does not own the source model;
// GUI thread.
class UserFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit UserFilterModel(QObject *parent = nullptr);

    void setUserModel(UserTableModel *model);
    UserTableModel *userModel() const { return m_model; }

    void setQuickFilter(const QString &text);
    QString quickFilter() const { return m_text; }
    // While a quick filter is set, a view scrolled to the end must not page through the whole
    // community looking for matches: fetching more waits until the filter is cleared.
    bool canFetchMore(const QModelIndex &parent) const override;
    // Builds the ranks of `column` first, so the sort and later filter changes compare numbers.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool keyLess(int left, int right, int column) const;
    // Ranks of every loaded row in the order of `column` (ties in source order).
    void buildRanks(int column);

    QPointer<UserTableModel> m_model;
    QString m_text;
    QByteArray m_needle;   // lowercase UTF-8 of m_text
    QList<quint32> m_rank; // by source row; valid for rows below m_rank.size()
    int m_rankColumn = -1;
};

} // namespace ra
