#include "api/retrypolicy.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ra {

bool RetryPolicy::isIdempotent(const Route &route)
{
    return route.method == u"GET" || route.method == u"PUT" || route.method == u"DELETE" ||
           route.idempotent;
}

bool RetryPolicy::isTransient(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network: // refused, reset, dropped mid-reply
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Decode: // cut off or garbled on the way
        return true;
    case ApiError::Kind::Http: {
        const int s = error.httpStatus;
        return s == 429 || s == 500 || s == 502 || s == 503 || s == 504;
    }
    default:
        return false;
    }
}

bool RetryPolicy::shouldRetry(const Route &route, const ApiError &error, int attemptsMade) const
{
    if (attemptsMade >= maxAttempts || !isTransient(error))
        return false;
    // 429 says the request was not processed at all, so even a request that
    // is not idempotent can go again; any other failure of one may have
    // taken effect, and only its caller can find out (e.g. from the API log).
    return isIdempotent(route) || (error.kind == ApiError::Kind::Http && error.httpStatus == 429);
}

qint64 RetryPolicy::parseRetryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : std::min<qint64>(seconds, 86400) * 1000;
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, now.msecsTo(when));
}

int RetryPolicy::delayMs(int attemptsMade, const QByteArray &retryAfter, double random,
                         const QDateTime &now) const
{
    const qint64 hinted = parseRetryAfterMs(retryAfter, now);
    if (hinted >= 0)
        return hinted > maxRetryAfterMs ? -1 : int(hinted);
    // Full jitter: uniform in [0, min(cap, base * 2^(n-1))], at least 1/2 step
    // so two clients do not hammer the server together right away.
    const int exponent = std::clamp(attemptsMade - 1, 0, 20);
    const double ceiling = std::min<double>(maxDelayMs, baseDelayMs * std::pow(2.0, exponent));
    const double r = std::clamp(random, 0.0, 1.0);
    return int(ceiling / 2.0 + r * ceiling / 2.0);
}

} // namespace ra
