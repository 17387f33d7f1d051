#pragma once

#include <QByteArrayView>

namespace ra {

// UTF-8 checks on raw bytes with an ASCII fast path (8 bytes at a time).
// Rejects overlong forms, surrogates and code points past U+10FFFF.
// Stateless; any thread.
class Utf8
{
public:
    // Offset of the first byte that is not valid UTF-8, or -1 when all are.
    // With `allowTruncatedEnd`, a sequence cut by the end is fine.
    static qsizetype firstInvalid(QByteArrayView bytes, bool allowTruncatedEnd = false);
    static bool isValid(QByteArrayView bytes, bool allowTruncatedEnd = false)
    {
        return firstInvalid(bytes, allowTruncatedEnd) < 0;
    }
    static bool isAscii(QByteArrayView bytes);
};

} // namespace ra
