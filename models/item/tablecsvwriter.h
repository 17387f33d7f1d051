#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;
class QIODevice;

namespace ra {

// Writes a table model's rows to CSV (RFC 4180, UTF-8 with a byte-order mark, CRLF) exactly as
// the model presents them: a proxy's filtered and sorted rows, only the given columns, with the
// header's titles first. Cells come from Qt::EditRole (raw numbers, no locale grouping), falling
// back to Qt::DisplayRole. A cell that begins with =, +, -, @, a tab or a carriage return is
// written as a quoted field prefixed with a single quote, so a spreadsheet shows it as text and
// never runs it as a formula. Rows are written in chunks (writeRows()) so a caller can keep the
// event loop turning over a large export. Does not own the model or the device; the model must
// not change while writing. Any thread that owns both.
class TableCsvWriter
{
public:
    TableCsvWriter(const QAbstractItemModel &model, const QList<int> &columns, QIODevice &device);

    // Writes the header line; false on a write error (see errorString()).
    bool writeHeader();
    // Writes up to `maxRows` further rows; false on a write error.
    bool writeRows(int maxRows);
    // writeHeader() and every row.
    bool writeAll();
    bool atEnd() const;
    int rowsWritten() const { return m_forgotten + m_row; }
    // The first `count` rows, already written, were taken out of the model: the next row to
    // write moves up by as many (rowsWritten() still counts them).
    void forgetRows(int count);
    int rowCount() const;
    QString errorString() const { return m_error; }

    // One CSV field: quoted when needed, guarded against formula injection.
    static QString field(const QString &cell);

private:
    bool writeLine(const QStringList &cells);

    const QAbstractItemModel &m_model;
    QList<int> m_columns;
    QIODevice &m_device;
    int m_row = 0;
    int m_forgotten = 0;
    QString m_error;
};

} // namespace ra
