#pragma once

#include "csvdialect.h"

#include <QtGlobal>

namespace ra {

// Turns UTF-16 (LE/BE), Windows-1252 or Latin-1 bytes into UTF-8, chunk by
// chunk: a code unit or surrogate pair split between two chunks is kept
// until the next call. Lone surrogates become U+FFFD; the five bytes
// Windows-1252 leaves undefined map to the C1 controls of the same value, so
// every source byte has a character. sourceBytes() maps output back to
// source sizes (the reader's record offsets). Used by CsvReader; one thread.
class CsvTranscoder
{
public:
    explicit CsvTranscoder(CsvEncoding encoding);

    // At most this many output bytes per input byte.
    static constexpr int maxExpansion = 3;

    // Converts `size` bytes at `in`; writes at most size * maxExpansion + 4
    // bytes at `out` and returns how many it wrote.
    qsizetype convert(const char *in, qsizetype size, char *out);
    // Flushes a dangling half code unit at the end of input (as U+FFFD).
    qsizetype finish(char *out);
    // How many source bytes the UTF-8 text at `utf8` (whole characters)
    // came from.
    qint64 sourceBytes(const char *utf8, qsizetype size) const;

    static bool isSingleByte(CsvEncoding encoding)
    {
        return encoding == CsvEncoding::Windows1252 || encoding == CsvEncoding::Latin1;
    }

private:
    qsizetype convertUtf16(const char *in, qsizetype size, char *out);
    static char *putCodePoint(char32_t cp, char *out);

    CsvEncoding m_encoding;
    unsigned char m_pending[4] = {};
    int m_pendingSize = 0;
};

} // namespace ra
