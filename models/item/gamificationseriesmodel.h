#pragma once

#include "domain/gamificationday.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QMap>

class QIODevice;

namespace ra {

// The chart data of one user as a table: one row per day of the range (oldest first), with the
// daily XP and coins of Get User Gamification History and the daily messages, replies,
// reactions and socials of Get User Gamification Stats side by side. The charts draw from it,
// the detail panel shows it as a table, and writeCsv() exports it. Value copies of the days;
// GUI thread.
class GamificationSeriesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Date, Xp, Coins, Messages, Replies, Reactions, Socials, Count };
    enum class DataRole {
        Value = Qt::UserRole + 1, // QDate for Date, qint64 for the counts
        Key,                      // the JSON / CSV key of the column, e.g. "xp"
    };

    explicit GamificationSeriesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces the history days (xp, coins); the stats columns are kept.
    void setHistory(const QList<GamificationDay> &days);
    // Replaces the stats days (messages, replies, reactions, socials); the history is kept.
    void setStats(const QList<GamificationDay> &days);
    void clear();

    QDate dateAt(int row) const;
    qint64 valueAt(int row, Column column) const;
    // The values of `column` over every row (what a chart plots).
    QList<qint64> series(Column column) const;

    static QString key(Column column);
    static QString title(Column column);
    // One day's value with its unit: "1,200 XP", "3 coins", "1 message".
    static QString valueText(Column column, qint64 value);

    // Writes a header row of keys (date first) and one line per day: `columns` in that order.
    // Returns false and sets `error` when the device refuses the data.
    bool writeCsv(QIODevice *device, const QList<Column> &columns, QString *error = nullptr) const;

private:
    struct Row
    {
        QDate date;
        qint64 values[int(Column::Count)] = {};
    };
    void merge(const QList<GamificationDay> &days, bool history);

    QList<Row> m_rows;
    QMap<QDate, GamificationDay> m_historyDays;
    QMap<QDate, GamificationDay> m_statsDays;
};

} // namespace ra
