#include "sandboxhttpserver.h"

#include "envelopewriter.h"
#include "faultinjector.h"
#include "httprequestdecoder.h"
#include "requestauthenticator.h"

#include "api/routetable.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSandboxHttp, "ra.sandbox.http")

namespace ra::sandbox {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    default:
        break;
    }
    return QStringLiteral("OTHER");
}

HttpReply plainJson(int status, const QJsonObject &object)
{
    HttpReply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

bool wantsKeepAlive(const QHttpServerRequest &request)
{
    const QByteArray connection = request.value(QByteArrayLiteral("connection"));
    return connection.isEmpty() || connection.compare("close", Qt::CaseInsensitive) != 0;
}

} // namespace

SandboxHttpServer::SandboxHttpServer(FaultInjector *faults, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_routes(RouteTable::builtIn())
    , m_faults(faults)
{
    m_uptime.start();
}

HttpReply SandboxHttpServer::envelopeReply(Envelope envelope, const Response &response)
{
    HttpReply reply;
    reply.status = response.status;
    reply.headers = response.headers;
    if (response.raw) {
        reply.body = response.rawBody;
        reply.contentType = response.contentType.isEmpty()
                                ? QByteArrayLiteral("application/octet-stream")
                                : response.contentType;
    } else {
        reply.body = EnvelopeWriter::serialize(envelope, response);
    }
    return reply;
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path(QUrl::FullyEncoded);
    const bool keepAlive = wantsKeepAlive(request);
    const FaultDecision noFault;

    if (path == u"/health") {
        send(socket, healthReply(), keepAlive, noFault);
        return true;
    }
    if (path == u"/__admin/faults") {
        send(socket, adminReply(request), keepAlive, noFault);
        return true;
    }
    if (path.startsWith(u"/uploads/") && request.method() == QHttpServerRequest::Method::Get) {
        // The public URL "Upload Image" returns: not an API route, no auth (like a CDN).
        const QString id = path.section(u'/', 2, 2);
        const Response image = m_backend ? m_backend->uploadedImage(id)
                                         : Response::error(503, tr("the sandbox is starting"));
        send(socket, envelopeReply(Envelope::Integration, image), keepAlive, noFault);
        return true;
    }

    ApiFamily family = ApiFamily::Integration;
    QString rest;
    if (!RouteIndex::splitPrefix(path, &family, &rest)) {
        send(socket,
             envelopeReply(Envelope::Integration,
                           Response::error(404, tr("no route for %1").arg(path))),
             keepAlive, noFault);
        return true;
    }
    const QString method = methodName(request.method());
    QHash<QString, QString> params;
    const Route *route = m_routes.match(family, method, rest, &params);
    if (!route) {
        const Envelope envelope = RouteIndex::familyEnvelope(family);
        const Response error =
            m_routes.pathExists(family, rest)
                ? Response::error(405, tr("method %1 is not allowed on %2").arg(method, path))
                : Response::error(404, tr("no route for %1").arg(path));
        send(socket, envelopeReply(envelope, error), keepAlive, noFault);
        return true;
    }

    const FaultDecision fault = m_faults ? m_faults->decide(route->operationId) : noFault;
    HttpReply reply;
    switch (fault.kind) {
    case FaultKind::Reset:
        break;
    case FaultKind::Error:
    case FaultKind::RateLimit: {
        Response r = Response::error(fault.status, fault.kind == FaultKind::RateLimit
                                                       ? tr("too many requests")
                                                       : tr("injected fault"));
        if (fault.kind == FaultKind::RateLimit)
            r.headers.append(
                {QByteArrayLiteral("Retry-After"), QByteArray::number(fault.retryAfterSeconds)});
        reply = envelopeReply(route->envelope, r);
        break;
    }
    case FaultKind::None:
    case FaultKind::Truncate:
    case FaultKind::Malformed:
        reply = apiReply(request, *route, std::move(params));
        break;
    }
    if (fault.kind != FaultKind::None || fault.latencyMs > 0)
        qCInfo(lcSandboxHttp) << "fault" << toString(fault.kind) << fault.latencyMs << "ms on"
                              << route->operationId;
    qCDebug(lcSandboxHttp) << method << path << reply.status;
    send(socket, reply, keepAlive, fault);
    return true;
}

HttpReply SandboxHttpServer::apiReply(const QHttpServerRequest &in, const Route &route,
                                      QHash<QString, QString> &&params)
{
    const qsizetype bodySize = in.body().size();
    if (bodySize > m_maxBodyBytes) {
        return envelopeReply(route.envelope,
                             Response::error(413, tr("request body of %1 bytes exceeds the "
                                                     "limit of %2 bytes")
                                                      .arg(bodySize)
                                                      .arg(m_maxBodyBytes)));
    }
    if (!m_backend)
        return envelopeReply(route.envelope,
                             Response::error(503, tr("the sandbox is still starting")));

    Request request;
    request.route = &route;
    request.pathParams = std::move(params);
    QString error;
    if (!HttpRequestDecoder::read(in, &request, &error))
        return envelopeReply(route.envelope, Response::error(400, error));
    if (auto denied = RequestAuthenticator::authenticate(route, &request, *m_backend))
        return envelopeReply(route.envelope, *denied);
    return envelopeReply(route.envelope, m_backend->handle(request));
}

HttpReply SandboxHttpServer::adminReply(const QHttpServerRequest &in)
{
    if (!m_faults)
        return plainJson(503, {{QStringLiteral("error"), tr("fault injection is unavailable")}});
    const auto method = in.method();
    if (method == QHttpServerRequest::Method::Delete) {
        m_faults->clear();
    } else if (method == QHttpServerRequest::Method::Put ||
               method == QHttpServerRequest::Method::Post) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(in.body(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            const QString message = parseError.error != QJsonParseError::NoError
                                        ? tr("malformed JSON body: %1 at offset %2")
                                              .arg(parseError.errorString())
                                              .arg(parseError.offset)
                                        : tr("the fault configuration must be a JSON object");
            return plainJson(400, {{QStringLiteral("error"), message}});
        }
        QString error;
        if (!m_faults->apply(doc.object(), method == QHttpServerRequest::Method::Put, &error))
            return plainJson(400, {{QStringLiteral("error"), error}});
        qCInfo(lcSandboxHttp) << "fault configuration changed:" << m_faults->rules().size()
                              << "rule(s)";
    } else if (method != QHttpServerRequest::Method::Get) {
        return plainJson(405, {{QStringLiteral("error"), tr("use GET, PUT, POST or DELETE")}});
    }
    return plainJson(200, m_faults->toJson());
}

HttpReply SandboxHttpServer::healthReply() const
{
    QJsonObject o = m_healthInfo;
    o.insert(u"status", QStringLiteral("ok"));
    o.insert(u"ready", m_backend != nullptr);
    o.insert(u"routes", int(RouteTable::builtIn().routes().size()));
    o.insert(u"uptimeMs", double(m_uptime.elapsed()));
    return plainJson(200, o);
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(socket,
         envelopeReply(Envelope::Integration,
                       Response::error(404, tr("no route for %1").arg(request.url().path()))),
         wantsKeepAlive(request), FaultDecision());
}

void SandboxHttpServer::send(QTcpSocket *socket, const HttpReply &reply, bool keepAlive,
                             const FaultDecision &fault)
{
    QByteArray bytes;
    bool closeAfter = !keepAlive;
    bool reset = false;
    switch (fault.kind) {
    case FaultKind::Reset:
        reset = true;
        break;
    case FaultKind::Truncate:
        // The full Content-Length, half the body, then close: the client
        // must notice the short read.
        bytes = reply.serialize(false, reply.body.size() / 2);
        closeAfter = true;
        break;
    case FaultKind::Malformed: {
        HttpReply broken = reply;
        broken.status = 200;
        broken.body = reply.body.left(qMax<qsizetype>(1, reply.body.size() / 2));
        if (broken.body.isEmpty() || broken.body == "{")
            broken.body = QByteArrayLiteral("{\"status\":\"success\",\"data\":");
        bytes = broken.serialize(keepAlive);
        break;
    }
    case FaultKind::None:
    case FaultKind::Error:
    case FaultKind::RateLimit:
        bytes = reply.serialize(keepAlive);
        break;
    }
    if (fault.latencyMs <= 0) {
        deliver(socket, bytes, closeAfter, reset);
        return;
    }
    // Never block: hold the socket weakly and write when the timer fires. (A
    // client that pipelines requests on one connection could see a later,
    // undelayed reply first; QNetworkAccessManager and wrk do not pipeline.)
    QPointer<QTcpSocket> guarded(socket);
    QTimer::singleShot(fault.latencyMs, this, [this, guarded, bytes, closeAfter, reset] {
        if (guarded)
            deliver(guarded, bytes, closeAfter, reset);
    });
}

void SandboxHttpServer::deliver(QTcpSocket *socket, const QByteArray &bytes, bool closeAfter,
                                bool reset)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (reset) {
        socket->abort();
        return;
    }
    socket->write(bytes);
    if (closeAfter)
        socket->disconnectFromHost();
}

} // namespace ra::sandbox
