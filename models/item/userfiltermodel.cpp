#include "item/userfiltermodel.h"

#include "item/usertablemodel.h"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

namespace ra {

namespace {
bool allDigits(QByteArrayView text)
{
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return !text.isEmpty();
}

// The first 8 bytes of a key as a big-endian number: comparing two prefixes orders most keys
// without touching the rows again.
quint64 prefixOf(QByteArrayView key)
{
    quint64 prefix = 0;
    for (int i = 0; i < 8; ++i)
        prefix = (prefix << 8) | (i < key.size() ? quint8(key.at(i)) : 0);
    return prefix;
}
} // namespace

UserFilterModel::UserFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void UserFilterModel::setUserModel(UserTableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_rank.clear();
    // Rows that change or go invalidate the ranks; appended rows simply have none yet.
    if (model) {
        auto drop = [this] {
            m_rank.clear();
        };
        connect(model, &QAbstractItemModel::modelReset, this, drop);
        connect(model, &QAbstractItemModel::rowsRemoved, this, drop);
        connect(model, &QAbstractItemModel::dataChanged, this, drop);
        connect(model, &QAbstractItemModel::layoutChanged, this, drop);
    }
    setSourceModel(model);
}

void UserFilterModel::setQuickFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_needle = trimmed.toLower().toUtf8();
    if (m_model && sortColumn() >= 0 &&
        (sortColumn() != m_rankColumn || m_rank.size() != m_model->rowCount()))
        buildRanks(sortColumn());
    // Not invalidateFilter(): with a view attached it removes and inserts each changed run of
    // rows one signal at a time, which takes seconds over 100,000 rows. invalidate() rebuilds
    // the mapping once (one layout change; persistent indexes and the sort are kept).
    invalidate();
}

bool UserFilterModel::canFetchMore(const QModelIndex &parent) const
{
    return m_needle.isEmpty() && QSortFilterProxyModel::canFetchMore(parent);
}

void UserFilterModel::sort(int column, Qt::SortOrder order)
{
    if (m_model && column >= 0 && column < int(UserTableModel::Column::Count) &&
        (column != m_rankColumn || m_rank.size() != m_model->rowCount()))
        buildRanks(column);
    QSortFilterProxyModel::sort(column, order);
}

bool UserFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty() || !m_model || sourceParent.isValid())
        return true;
    const QByteArrayView key = m_model->searchKey(sourceRow);
    // Byte search over the lowercase UTF-8 key: no QString or QVariant per row.
    return std::string_view(key.data(), size_t(key.size()))
               .find(std::string_view(m_needle.constData(), size_t(m_needle.size()))) !=
           std::string_view::npos;
}

bool UserFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const int column = left.column();
    if (column == m_rankColumn && left.row() < m_rank.size() && right.row() < m_rank.size())
        return m_rank.at(left.row()) < m_rank.at(right.row());
    return keyLess(left.row(), right.row(), column);
}

bool UserFilterModel::keyLess(int left, int right, int columnIndex) const
{
    // Equal keys keep the source order, so this order and the ranks built from it agree.
    const auto column = UserTableModel::Column(columnIndex);
    if (UserTableModel::isNumeric(column)) {
        const qint64 a = m_model->numberAt(left, column);
        const qint64 b = m_model->numberAt(right, column);
        return a != b ? a < b : left < right;
    }
    const QByteArrayView a = m_model->sortKey(left, column);
    const QByteArrayView b = m_model->sortKey(right, column);
    // Legacy numeric ids sort as numbers ("9" before "10").
    if (column == UserTableModel::Column::UserId && a.size() != b.size() && allDigits(a) &&
        allDigits(b))
        return a.size() < b.size();
    const int order = std::string_view(a.data(), size_t(a.size()))
                          .compare(std::string_view(b.data(), size_t(b.size())));
    return order != 0 ? order < 0 : left < right;
}

void UserFilterModel::buildRanks(int column)
{
    const int rows = m_model->rowCount();
    const auto c = UserTableModel::Column(column);
    const bool byPrefix = !UserTableModel::isNumeric(c) && c != UserTableModel::Column::UserId;
    std::vector<std::pair<quint64, int>> order(size_t(rows), {0, 0});
    for (int row = 0; row < rows; ++row)
        order[size_t(row)] = {byPrefix ? prefixOf(m_model->sortKey(row, c)) : 0, row};
    std::stable_sort(order.begin(), order.end(), [&](const auto &a, const auto &b) {
        if (byPrefix && a.first != b.first)
            return a.first < b.first;
        return keyLess(a.second, b.second, column);
    });
    m_rank.resize(rows);
    for (int i = 0; i < rows; ++i)
        m_rank[order[size_t(i)].second] = quint32(i);
    m_rankColumn = column;
}

} // namespace ra
