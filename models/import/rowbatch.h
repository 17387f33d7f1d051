#pragma once

#include "csverror.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace ra {

class CsvReader;

// A batch of CSV records copied out of a CsvReader (whose field views die
// with the next record), so that they can be validated later or on another
// thread: each record's bytes in one block, its fields as ranges of that
// block, its number, source offset, data row index and reader problems.
// ImportScanner fills one on the reading thread and hands it to the
// validating one; a batch is reused after clear(). Not thread-safe: one
// thread at a time.
class RowBatch
{
    struct Field
    {
        quint32 begin; // in m_bytes
        quint32 size;
    };
    struct Meta
    {
        qint64 record;
        qint64 offset;
        qint64 dataRow;
        qsizetype firstField; // in m_fields
        int fieldCount;
        int firstError; // in m_errors
        int errorCount;
    };

public:
    // One record of the batch, as the scanner's callbacks see it: the same
    // accessors as CsvReader's for the record just read. Valid while the
    // batch is neither changed nor cleared.
    class Row
    {
    public:
        Row(const RowBatch &batch, qsizetype index)
            : m_batch(&batch)
            , m_meta(&batch.m_rows[size_t(index)])
        {
        }
        int fieldCount() const { return m_meta->fieldCount; }
        // The field's UTF-8 bytes, quotes removed and doubled quotes collapsed.
        QByteArrayView field(int i) const
        {
            const Field &f = m_batch->m_fields[size_t(m_meta->firstField + i)];
            return QByteArrayView(m_batch->m_bytes.data() + f.begin, f.size);
        }
        QString fieldText(int i) const;
        QStringList fields() const;
        // As CsvReader::recordNumber() and recordOffset().
        qint64 recordNumber() const { return m_meta->record; }
        qint64 recordOffset() const { return m_meta->offset; }
        // 0-based data row (the header is not one).
        qint64 dataRow() const { return m_meta->dataRow; }
        // As CsvReader::recordErrors(), without the copy when there are none.
        bool hasErrors() const { return m_meta->errorCount > 0; }
        QList<CsvError> errors() const;

    private:
        const RowBatch *m_batch;
        const Meta *m_meta;
    };

    // Copies the record `reader` just read, as data row `dataRow`.
    void append(const CsvReader &reader, qint64 dataRow);
    void clear();

    qsizetype rowCount() const { return qsizetype(m_rows.size()); }
    qsizetype byteCount() const { return m_byteCount; }
    Row row(qsizetype i) const { return Row(*this, i); }
    // The reader's bytesRead() when the batch was handed on (progress).
    qint64 bytesRead() const { return m_bytesRead; }
    void setBytesRead(qint64 bytes) { m_bytesRead = bytes; }

private:
    std::vector<char> m_bytes; // its size is the capacity
    qsizetype m_byteCount = 0;
    std::vector<Field> m_fields;
    std::vector<Meta> m_rows;
    QList<CsvError> m_errors;
    qint64 m_bytesRead = 0;
};

} // namespace ra
