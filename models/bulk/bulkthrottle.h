#pragma once

#include <QtGlobal>

namespace ra {

// The adaptive number of requests a bulk job keeps in flight (additive
// increase, multiplicative decrease). A 429 halves the limit and holds every
// new send until the server's Retry-After (or a short default) has passed;
// each `raiseEvery` successes in a row without a 429 raise it by one, up to
// the configured maximum. A lower maximum applies at once to new sends; a
// higher one is reached by the slow raise. Value type, pure: time is passed in.
class BulkThrottle
{
public:
    static constexpr int defaultHoldMs = 1000; // a 429 without Retry-After
    static constexpr int maxHoldMs = 60000;

    explicit BulkThrottle(int maximum = 32);

    int limit() const { return m_limit; }
    int maximum() const { return m_maximum; }
    void setMaximum(int maximum);
    void setRaiseEvery(int successes) { m_raiseEvery = qMax(1, successes); }

    // Whether a new request may start now with `inFlight` running.
    bool maySend(int inFlight, qint64 nowMs) const;
    // Ms until the hold ends (0 when none).
    qint64 holdRemaining(qint64 nowMs) const;

    void onSuccess();
    // A 429: `retryAfterMs` is the server's wait, -1 when it gave none.
    void onThrottled(int retryAfterMs, qint64 nowMs);

private:
    int m_maximum;
    int m_limit;
    int m_raiseEvery = 16;
    int m_successes = 0;
    qint64 m_holdUntilMs = 0;
};

} // namespace ra
