#include "api/requestjob.h"

#include "api/apireplybase.h"
#include "api/envelopedecoder.h"
#include "api/retrypolicy.h"
#include "api/secretredactor.h"
#include "api/uploaddevice.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimerEvent>

namespace ra {

namespace {

bool isTlsError(QNetworkReply::NetworkError e)
{
    return e == QNetworkReply::SslHandshakeFailedError;
}

} // namespace

RequestJob::RequestJob(const ApiCall &call, const Route *route, ApiReplyBase *reply,
                       QObject *parent)
    : QObject(parent)
    , m_call(call)
    , m_route(route)
    , m_reply(reply)
{
    m_clock.start();
    m_startedAt = QDateTime::currentDateTimeUtc();
}

RequestJob::~RequestJob()
{
    if (m_net) {
        // Destroyed mid-flight (client going away): drop the reply quietly.
        m_net->disconnect(this);
        m_net->abort();
        m_net->deleteLater();
    }
}

ApiError RequestJob::errorBase() const
{
    ApiError e;
    e.operationId = m_call.operationId;
    e.method = m_method;
    e.url = redactedUrl();
    e.attempts = m_attempts;
    return e;
}

ApiError RequestJob::prepare(const ApiClientConfig &config, const FamilyTarget &target)
{
    m_method = m_call.methodOverride.isEmpty() ? m_route->method : m_call.methodOverride;
    m_envelope = m_route->envelope;
    m_timeoutMs = config.timeoutMs > 0 ? config.timeoutMs : 30000;
    auto fail = [this](ApiError::Kind kind, const QString &detail) {
        ApiError e = errorBase();
        e.kind = kind;
        e.detail = detail;
        return e;
    };

    if (!target.valid)
        return fail(ApiError::Kind::Request,
                    tr("no base URL for the %1 API").arg(toString(m_route->family)));
    const QHash<QString, QString> *params = &m_call.pathParams;
    QHash<QString, QString> withCommunity;
    for (const QString &p : m_route->pathParameters) {
        if (params->value(p).isEmpty() && p == u"communityId") {
            withCommunity = m_call.pathParams;
            withCommunity.insert(p, config.communityId);
            params = &withCommunity;
        }
        if (params->value(p).isEmpty())
            return fail(ApiError::Kind::Request, tr("missing path parameter \"%1\"").arg(p));
    }
    m_url = target.base;
    m_url.setPath(target.basePath + m_route->expandPath(*params), QUrl::TolerantMode);
    if (!m_call.query.isEmpty())
        m_url.setQuery(m_call.query);
    m_redactedUrl = SecretRedactor::redactUrl(m_url);
    m_hostKey = target.hostKey;

    for (const FormField &f : std::as_const(m_call.form)) {
        if (!f.filePath.isEmpty() && !QFileInfo(f.filePath).isReadable())
            return fail(ApiError::Kind::Request, tr("cannot read %1").arg(f.filePath));
    }
    if (!target.allowed)
        return fail(
            ApiError::Kind::Insecure,
            tr("%1:// is only allowed for loopback hosts; use https://").arg(target.scheme));

    m_headers.clear();
    m_headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    const auto unreadableKey = [&] {
        return fail(ApiError::Kind::Request, tr("not sent: %1").arg(config.keyProblem));
    };
    switch (m_route->auth) {
    case AuthScheme::ApiKey:
        if (config.systemKey.isEmpty() && !config.keyProblem.isEmpty())
            return unreadableKey();
        if (!config.systemKey.isEmpty())
            m_headers.append({QByteArrayLiteral("x-api-key"), config.systemKey.toUtf8()});
        break;
    case AuthScheme::Bearer: {
        const QString key =
            m_route->family == ApiFamily::Application && !config.applicationKey.isEmpty()
                ? config.applicationKey
                : config.integrationKey;
        if (key.isEmpty() && !config.keyProblem.isEmpty())
            return unreadableKey();
        if (!key.isEmpty())
            m_headers.append({QByteArrayLiteral("Authorization"), "Bearer " + key.toUtf8()});
        break;
    }
    case AuthScheme::SecureAuthHeaders:
        if (config.systemKey.isEmpty() && !config.keyProblem.isEmpty())
            return unreadableKey();
        m_headers.append({QByteArrayLiteral("apiKey"), config.systemKey.toUtf8()});
        m_headers.append({QByteArrayLiteral("hostname"), config.secureAuthHostname.toUtf8()});
        break;
    case AuthScheme::Session:
        // Without a login there is nothing to send: say so instead of a 401.
        if (config.sessionToken.isEmpty())
            return fail(ApiError::Kind::Request, tr("not sent: log in to an account first"));
        m_headers.append(
            {QByteArrayLiteral("Authorization"), "Bearer " + config.sessionToken.toUtf8()});
        break;
    case AuthScheme::None:
        break;
    }
    if (!m_call.body.isUndefined() && m_call.form.isEmpty()) {
        m_jsonBody = m_call.body.isArray()
                         ? QJsonDocument(m_call.body.toArray()).toJson(QJsonDocument::Compact)
                         : QJsonDocument(m_call.body.toObject()).toJson(QJsonDocument::Compact);
    }
    return {};
}

void RequestJob::send(QNetworkAccessManager *network)
{
    ++m_attempts;
    m_error = {};
    m_response = {};
    m_retryAfter.clear();
    m_timedOut = m_redirectRefused = m_aborting = false;
    m_attemptUp = 0;

    QNetworkRequest request(m_url);
    for (const auto &h : std::as_const(m_headers))
        request.setRawHeader(h.first, h.second);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("ReturningAdmin/" RA_VERSION));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);

    const QByteArray verb = m_method.toLatin1();
    // Bodies of non-idempotent calls (and every upload) go through a
    // read-once device, so the network layer cannot re-send them on its own
    // after a dropped connection; the client decides (see ApiClient).
    UploadDevice *device = nullptr;
    if (!m_call.form.isEmpty()) {
        QString error;
        QByteArray contentType;
        device = UploadDevice::multipart(m_call.form, &contentType, &error);
        if (!device) {
            m_error = errorBase();
            m_error.kind = ApiError::Kind::Request;
            m_error.detail = error;
            QMetaObject::invokeMethod(
                this, [this] { attemptFinished(); }, Qt::QueuedConnection);
            return;
        }
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    } else if (!m_jsonBody.isEmpty() || verb == "POST" || verb == "PUT") {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (!RetryPolicy::isIdempotent(*m_route) || m_call.methodOverride == u"POST") {
            device = new UploadDevice;
            device->addBytes(m_jsonBody);
        }
    }
    m_uploadTotal = device ? device->totalSize() : 0;
    if (device) {
        request.setHeader(QNetworkRequest::ContentLengthHeader, device->totalSize());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        m_net = network->sendCustomRequest(request, verb, device);
        device->setParent(m_net);
        m_attemptUp = 0;
    } else if (!m_jsonBody.isEmpty() || verb == "POST" || verb == "PUT") {
        m_net = network->sendCustomRequest(request, verb, m_jsonBody);
        m_attemptUp = m_jsonBody.size();
    } else {
        m_net = network->sendCustomRequest(request, verb);
    }
    connect(m_net, &QNetworkReply::finished, this, &RequestJob::onFinished);
    connect(m_net, &QNetworkReply::redirected, this, &RequestJob::onRedirected);
    if (device || !m_jsonBody.isEmpty()) {
        // Only a request with a body reports upload progress worth a slot.
        connect(m_net, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
            // A read-once body is sequential: the network layer does not know
            // its size (it reports sent/sent, then 0/0 when done), we do.
            if (m_uploadTotal > 0) {
                if (sent <= 0)
                    return;
                total = m_uploadTotal;
            }
            m_attemptUp = std::max(m_attemptUp, sent);
            restartTimeout();
            if (m_reply)
                emit m_reply->uploadProgress(sent, total);
        });
    }
    connect(m_net, &QNetworkReply::downloadProgress, this, [this](qint64 got, qint64 total) {
        restartTimeout();
        if (m_reply)
            emit m_reply->downloadProgress(got, total);
    });
    restartTimeout();
}

void RequestJob::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timeout.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    m_timeout.stop();
    if (!m_net)
        return;
    // Progress only stamps the time (see restartTimeout); re-arm for what is
    // left of the window when there was some since the timer started.
    const qint64 idle = m_clock.elapsed() - m_lastProgressMs;
    if (idle < m_timeoutMs) {
        m_timeout.start(int(m_timeoutMs - idle), this);
        return;
    }
    m_timedOut = true;
    m_aborting = true;
    m_net->abort();
}

void RequestJob::restartTimeout()
{
    // Called on every progress signal: stamping the time is cheaper than
    // re-registering the timer with the event dispatcher each time.
    m_lastProgressMs = m_clock.elapsed();
    if (!m_timeout.isActive())
        m_timeout.start(m_timeoutMs, this);
}

void RequestJob::cancel()
{
    cancelled = true;
    if (m_net) {
        m_aborting = true;
        m_net->abort();
    }
}

void RequestJob::onRedirected(const QUrl &url)
{
    const QUrl target = m_url.resolved(url);
    const bool sameOrigin = target.scheme() == m_url.scheme() && target.host() == m_url.host() &&
                            target.port() == m_url.port();
    const bool secure =
        target.scheme() == u"https" || ApiClientConfig::isLoopbackHost(target.host());
    if (sameOrigin && secure) {
        emit m_net->redirectAllowed();
        return;
    }
    m_redirectRefused = true;
    m_aborting = true;
    m_net->abort();
}

void RequestJob::onFinished()
{
    QNetworkReply *net = m_net;
    m_net = nullptr;
    m_timeout.stop();
    net->deleteLater();
    net->disconnect(this);

    const QByteArray body = m_aborting ? QByteArray() : net->readAll();
    m_bytesUp += m_attemptUp;
    m_bytesDown += body.size();
    const int status = net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = net->error();
    m_retryAfter = net->rawHeader(QByteArrayLiteral("Retry-After"));

    ApiError e = errorBase();
    e.httpStatus = status;
    if (cancelled) {
        e.kind = ApiError::Kind::Cancelled;
    } else if (m_timedOut) {
        e.kind = ApiError::Kind::Timeout;
        e.detail = tr("no progress for %1 ms").arg(m_timeoutMs);
    } else if (m_redirectRefused) {
        e.kind = ApiError::Kind::Insecure;
        e.detail = tr("redirect to another origin or to plain HTTP refused");
    } else if (isTlsError(netError)) {
        e.kind = ApiError::Kind::Tls;
        e.detail = net->errorString();
    } else if (status == 0) {
        e.kind = ApiError::Kind::Network;
        e.detail = net->errorString();
    } else if (status >= 200 && status < 300 && netError != QNetworkReply::NoError) {
        // Headers arrived, then the connection broke: the body is incomplete.
        e.kind = ApiError::Kind::Decode;
        e.detail = tr("reply cut off after %1 bytes (%2)").arg(body.size()).arg(net->errorString());
    } else {
        const QByteArray contentType =
            net->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        ApiResponse response;
        if (m_call.rawBody && status >= 200 && status < 300) {
            response.httpStatus = status;
            response.contentType = contentType;
            response.raw = body;
            response.data = QJsonValue::Undefined;
            m_response = response;
            e = {};
        } else if (EnvelopeDecoder::decode(m_envelope, status, contentType, body, &response, &e)) {
            m_response = response;
            e = {};
        } else if (e.kind == ApiError::Kind::Decode && e.detail.isEmpty()) {
            e.detail = tr("unreadable reply");
        }
    }
    m_error = e;
    attemptFinished();
}

void RequestJob::attemptFinished()
{
    if (m_onAttemptFinished)
        m_onAttemptFinished(this);
}

} // namespace ra
