#pragma once

#include <QString>
#include <QtGlobal>

namespace ra::sandbox {

// Deterministic pseudo-random numbers for the demo community: a stateless
// hash (SplitMix64 finaliser) to derive any value from (seed, what, index)
// without storing it, and a small sequential generator for the seeder's loops.
// Value type; thread-safe (no shared state).
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed)
    {
    }

    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        return mix(m_state);
    }
    // Uniform in [0, bound).
    quint32 below(quint32 bound) { return bound == 0 ? 0 : quint32(next() % bound); }

    static quint64 mix(quint64 z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    static quint64 hash(quint64 seed, quint64 a, quint64 b = 0, quint64 c = 0)
    {
        return mix(mix(mix(seed ^ 0x5851F42D4C957F2DULL) + a) + (b * 0x9E3779B97F4A7C15ULL) + c);
    }
    // A 24-hex ObjectId derived from (seed, kind, index): stable across runs.
    static QString objectId(quint64 seed, quint64 kind, quint64 index);
    // A fresh 24-hex ObjectId for entities created at run time (time + counter).
    static QString newObjectId();

private:
    quint64 m_state;
};

} // namespace ra::sandbox
