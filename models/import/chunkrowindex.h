#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

namespace ra {

// Where each record of one uploaded chunk CSV starts: its 1-based line and
// byte offset. The server's API log names a failed row by the line its
// record starts on, which differs from the record number once quoted fields
// hold newlines; this index turns that line back into the data row of the
// chunk and gives the record's raw text for "export failed rows".
// Built by scanning the chunk file once (quote-aware, LF or CRLF); keeps only
// offsets, not the text. Value type.
class ChunkRowIndex
{
public:
    // Scans `path`. False with `error` when it cannot be read.
    bool build(const QString &path, QString *error = nullptr);

    QString path() const { return m_path; }
    // Data rows (records after the header).
    qint64 rowCount() const { return qMax<qint64>(0, m_lines.size() - 1); }
    // The 0-based data row whose record starts on `line`, or -1.
    qint64 rowAtLine(qint64 line) const;
    // The header record and a data row's record, without the line break.
    QByteArray header() const { return record(-1); }
    QByteArray record(qint64 row) const;
    // Data rows [first, last) as they are in the file, line breaks included
    // (a missing final line break is added).
    QByteArray rows(qint64 first, qint64 last) const;

private:
    QString m_path;
    QList<qint64> m_lines;   // per record (header first): its first line
    QList<qint64> m_offsets; // per record: first byte; plus the end of the file
};

} // namespace ra
