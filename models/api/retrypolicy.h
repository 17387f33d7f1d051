#pragma once

#include "api/apierror.h"
#include "api/route.h"

#include <QByteArray>
#include <QDateTime>

namespace ra {

// When and how long to wait before an API call is tried again. Retries only
// where safe: GET, PUT, DELETE and POSTs the route table marks idempotent, on
// transient failures (network errors, timeouts, cut-off or garbled replies,
// HTTP 429/500/502/503/504); any request on a 429, which the server did not
// process. The wait honours a
// Retry-After header (seconds or an HTTP date), otherwise it is exponential
// backoff with full jitter; attempts are capped. Value type; thread-safe.
struct RetryPolicy
{
    int maxAttempts = 4;         // including the first
    int baseDelayMs = 200;       // first backoff step
    int maxDelayMs = 10000;      // backoff ceiling
    int maxRetryAfterMs = 60000; // a longer Retry-After is not waited for

    // True when re-sending `route` cannot duplicate an effect.
    static bool isIdempotent(const Route &route);
    // True when `error` is transient: network failure, timeout, a reply that
    // could not be read, or HTTP 429/500/502/503/504.
    static bool isTransient(const ApiError &error);
    // Whether to try again after `attemptsMade` attempts failed with `error`.
    bool shouldRetry(const Route &route, const ApiError &error, int attemptsMade) const;
    // The wait before the next attempt, in ms; -1 when a Retry-After asks for
    // more than maxRetryAfterMs. `random` in [0, 1) supplies the jitter.
    int delayMs(int attemptsMade, const QByteArray &retryAfter, double random,
                const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // Retry-After in ms (delta-seconds or HTTP date); -1 when absent/invalid.
    static qint64 parseRetryAfterMs(const QByteArray &value, const QDateTime &now);
};

} // namespace ra
