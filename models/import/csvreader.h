#pragma once

#include "csvdialect.h"
#include "csverror.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QIODevice;

namespace ra {

class CsvTranscoder;

// A streaming RFC 4180 reader over a QIODevice: quoted fields, doubled
// quotes, delimiters and line breaks inside quotes, CRLF, LF or lone CR line
// ends. It reads big chunks (never the whole file), scans raw bytes and keeps
// each field as a byte range of its buffer; only fields that had quotes are
// unescaped (in place). UTF-16 and legacy encodings are transcoded to UTF-8
// chunk by chunk before scanning, so fields are always UTF-8.
//
// A quote inside an unquoted field is an ordinary character. Completely
// empty lines are skipped (they are not records). The first record fixes the
// expected field count; other counts are reported as RaggedRow.
// Non-fatal problems (text after a closing quote, ragged row, invalid UTF-8)
// come with the record in recordErrors(); a fatal one ends reading
// (readRecord() returns false and error() says where).
//
// Memory is bounded per record: a record over maxRecordBytes (UTF-8 bytes,
// line break excluded) or maxFieldsPerRecord ends reading with
// RecordTooLong or TooManyFields naming its row and first line, as soon as
// the limit is passed (a 60 MB line fails within its first megabyte). When
// reading from the start of a file that is not UTF-16, the first
// CsvDialect::sniffBytes are checked with CsvDialect::isBinary() before
// anything is read: a binary file fails with NotText.
//
// Field views stay valid until the next readRecord(). Does not own the
// device, which must stay open. Not thread-safe; any one thread.
class CsvReader
{
public:
    static constexpr qsizetype defaultChunkSize = 1 << 20;
    // Limits of one record. A real export's widest rows are a few KiB and a
    // few dozen cells; these stop a broken or hostile file (one huge line)
    // before it costs more than a few MB. 16,384 is also the column limit
    // of Excel and LibreOffice Calc, so no spreadsheet writes wider rows.
    static constexpr qsizetype maxRecordBytes = 1 << 20;
    static constexpr int maxFieldsPerRecord = 16384;

    // Reads from the device's current position. When `startOffset` is >= 0,
    // the device is first seeked there and no BOM is expected (random access
    // to a record start given by recordOffset()); otherwise the dialect's
    // BOM is skipped at the start.
    explicit CsvReader(QIODevice *device, const CsvDialect &dialect = {}, qint64 startOffset = -1,
                       qsizetype chunkSize = defaultChunkSize);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Reads the next record. False at the end of the input or on a fatal
    // error (see error()).
    bool readRecord();

    int fieldCount() const { return int(m_fields.size()); }
    // The field's UTF-8 bytes, quotes removed and doubled quotes collapsed.
    QByteArrayView field(int i) const
    {
        const Field &f = m_fields[size_t(i)];
        return QByteArrayView(m_buffer + f.begin, f.end - f.begin);
    }
    // Whether the field was quoted in the file.
    bool fieldWasQuoted(int i) const { return m_fields[size_t(i)].quoted; }
    QString fieldText(int i) const;
    QStringList fields() const;

    // The 1-based number of the record just read (the header is 1), and the
    // physical line on which it starts.
    qint64 recordNumber() const { return m_record; }
    qint64 recordLine() const { return m_recordLine; }
    // Byte offset in the device where the record starts (for random access
    // with the startOffset constructor argument).
    qint64 recordOffset() const { return m_recordOffset; }
    // Problems of the record just read (non-fatal ones).
    const QList<CsvError> &recordErrors() const { return m_recordErrors; }
    // Field count of the first record (0 before it is read).
    int expectedFieldCount() const { return m_expected; }
    // Set the expected field count, e.g. when starting mid-file.
    void setExpectedFieldCount(int count) { m_expected = count; }
    // Start numbering at `record` / `line` (random access).
    void setPosition(qint64 record, qint64 line);

    bool hasError() const { return !m_error.isNull(); }
    const CsvError &error() const { return m_error; }
    bool atEnd() const;
    // Bytes consumed from the device so far (progress).
    qint64 bytesRead() const { return m_deviceBytes; }
    const CsvDialect &dialect() const { return m_dialect; }

private:
    struct Field
    {
        qsizetype begin;
        qsizetype end;
        bool quoted;
        bool fix;  // has doubled quotes or text after the closing quote
        bool high; // has bytes >= 0x80 (UTF-8 is checked)
    };

    enum class Scan { Record, Blank, NeedMore, Fatal };

    bool fill(qsizetype atLeast = 0);
    bool checkText();
    Scan scanRecord(qsizetype *next);
    Scan fail(CsvError::Kind kind, int column, qint64 line, int limit);
    void commitRecord(qint64 nextLine, qsizetype next);
    qsizetype scanUnquoted(qsizetype p, qsizetype end, bool *highBit) const;
    qsizetype findQuote(qsizetype q, qsizetype end, qint64 *lines, bool *highBit) const;
    qint64 sourceOffsetAt(qsizetype pos);
    void compact();

    QIODevice *m_device;
    CsvDialect m_dialect;
    std::unique_ptr<CsvTranscoder> m_transcoder;
    qsizetype m_chunkSize;
    char *m_buffer = nullptr;
    qsizetype m_capacity = 0;
    qsizetype m_pos = 0;  // next unread byte in the buffer
    qsizetype m_size = 0; // valid bytes in the buffer
    bool m_eof = false;
    bool m_skipBom = true;
    std::vector<char> m_raw; // undecoded input (transcoded encodings)
    // Whether the unfinished record ends in an open quoted field, and its
    // column (named when the record grows past maxRecordBytes).
    bool m_inQuote = false;
    int m_quoteColumn = 0;
    QList<CsvError> m_pending;
    qint64 m_deviceBytes = 0;
    // Source offset of buffer position 0 and the incremental cursor that
    // maps buffer positions back to source offsets (transcoded input).
    qint64 m_baseOffset = 0;
    qsizetype m_cursorPos = 0;
    qint64 m_cursorOffset = 0;
    std::vector<Field> m_fields;
    QList<CsvError> m_recordErrors;
    CsvError m_error;
    qint64 m_record = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_recordOffset = 0;
    int m_expected = 0;
};

} // namespace ra
