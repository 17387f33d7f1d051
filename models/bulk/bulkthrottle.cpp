#include "bulk/bulkthrottle.h"

namespace ra {

BulkThrottle::BulkThrottle(int maximum)
    : m_maximum(qMax(1, maximum))
    , m_limit(m_maximum)
{
}

void BulkThrottle::setMaximum(int maximum)
{
    m_maximum = qMax(1, maximum);
    if (m_limit > m_maximum)
        m_limit = m_maximum; // lower at once; a higher maximum is reached by onSuccess()
}

bool BulkThrottle::maySend(int inFlight, qint64 nowMs) const
{
    return inFlight < m_limit && nowMs >= m_holdUntilMs;
}

qint64 BulkThrottle::holdRemaining(qint64 nowMs) const
{
    return qMax<qint64>(0, m_holdUntilMs - nowMs);
}

void BulkThrottle::onSuccess()
{
    if (m_limit >= m_maximum) {
        m_successes = 0;
        return;
    }
    if (++m_successes >= m_raiseEvery) {
        m_successes = 0;
        ++m_limit;
    }
}

void BulkThrottle::onThrottled(int retryAfterMs, qint64 nowMs)
{
    m_successes = 0;
    // Several replies of one burst answer 429 together: halve once per hold.
    if (nowMs >= m_holdUntilMs)
        m_limit = qMax(1, m_limit / 2);
    const qint64 wait = retryAfterMs < 0 ? defaultHoldMs : qMin(retryAfterMs, maxHoldMs);
    m_holdUntilMs = qMax(m_holdUntilMs, nowMs + wait);
}

} // namespace ra
