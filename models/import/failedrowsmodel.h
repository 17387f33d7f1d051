#pragma once

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>

class QIODevice;

namespace ra {

// The rows the server refused during an import, with the reason, as they
// arrive from the API log: the row of the file (shown as the validation grid
// numbers it, header = 1; `row` keeps the 1-based data row), the reason,
// the job and the record as it was sent. writeCsv() writes them for a
// fix-and-retry: the template header plus an "Error" column. GUI thread.
class FailedRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RowColumn, ReasonColumn, RecordColumn, JobColumn, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1 };

    struct Failure
    {
        qint64 row = 0; // 1-based data row of the file; 0 when unknown
        QString reason;
        QString jobId;
        QByteArray record; // the CSV record as sent, without line break
    };

    explicit FailedRowsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Failure &at(int row) const { return m_rows.at(row); }
    void append(const Failure &failure);
    void clear();
    // The header row of the uploaded CSV (for writeCsv()).
    void setHeader(const QByteArray &header) { m_header = header; }
    QByteArray header() const { return m_header; }

    // The failed records with an extra "Error" column, in file order.
    bool writeCsv(QIODevice *out, QString *error) const;

private:
    QList<Failure> m_rows;
    QByteArray m_header;
};

} // namespace ra
