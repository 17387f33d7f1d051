#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace ra {

class RequestLog;

// Table model over a RequestLog for the API log view: one row per request,
// newest last. DisplayRole gives formatted text, RawRole the raw value
// (QDateTime, int, qint64, QString). Does not own the log. GUI thread.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        OperationColumn,
        MethodColumn,
        UrlColumn,
        StatusColumn,
        DurationColumn,
        BytesUpColumn,
        BytesDownColumn,
        RetriesColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role { RawRole = Qt::UserRole + 1, FailedRole };

    explicit RequestLogModel(RequestLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QPointer<RequestLog> m_log;
};

} // namespace ra
