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
    if (++m_successes >= qMin(m_raiseEvery, m_limit)) {
        m_successes = 0;
        ++m_limit;
    }
}

void BulkThrottle::onThrottled(int retryAfterMs, qint64 nowMs)
{
    m_successes = 0;
    const bool atFloor = m_limit <= 1;
    // Requests sent since the last decrease fill a window: this 429 answers one sent at the
    // lowered limit, so the server still pushes back. Otherwise it is the same burst.
    const bool newWindow = m_sentAtDecrease < 0 || m_sent - m_sentAtDecrease >= m_limit;
    if (newWindow && !atFloor) {
        m_limit = qMax(1, m_limit / 2);
        m_sentAtDecrease = m_sent;
    }
    if (atFloor) {
        const qint64 wait = retryAfterMs < 0 ? defaultHoldMs : qMin(retryAfterMs, maxHoldMs);
        m_holdUntilMs = qMax(m_holdUntilMs, nowMs + wait);
    }
}

} // namespace ra
