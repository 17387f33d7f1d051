#pragma once

#include "api/apicall.h"
#include "api/apiclientconfig.h"
#include "api/apierror.h"
#include "api/apiresponse.h"
#include "api/familytarget.h"
#include "api/route.h"

#include <QBasicTimer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ra {

class ApiReplyBase;

// The HTTP side of one API call, used by ApiClient: resolves the URL from the
// profile (refusing http:// to non-loopback hosts), sends each attempt with
// the family's auth header, enforces the transfer timeout, allows redirects
// only to the same origin, and classifies the outcome (network, timeout, TLS,
// HTTP status, server-reported, decode). The client owns it (QObject child)
// and decides about retries. Lives on the client's thread.
class RequestJob : public QObject
{
    Q_OBJECT

public:
    RequestJob(const ApiCall &call, const Route *route, ApiReplyBase *reply,
               QObject *parent = nullptr);
    ~RequestJob() override;

    // Resolves URL, method and headers from `config` (`target`: its base URL
    // for the route's family); returns an error (kind Request or Insecure)
    // when the call cannot be sent. No byte is sent.
    ApiError prepare(const ApiClientConfig &config, const FamilyTarget &target);
    void send(QNetworkAccessManager *network);
    // Called once per attempt when it ends (synchronously from cancel()):
    // a plain callback, not a signal, as it is on every request's path.
    void setOnAttemptFinished(std::function<void(RequestJob *)> callback)
    {
        m_onAttemptFinished = std::move(callback);
    }
    // Aborts the attempt in flight (the callback runs synchronously).
    void cancel();

    const ApiCall &call() const { return m_call; }
    const Route *route() const { return m_route; }
    ApiReplyBase *reply() const { return m_reply.data(); }
    QString hostKey() const { return m_hostKey; }
    QString method() const { return m_method; }
    QUrl redactedUrl() const { return m_redactedUrl; }
    bool isInFlight() const { return m_net != nullptr; }

    // Outcome of the last attempt.
    const ApiError &error() const { return m_error; }
    const ApiResponse &response() const { return m_response; }
    // Replaces the outcome (a lookup proved that a failed create took effect).
    void setOutcome(const ApiResponse &response)
    {
        m_response = response;
        m_error = {};
    }
    QByteArray retryAfter() const { return m_retryAfter; }
    int attempts() const { return m_attempts; }

    // Totals over all attempts, for the request log.
    QDateTime startedAt() const { return m_startedAt; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    qint64 bytesUp() const { return m_bytesUp; }
    qint64 bytesDown() const { return m_bytesDown; }

    // State used by the client's scheduler.
    bool dispatched = false; // counted in flight by the client
    bool waiting = false;    // in backoff before the next attempt
    bool verifying = false;  // checking whether a failed create took effect
    bool cancelled = false;

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void onFinished();
    void attemptFinished();
    void onRedirected(const QUrl &url);
    void restartTimeout();
    ApiError errorBase() const;

    std::function<void(RequestJob *)> m_onAttemptFinished;
    ApiCall m_call;
    const Route *m_route = nullptr;
    QPointer<ApiReplyBase> m_reply;
    QUrl m_url;
    QUrl m_redactedUrl;
    QString m_hostKey; // scheme://host:port, the unit of the concurrency limit
    QString m_method;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_jsonBody;
    Envelope m_envelope = Envelope::None;
    int m_timeoutMs = 30000;

    QNetworkReply *m_net = nullptr;
    QBasicTimer m_timeout;       // the no-progress timeout, re-armed lazily
    qint64 m_lastProgressMs = 0; // m_clock time of the last progress
    QElapsedTimer m_clock;
    QDateTime m_startedAt;
    bool m_timedOut = false;
    bool m_redirectRefused = false;
    bool m_aborting = false;
    qint64 m_attemptUp = 0;
    qint64 m_uploadTotal = 0; // size of a read-once body, 0 otherwise

    ApiError m_error;
    ApiResponse m_response;
    QByteArray m_retryAfter;
    int m_attempts = 0;
    qint64 m_bytesUp = 0;
    qint64 m_bytesDown = 0;
};

} // namespace ra
