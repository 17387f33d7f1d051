#include "demorandom.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <atomic>

namespace ra::sandbox {

namespace {
// Writes the low `digits` hex digits of value (faster than QString::arg,
// which the seeder would call two million times).
void hex(char16_t *out, quint64 value, int digits)
{
    static const char16_t digitsTable[] = u"0123456789abcdef";
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = digitsTable[value & 0xF];
        value >>= 4;
    }
}
} // namespace

QString DemoRandom::objectId(quint64 seed, quint64 kind, quint64 index)
{
    // Like a MongoDB ObjectId: 4 bytes of a plausible timestamp (2024-2025),
    // then 8 bytes of hash.
    const quint64 h = hash(seed, kind, index);
    const quint64 ts = 1704067200ULL + (hash(seed, kind) % 31536000ULL) + index;
    char16_t buffer[24];
    hex(buffer, ts, 8);
    hex(buffer + 8, h, 16);
    return QString::fromUtf16(buffer, 24);
}

QString DemoRandom::newObjectId()
{
    static std::atomic<quint32> counter{QRandomGenerator::global()->generate() & 0xFFFFFF};
    static const quint64 process = QRandomGenerator::global()->generate64() & 0xFFFFFFFFFFULL;
    const quint64 ts = quint64(QDateTime::currentSecsSinceEpoch()) & 0xFFFFFFFFULL;
    const quint32 c = (counter.fetch_add(1) + 1) & 0xFFFFFF;
    char16_t buffer[24];
    hex(buffer, ts, 8);
    hex(buffer + 8, process, 10);
    hex(buffer + 18, c, 6);
    return QString::fromUtf16(buffer, 24);
}

} // namespace ra::sandbox
