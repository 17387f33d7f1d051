#include "csvtranscoder.h"

namespace ra {

namespace {

// Windows-1252 0x80..0x9F; the undefined five keep their C1 value.
const char16_t kCp1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

constexpr char32_t kReplacement = 0xFFFD;

} // namespace

CsvTranscoder::CsvTranscoder(CsvEncoding encoding)
    : m_encoding(encoding)
{
}

char *CsvTranscoder::putCodePoint(char32_t cp, char *out)
{
    if (cp < 0x80) {
        *out++ = char(cp);
    } else if (cp < 0x800) {
        *out++ = char(0xC0 | (cp >> 6));
        *out++ = char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out++ = char(0xE0 | (cp >> 12));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    } else {
        *out++ = char(0xF0 | (cp >> 18));
        *out++ = char(0x80 | ((cp >> 12) & 0x3F));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    }
    return out;
}

qsizetype CsvTranscoder::convert(const char *in, qsizetype size, char *out)
{
    if (m_encoding == CsvEncoding::Utf16LE || m_encoding == CsvEncoding::Utf16BE)
        return convertUtf16(in, size, out);
    char *o = out;
    const bool cp1252 = m_encoding == CsvEncoding::Windows1252;
    for (qsizetype i = 0; i < size; ++i) {
        const auto b = static_cast<unsigned char>(in[i]);
        if (b < 0x80)
            *o++ = char(b);
        else if (cp1252 && b < 0xA0)
            o = putCodePoint(kCp1252High[b - 0x80], o);
        else
            o = putCodePoint(b, o);
    }
    return o - out;
}

qsizetype CsvTranscoder::convertUtf16(const char *in, qsizetype size, char *out)
{
    const bool le = m_encoding == CsvEncoding::Utf16LE;
    char *o = out;
    qsizetype i = 0;
    auto byteAt = [&](int k) -> unsigned char {
        // k indexes the pending bytes first, then the input.
        return k < m_pendingSize ? m_pending[k]
                                 : static_cast<unsigned char>(in[i + k - m_pendingSize]);
    };
    auto unitAt = [&](int k) -> char16_t {
        const unsigned char a = byteAt(k);
        const unsigned char b = byteAt(k + 1);
        return le ? char16_t(a | (b << 8)) : char16_t((a << 8) | b);
    };
    for (;;) {
        const qsizetype available = m_pendingSize + (size - i);
        if (available < 2)
            break;
        const char16_t u = unitAt(0);
        int used = 2;
        char32_t cp = u;
        if (u >= 0xD800 && u < 0xDC00) {
            if (available < 4)
                break; // wait for the low surrogate
            const char16_t low = unitAt(2);
            if (low >= 0xDC00 && low < 0xE000) {
                cp = 0x10000 + ((char32_t(u) - 0xD800) << 10) + (low - 0xDC00);
                used = 4;
            } else {
                cp = kReplacement;
            }
        } else if (u >= 0xDC00 && u < 0xE000) {
            cp = kReplacement;
        }
        o = putCodePoint(cp, o);
        const int fromPending = qMin(used, m_pendingSize);
        if (fromPending > 0) {
            for (int k = fromPending; k < m_pendingSize; ++k)
                m_pending[k - fromPending] = m_pending[k];
            m_pendingSize -= fromPending;
        }
        i += used - fromPending;
    }
    while (i < size)
        m_pending[m_pendingSize++] = static_cast<unsigned char>(in[i++]);
    return o - out;
}

qsizetype CsvTranscoder::finish(char *out)
{
    if (m_pendingSize == 0)
        return 0;
    m_pendingSize = 0;
    return putCodePoint(kReplacement, out) - out;
}

qint64 CsvTranscoder::sourceBytes(const char *utf8, qsizetype size) const
{
    qint64 n = 0;
    const bool utf16 = !isSingleByte(m_encoding);
    for (qsizetype i = 0; i < size; ++i) {
        const auto b = static_cast<unsigned char>(utf8[i]);
        if ((b & 0xC0) == 0x80)
            continue; // continuation byte
        n += utf16 ? (b >= 0xF0 ? 4 : 2) : 1;
    }
    return n;
}

} // namespace ra
