#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QVariant>

namespace ra {

// One chart of the Overview: members counted per range (a week of join dates, a band of XP or
// coins), in order. Columns: From, To (the range's bounds as the API takes them: ISO dates or
// numbers; To is empty for an open range) and Members. Qt::DisplayRole of From is the bar's
// label ("1,000–9,999", "12 Oct"); Qt::EditRole is the raw value, which the CSV export writes.
// A count not known yet (its request is on its way or failed) is -1 and shows as empty. Owned by
// its CommunityOverview; GUI thread.
class CountSeriesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { From, To, Members, ColumnCount };

    struct Range
    {
        QVariant from; // QDate or qint64
        QVariant to;   // QDate, qint64, or null when open
        QString label;
        qint64 count = -1;
    };

    explicit CountSeriesModel(QObject *parent = nullptr);

    // The ranges, counts unknown; resets the model.
    void setRanges(const QList<Range> &ranges);
    void setCount(int row, qint64 count);
    // Keeps rows [0, rows): drops empty bands above the highest value.
    void truncate(int rows);
    void clear();

    const Range &range(int row) const { return m_ranges.at(row); }
    qint64 countAt(int row) const { return m_ranges.at(row).count; }
    QString labelAt(int row) const { return m_ranges.at(row).label; }
    // Whether every row has its count.
    bool isComplete() const;
    // The sum of the known counts.
    qint64 sum() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Range> m_ranges;
};

} // namespace ra
