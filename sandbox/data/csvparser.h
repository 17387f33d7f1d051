#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ra::sandbox {

// A small RFC 4180 CSV reader over a byte buffer: quoted fields, doubled
// quotes, newlines inside quotes, CRLF or LF line ends, a leading UTF-8 BOM.
// Fields are decoded as UTF-8. Reads one record at a time so a bulk job can
// process a file in batches. Blank lines are skipped.
// Value type; not thread-safe; the buffer is shared (implicitly) not copied.
class CsvParser
{
public:
    explicit CsvParser(const QByteArray &data);

    // Reads the next record into `fields`. False at the end or on an error
    // (then hasError() is true and errorText() says where).
    bool readRecord(QStringList *fields);
    bool atEnd() const;
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorText() const { return m_error; }
    // The 1-based line on which the last record read started.
    int recordLine() const { return m_recordLine; }

    // Checks the whole buffer without decoding it (valid UTF-8, no NUL bytes,
    // quotes closed) and counts its records. False with `error` naming the
    // line of the first problem.
    static bool scan(const QByteArray &data, qint64 *records, QString *error);

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
    QString m_error;
};

} // namespace ra::sandbox
