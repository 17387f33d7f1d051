#include "overview/countseriesmodel.h"

#include <QDate>
#include <QLocale>

#include <algorithm>

namespace ra {

CountSeriesModel::CountSeriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CountSeriesModel::setRanges(const QList<Range> &ranges)
{
    beginResetModel();
    m_ranges = ranges;
    endResetModel();
}

void CountSeriesModel::setCount(int row, qint64 count)
{
    if (row < 0 || row >= m_ranges.size() || m_ranges.at(row).count == count)
        return;
    m_ranges[row].count = count;
    emit dataChanged(index(row, Members), index(row, Members));
}

void CountSeriesModel::truncate(int rows)
{
    if (rows < 0 || rows >= m_ranges.size())
        return;
    beginRemoveRows({}, rows, int(m_ranges.size()) - 1);
    m_ranges.resize(rows);
    endRemoveRows();
}

void CountSeriesModel::clear()
{
    setRanges({});
}

bool CountSeriesModel::isComplete() const
{
    return std::all_of(m_ranges.cbegin(), m_ranges.cend(),
                       [](const Range &r) { return r.count >= 0; });
}

qint64 CountSeriesModel::sum() const
{
    qint64 total = 0;
    for (const Range &r : m_ranges)
        total += std::max<qint64>(0, r.count);
    return total;
}

int CountSeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ranges.size());
}

int CountSeriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CountSeriesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ranges.size())
        return {};
    const Range &r = m_ranges.at(index.row());
    auto raw = [](const QVariant &v) -> QVariant {
        if (v.isNull())
            return QString();
        if (v.typeId() == QMetaType::QDate)
            return v.toDate().toString(Qt::ISODate);
        return v;
    };
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case From:
            return raw(r.from);
        case To:
            return raw(r.to);
        case Members:
            return r.count >= 0 ? QVariant(r.count) : QVariant(QString());
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case From:
            return r.label;
        case To:
            return r.to.typeId() == QMetaType::QDate
                       ? QLocale().toString(r.to.toDate(), QLocale::ShortFormat)
                       : (r.to.isNull() ? QString() : QLocale().toString(r.to.toLongLong()));
        case Members:
            return r.count >= 0 ? QLocale().toString(r.count) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Members)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CountSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Members:
        return tr("Members");
    default:
        return {};
    }
}

} // namespace ra
