#pragma once

#include "bulk/bulkreport.h"

#include <QAbstractTableModel>

namespace ra {

// The rows of a bulk assignment's report for a table: line, what was given, member id, outcome
// (translated), HTTP status and the server's reason. setReport() replaces the rows. GUI thread.
class AssignReportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Line, Input, UserId, Outcome, Status, Reason, Count };

    explicit AssignReportModel(QObject *parent = nullptr);

    void setReport(const BulkReport &report);
    const BulkReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The translated name of a report row's state ("done", "not matched", ...).
    static QString stateText(const QString &state);

private:
    BulkReport m_report;
};

} // namespace ra
