#pragma once

#include <QtGlobal>

namespace ra {

// The adaptive number of requests a bulk job keeps in flight (additive
// increase, multiplicative decrease, as TCP does with its window). A 429
// halves the limit, once per window: a 429 answering a request sent before the
// last decrease is part of the same push-back and does not halve again. The
// refused request itself waits the server's Retry-After before it is retried
// (the job does that); every new send is held for Retry-After (or a short
// default) only when the limit is already down to one, so a server that keeps
// pushing back at one request in flight gets silence, while sparse 429s do not
// stall the whole job. Each `min(raiseEvery, limit)` successes in a row raise
// the limit by one, up to the configured maximum (one per window while it is
// small). A lower maximum applies at once to new sends; a higher one is
// reached by the slow raise. Value type, pure: time is passed in.
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

    // `count` requests went out (they count toward the window after a decrease).
    void onSent(int count) { m_sent += count; }
    void onSuccess();
    // A 429: `retryAfterMs` is the server's wait, -1 when it gave none.
    void onThrottled(int retryAfterMs, qint64 nowMs);

private:
    int m_maximum;
    int m_limit;
    int m_raiseEvery = 16;
    int m_successes = 0;
    qint64 m_holdUntilMs = 0;
    qint64 m_sent = 0;
    qint64 m_sentAtDecrease = -1; // -1: no decrease yet
};

} // namespace ra
