#include "rowbatch.h"

#include "csvreader.h"

#include <cstring>

namespace ra {

QString RowBatch::Row::fieldText(int i) const
{
    const QByteArrayView f = field(i);
    return QString::fromUtf8(f.data(), f.size());
}

QStringList RowBatch::Row::fields() const
{
    QStringList list;
    list.reserve(fieldCount());
    for (int i = 0; i < fieldCount(); ++i)
        list.append(fieldText(i));
    return list;
}

QList<CsvError> RowBatch::Row::errors() const
{
    return m_batch->m_errors.mid(m_meta->firstError, m_meta->errorCount);
}

void RowBatch::append(const CsvReader &reader, qint64 dataRow)
{
    // The fields lie in order in one stretch of the reader's buffer (with
    // quotes and delimiters between them): one copy takes the whole record.
    const int count = reader.fieldCount();
    const char *first = reader.field(0).data();
    const QByteArrayView last = reader.field(count - 1);
    const qsizetype span = last.data() + last.size() - first;
    const qsizetype at = m_byteCount;
    if (at + span > qsizetype(m_bytes.size()))
        m_bytes.resize(size_t(qMax(2 * (at + span), qsizetype(64 * 1024)))); // kept by clear()
    if (span > 0) // a record of one empty field has no bytes
        std::memcpy(m_bytes.data() + at, first, size_t(span));
    m_byteCount += span;
    const qsizetype firstField = qsizetype(m_fields.size());
    m_fields.resize(m_fields.size() + size_t(count));
    Field *out = m_fields.data() + firstField;
    for (int i = 0; i < count; ++i) {
        const QByteArrayView f = reader.field(i);
        out[i] = {quint32(at + (f.data() - first)), quint32(f.size())};
    }
    const QList<CsvError> &errors = reader.recordErrors();
    m_rows.push_back({reader.recordNumber(), reader.recordOffset(), dataRow, firstField, count,
                      int(m_errors.size()), int(errors.size())});
    if (!errors.isEmpty())
        m_errors.append(errors);
}

void RowBatch::clear()
{
    // Keeps the capacity: a batch is refilled many times.
    m_byteCount = 0;
    m_fields.clear();
    m_rows.clear();
    m_errors.clear();
    m_bytesRead = 0;
}

} // namespace ra
