#include "csvreader.h"

#include "csvtranscoder.h"
#include "utf8.h"

#include <QIODevice>

#include <cstdlib>
#include <cstring>
#include <new>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ra {

namespace {

// Bytes kept free after the data so that vector loads near the end stay
// inside the allocation.
constexpr qsizetype kPadding = 64;

} // namespace

CsvReader::CsvReader(QIODevice *device, const CsvDialect &dialect, qint64 startOffset,
                     qsizetype chunkSize)
    : m_device(device)
    , m_dialect(dialect)
    , m_chunkSize(qMax<qsizetype>(chunkSize, 16))
{
    if (dialect.encoding != CsvEncoding::Utf8)
        m_transcoder = std::make_unique<CsvTranscoder>(dialect.encoding);
    m_capacity = m_chunkSize * (m_transcoder ? CsvTranscoder::maxExpansion : 1) + 8 + kPadding;
    m_buffer = static_cast<char *>(std::malloc(size_t(m_capacity)));
    if (!m_buffer)
        throw std::bad_alloc();
    if (startOffset >= 0) {
        m_device->seek(startOffset);
        m_baseOffset = startOffset;
        m_skipBom = false;
    } else {
        m_baseOffset = m_device->pos();
    }
    m_cursorOffset = m_baseOffset;
}

CsvReader::~CsvReader()
{
    std::free(m_buffer);
}

void CsvReader::setPosition(qint64 record, qint64 line)
{
    m_record = record - 1;
    m_line = line;
}

bool CsvReader::atEnd() const
{
    return hasError() || (m_eof && m_pos >= m_size);
}

QString CsvReader::fieldText(int i) const
{
    const QByteArrayView f = field(i);
    return QString::fromUtf8(f.data(), f.size());
}

QStringList CsvReader::fields() const
{
    QStringList list;
    list.reserve(fieldCount());
    for (int i = 0; i < fieldCount(); ++i)
        list.append(fieldText(i));
    return list;
}

qint64 CsvReader::sourceOffsetAt(qsizetype pos)
{
    if (!m_transcoder)
        return m_baseOffset + pos;
    if (pos < m_cursorPos) {
        m_cursorPos = 0;
        m_cursorOffset = m_baseOffset;
    }
    m_cursorOffset += m_transcoder->sourceBytes(m_buffer + m_cursorPos, pos - m_cursorPos);
    m_cursorPos = pos;
    return m_cursorOffset;
}

void CsvReader::compact()
{
    if (m_pos == 0)
        return;
    const qint64 base = sourceOffsetAt(m_pos);
    std::memmove(m_buffer, m_buffer + m_pos, size_t(m_size - m_pos));
    m_size -= m_pos;
    m_pos = 0;
    m_baseOffset = base;
    m_cursorPos = 0;
    m_cursorOffset = base;
}

bool CsvReader::checkText()
{
    // UTF-16 text is full of NUL bytes: only the other encodings are checked.
    if (m_dialect.encoding == CsvEncoding::Utf16LE || m_dialect.encoding == CsvEncoding::Utf16BE)
        return true;
    if (!CsvDialect::isBinary(m_device->peek(CsvDialect::sniffBytes)))
        return true;
    m_error.kind = CsvError::Kind::NotText; // of the whole file: no row or line
    return false;
}

bool CsvReader::fill(qsizetype atLeast)
{
    if (m_eof)
        return false;
    compact();
    const bool first = m_deviceBytes == 0 && m_skipBom;
    if (first && !checkText())
        return false;
    // A record that does not fit reads as much again as is buffered, so
    // rescanning it from its start costs linear time, not quadratic.
    const qsizetype chunk = qMax(m_chunkSize, atLeast);
    const qsizetype need = chunk * (m_transcoder ? CsvTranscoder::maxExpansion : 1) + 8;
    if (m_capacity - m_size - kPadding < need) {
        const qsizetype capacity = qMax(m_capacity * 2, m_size + need + kPadding);
        char *grown = static_cast<char *>(std::realloc(m_buffer, size_t(capacity)));
        if (!grown)
            throw std::bad_alloc();
        m_buffer = grown;
        m_capacity = capacity;
    }
    qint64 got = 0;
    if (!m_transcoder) {
        got = m_device->read(m_buffer + m_size, chunk);
        if (got > 0 && first) {
            m_pos =
                CsvDialect::bomLengthFor(CsvEncoding::Utf8, QByteArrayView(m_buffer + m_size, got));
        }
        if (got > 0)
            m_size += got;
    } else {
        m_raw.resize(size_t(chunk));
        got = m_device->read(m_raw.data(), chunk);
        if (got > 0) {
            const char *in = m_raw.data();
            qsizetype n = got;
            if (first) {
                const int bom =
                    CsvDialect::bomLengthFor(m_dialect.encoding, QByteArrayView(in, got));
                in += bom;
                n -= bom;
                m_baseOffset += bom;
                m_cursorOffset = m_baseOffset;
            }
            m_size += m_transcoder->convert(in, n, m_buffer + m_size);
        } else if (got == 0) {
            m_size += m_transcoder->finish(m_buffer + m_size);
        }
    }
    if (got < 0) {
        m_error.kind = CsvError::Kind::Io;
        m_error.row = m_record + 1;
        m_error.line = m_line;
        m_error.detail = m_device->errorString();
        return false;
    }
    m_deviceBytes += got;
    if (got == 0)
        m_eof = true;
    return got > 0;
}

bool CsvReader::readRecord()
{
    m_recordErrors.clear();
    if (hasError())
        return false;
    for (;;) {
        if (m_pos >= m_size) {
            if (m_eof)
                return false;
            fill();
            if (hasError())
                return false;
            continue;
        }
        qsizetype next = m_pos;
        switch (scanRecord(&next)) {
        case Scan::Record:
            m_pos = next;
            return true;
        case Scan::Blank:
            m_pos = next;
            continue;
        case Scan::Fatal:
            return false;
        case Scan::NeedMore:
            break;
        }
        // The unfinished record has at least this many bytes (one may be a
        // CR waiting for its LF); a complete one is measured in scanRecord().
        if (m_size - m_pos > maxRecordBytes + 1) {
            fail(CsvError::Kind::RecordTooLong, m_inQuote ? m_quoteColumn : 0, m_line,
                 int(maxRecordBytes));
            return false;
        }
        fill(m_size - m_pos);
        if (hasError())
            return false;
    }
}

CsvReader::Scan CsvReader::fail(CsvError::Kind kind, int column, qint64 line, int limit)
{
    m_error.kind = kind;
    m_error.row = m_record + 1;
    m_error.column = column;
    m_error.line = line;
    m_error.expected = limit;
    return Scan::Fatal;
}

Q_ALWAYS_INLINE qsizetype CsvReader::scanUnquoted(qsizetype p, qsizetype end, bool *highBit) const
{
    const char *b = m_buffer;
    const char d = m_dialect.delimiter;
#if defined(__SSE2__)
    const __m128i vd = _mm_set1_epi8(d);
    const __m128i vn = _mm_set1_epi8('\n');
    const __m128i vr = _mm_set1_epi8('\r');
    while (p + 16 <= end) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(b + p));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, vd), _mm_cmpeq_epi8(v, vn)),
                                         _mm_cmpeq_epi8(v, vr));
        const unsigned mask = unsigned(_mm_movemask_epi8(hit));
        const unsigned high = unsigned(_mm_movemask_epi8(v));
        if (mask) {
            const int k = __builtin_ctz(mask);
            if (high & ((1u << k) - 1))
                *highBit = true;
            return p + k;
        }
        if (high)
            *highBit = true;
        p += 16;
    }
#endif
    unsigned char acc = 0;
    while (p < end) {
        const char c = b[p];
        if (c == d || c == '\n' || c == '\r')
            break;
        acc |= static_cast<unsigned char>(c);
        ++p;
    }
    if (acc & 0x80)
        *highBit = true;
    return p;
}

Q_ALWAYS_INLINE qsizetype CsvReader::findQuote(qsizetype q, qsizetype end, qint64 *lines,
                                               bool *highBit) const
{
    // One pass finds the closing quote, counts the line breaks inside the
    // quotes and notes bytes >= 0x80 (the UTF-8 check runs only then).
    const char *b = m_buffer;
    unsigned high = 0;
#if defined(__SSE2__)
    const __m128i vq = _mm_set1_epi8('"');
    const __m128i vn = _mm_set1_epi8('\n');
    while (q + 16 <= end) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(b + q));
        const unsigned quotes = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, vq)));
        unsigned newlines = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, vn)));
        unsigned bytes = unsigned(_mm_movemask_epi8(v));
        if (quotes) {
            const unsigned before = (quotes & (0u - quotes)) - 1;
            if (newlines & before)
                *lines += __builtin_popcount(newlines & before);
            if (bytes & before)
                *highBit = true;
            return q + __builtin_ctz(quotes);
        }
        if (newlines)
            *lines += __builtin_popcount(newlines);
        high |= bytes;
        q += 16;
    }
#endif
    for (; q < end; ++q) {
        const char c = b[q];
        if (c == '"')
            break;
        *lines += c == '\n';
        high |= static_cast<unsigned char>(c) & 0x80u;
    }
    if (high)
        *highBit = true;
    return q < end ? q : -1;
}

CsvReader::Scan CsvReader::scanRecord(qsizetype *next)
{
    char *b = m_buffer;
    const qsizetype end = m_size;
    const bool eof = m_eof;
    const char d = m_dialect.delimiter;
    qsizetype p = m_pos;
    m_inQuote = false;
    // A completely empty line is not a record.
    if (b[p] == '\n' || b[p] == '\r') {
        if (b[p] == '\r' && p + 1 >= end && !eof)
            return Scan::NeedMore;
        *next = p + 1 + (b[p] == '\r' && p + 1 < end && b[p + 1] == '\n');
        ++m_line;
        return Scan::Blank;
    }
    m_fields.clear();
    m_pending.clear();
    qint64 line = m_line;
    for (int column = 1;; ++column) {
        Field f{p, p, false, false, false};
        if (p < end && b[p] == '"') {
            f.quoted = true;
            const qint64 startLine = line;
            qsizetype q = p + 1;
            for (;;) {
                const qsizetype k = findQuote(q, end, &line, &f.high);
                if (k < 0) {
                    if (!eof) {
                        m_inQuote = true;
                        m_quoteColumn = column;
                        return Scan::NeedMore;
                    }
                    return fail(CsvError::Kind::UnclosedQuote, column, startLine, 0);
                }
                if (k + 1 < end && b[k + 1] == '"') {
                    f.fix = true;
                    q = k + 2;
                    continue;
                }
                if (k + 1 >= end && !eof)
                    return Scan::NeedMore;
                f.begin = p + 1;
                f.end = k;
                p = k + 1;
                break;
            }
            if (p < end && b[p] != d && b[p] != '\n' && b[p] != '\r') {
                CsvError e;
                e.kind = CsvError::Kind::TextAfterQuote;
                e.column = column;
                e.line = line;
                m_pending.append(e);
                p = scanUnquoted(p, end, &f.high);
                f.end = p;
                f.fix = true;
            }
        } else {
            p = scanUnquoted(p, end, &f.high);
            f.end = p;
        }
        m_fields.push_back(f);
        // Checked before the record is complete: fields only ever add up.
        if (column > maxFieldsPerRecord)
            return fail(CsvError::Kind::TooManyFields, 0, m_line, maxFieldsPerRecord);
        if (p - m_pos > maxRecordBytes)
            return fail(CsvError::Kind::RecordTooLong, 0, m_line, int(maxRecordBytes));
        if (p >= end) {
            if (!eof)
                return Scan::NeedMore;
            *next = p;
            break;
        }
        const char c = b[p];
        if (c == d) {
            ++p;
            continue;
        }
        if (c == '\r' && p + 1 >= end && !eof)
            return Scan::NeedMore;
        *next = p + 1 + (c == '\r' && p + 1 < end && b[p + 1] == '\n');
        ++line;
        break;
    }
    commitRecord(line, *next);
    return Scan::Record;
}

void CsvReader::commitRecord(qint64 nextLine, qsizetype next)
{
    m_recordOffset = sourceOffsetAt(m_pos);
    // Move the offset cursor past the record before unescaping rewrites its
    // bytes: the cursor counts characters of the transcoded text.
    if (m_transcoder)
        sourceOffsetAt(next);
    ++m_record;
    m_recordLine = m_line;
    m_line = nextLine;
    char *b = m_buffer;
    for (size_t i = 0; i < m_fields.size(); ++i) {
        Field &f = m_fields[i];
        if (f.fix) {
            // Collapse doubled quotes inside the quotes; after the closing
            // quote (text after quote) every byte is literal.
            qsizetype w = f.begin;
            bool inQuotes = true;
            for (qsizetype r = f.begin; r < f.end; ++r) {
                const char c = b[r];
                if (inQuotes && c == '"') {
                    if (r + 1 < f.end && b[r + 1] == '"')
                        ++r;
                    else {
                        inQuotes = false;
                        continue;
                    }
                }
                b[w++] = c;
            }
            f.end = w;
        }
        if (!m_transcoder && f.high &&
            Utf8::firstInvalid(QByteArrayView(b + f.begin, f.end - f.begin)) >= 0) {
            CsvError e;
            e.kind = CsvError::Kind::InvalidUtf8;
            e.column = int(i) + 1;
            e.line = m_recordLine;
            m_pending.append(e);
        }
    }
    const int count = int(m_fields.size());
    if (m_expected == 0) {
        m_expected = count;
    } else if (count != m_expected) {
        CsvError e;
        e.kind = CsvError::Kind::RaggedRow;
        e.line = m_recordLine;
        e.found = count;
        e.expected = m_expected;
        m_pending.append(e);
    }
    // Most records have no problem: touch the lists only when one has (a
    // mutable loop over an empty QList would allocate).
    if (!m_pending.isEmpty()) {
        for (CsvError &e : m_pending) {
            e.row = m_record;
            m_recordErrors.append(e);
        }
    }
}

} // namespace ra
