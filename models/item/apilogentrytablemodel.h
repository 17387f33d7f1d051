#pragma once

#include "domain/apilogentry.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

namespace ra {

// The history of one bulk job: its API-log entries (state changes, progress
// lines, failed rows with their reason) in server order. setEntries()
// replaces the list (a reset). GUI thread.
class ApiLogEntryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Time, Level, Row, Message, Count };
    enum class DataRole { Failed = Qt::UserRole + 1 };

    explicit ApiLogEntryTableModel(QObject *parent = nullptr);

    void setEntries(const QString &jobId, const QList<ApiLogEntry> &entries);
    QString jobId() const { return m_jobId; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString levelOf(const ApiLogEntry &entry);
    // Text colour of a failed entry: a red with 4.5:1 on the application palette's rows.
    static QColor failedColor();

private:
    QString m_jobId;
    QList<ApiLogEntry> m_entries;
};

} // namespace ra
