#include "sandboxhttpserver.h"

#include "envelopewriter.h"
#include "faultinjector.h"
#include "httplistener.h"
#include "httprequestdecoder.h"
#include "requestauthenticator.h"

#include "api/routetable.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSandboxHttp, "ra.sandbox.http")

namespace ra::sandbox {

namespace {

// Longest error message a reply carries; longer ones (a handler quoting a
// huge value) are cut, so no request value comes back unbounded.
constexpr qsizetype maxMessageChars = 300;

HttpReply plainJson(int status, const QJsonObject &object)
{
    HttpReply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

QString quotedPath(const QByteArray &path)
{
    return HttpRequestParser::quote(path);
}

} // namespace

SandboxHttpServer::SandboxHttpServer(FaultInjector *faults, QObject *parent)
    : QObject(parent)
    , m_listener(new HttpListener(this, this))
    , m_routes(RouteTable::builtIn())
    , m_faults(faults)
{
    m_uptime.start();
}

SandboxHttpServer::~SandboxHttpServer()
{
    // Connections call back into this handler: close them while it exists.
    delete m_listener;
}

quint16 SandboxHttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_listener->start(address, port))
        return 0;
    return m_listener->serverPort();
}

QString SandboxHttpServer::errorString() const
{
    return m_listener->errorString();
}

void SandboxHttpServer::setMaxBodyBytes(qint64 bytes)
{
    HttpLimits limits = m_listener->limits();
    limits.maxBodyBytes = bytes;
    m_listener->setLimits(limits);
}

qint64 SandboxHttpServer::maxBodyBytes() const
{
    return m_listener->limits().maxBodyBytes;
}

void SandboxHttpServer::setLimits(const HttpLimits &limits)
{
    m_listener->setLimits(limits);
}

HttpLimits SandboxHttpServer::limits() const
{
    return m_listener->limits();
}

void SandboxHttpServer::setMaxConnections(int count)
{
    m_listener->setMaxConnections(count);
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
    } else if (response.status >= 400 && response.message.size() > maxMessageChars) {
        Response cut = response;
        cut.message = response.message.left(maxMessageChars) + QChar(0x2026);
        reply.body = EnvelopeWriter::serialize(envelope, cut);
    } else {
        reply.body = EnvelopeWriter::serialize(envelope, response);
    }
    return reply;
}

HttpAnswer SandboxHttpServer::answer(const HttpRequest &request, const QString &origin)
{
    FaultDecision fault;
    const HttpReply reply = route(request, origin, &fault);
    if (fault.kind != FaultKind::None || fault.latencyMs > 0)
        qCInfo(lcSandboxHttp) << "fault" << toString(fault.kind) << fault.latencyMs << "ms";
    qCDebug(lcSandboxHttp).noquote() << request.method << quotedPath(request.path) << reply.status;
    return deliver(reply, request.keepAlive, request.method == "HEAD", fault);
}

QByteArray SandboxHttpServer::refusal(const HttpRequest &partial, int status,
                                      const QString &message)
{
    ApiFamily family = ApiFamily::Integration;
    QString rest;
    const Envelope envelope =
        RouteIndex::splitPrefix(QString::fromLatin1(partial.path), &family, &rest)
            ? RouteIndex::familyEnvelope(family)
            : Envelope::Integration;
    return envelopeReply(envelope, Response::error(status, message)).serialize(false);
}

HttpReply SandboxHttpServer::route(const HttpRequest &request, const QString &origin,
                                   FaultDecision *fault)
{
    const QString path = QString::fromLatin1(request.path);
    if (path == u"/health")
        return healthReply();
    if (path == u"/__admin/faults")
        return adminReply(request);
    if (path.startsWith(u"/uploads/") && (request.method == "GET" || request.method == "HEAD")) {
        // The public URL "Upload Image" returns: not an API route, no auth (like a CDN).
        const QString id = path.section(u'/', 2, 2);
        return envelopeReply(Envelope::Integration,
                             m_backend ? m_backend->uploadedImage(id)
                                       : Response::error(503, tr("the sandbox is starting")));
    }

    ApiFamily family = ApiFamily::Integration;
    QString rest;
    if (!RouteIndex::splitPrefix(path, &family, &rest)) {
        return envelopeReply(
            Envelope::Integration,
            Response::error(404, tr("no route for %1").arg(quotedPath(request.path))));
    }
    const QString method = QString::fromLatin1(request.method);
    QHash<QString, QString> params;
    const Route *route = m_routes.match(family, method, rest, &params);
    if (!route) {
        const Envelope envelope = RouteIndex::familyEnvelope(family);
        const Response error =
            m_routes.pathExists(family, rest)
                ? Response::error(405, tr("method %1 is not allowed on %2")
                                           .arg(HttpRequestParser::quote(request.method, 20),
                                                quotedPath(request.path)))
                : Response::error(404, tr("no route for %1").arg(quotedPath(request.path)));
        return envelopeReply(envelope, error);
    }

    if (m_faults)
        *fault = m_faults->decide(route->operationId);
    switch (fault->kind) {
    case FaultKind::Reset:
        return {};
    case FaultKind::Error:
    case FaultKind::RateLimit: {
        Response r = Response::error(fault->status, fault->kind == FaultKind::RateLimit
                                                        ? tr("too many requests")
                                                        : tr("injected fault"));
        if (fault->kind == FaultKind::RateLimit)
            r.headers.append(
                {QByteArrayLiteral("Retry-After"), QByteArray::number(fault->retryAfterSeconds)});
        return envelopeReply(route->envelope, r);
    }
    case FaultKind::None:
    case FaultKind::Truncate:
    case FaultKind::Malformed:
        break;
    }
    return apiReply(request, origin, *route, std::move(params));
}

HttpReply SandboxHttpServer::apiReply(const HttpRequest &in, const QString &origin,
                                      const Route &route, QHash<QString, QString> &&params)
{
    if (!m_backend)
        return envelopeReply(route.envelope,
                             Response::error(503, tr("the sandbox is still starting")));
    Request request;
    request.route = &route;
    request.pathParams = std::move(params);
    request.origin = origin;
    QString error;
    if (!HttpRequestDecoder::read(in, &request, &error))
        return envelopeReply(route.envelope, Response::error(400, error));
    if (auto denied = RequestAuthenticator::authenticate(route, &request, *m_backend))
        return envelopeReply(route.envelope, *denied);
    return envelopeReply(route.envelope, m_backend->handle(request));
}

HttpReply SandboxHttpServer::adminReply(const HttpRequest &in)
{
    if (!m_faults)
        return plainJson(503, {{QStringLiteral("error"), tr("fault injection is unavailable")}});
    if (!m_backend)
        return plainJson(503, {{QStringLiteral("error"), tr("the sandbox is still starting")}});
    // The admin route changes how the server behaves: only a system key may.
    const QByteArray key = in.header(QByteArrayLiteral("x-api-key")).trimmed();
    const auto info = key.isEmpty() ? std::nullopt : m_backend->lookupKey(QString::fromUtf8(key));
    if (!info || !info->system) {
        return plainJson(401, {{QStringLiteral("error"),
                                key.isEmpty() ? tr("the admin route needs the sandbox's system "
                                                   "key in the x-api-key header")
                                              : tr("the x-api-key header is not the sandbox's "
                                                   "system key")}});
    }
    const QByteArray &method = in.method;
    if (method == "DELETE") {
        m_faults->clear();
    } else if (method == "PUT" || method == "POST") {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(in.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            const QString message = parseError.error != QJsonParseError::NoError
                                        ? tr("malformed JSON body: %1 at offset %2")
                                              .arg(parseError.errorString())
                                              .arg(parseError.offset)
                                        : tr("the fault configuration must be a JSON object");
            return plainJson(400, {{QStringLiteral("error"), message}});
        }
        QString error;
        if (!m_faults->apply(doc.object(), method == "PUT", &error))
            return plainJson(400, {{QStringLiteral("error"), error.left(maxMessageChars)}});
        qCInfo(lcSandboxHttp) << "fault configuration changed:" << m_faults->rules().size()
                              << "rule(s)";
    } else if (method != "GET") {
        return plainJson(405, {{QStringLiteral("error"), tr("use GET, PUT, POST or DELETE")}});
    }
    return plainJson(200, m_faults->toJson());
}

HttpReply SandboxHttpServer::healthReply() const
{
    // Liveness only: nothing about the community (no id, no counts, no names).
    QJsonObject o;
    o.insert(u"status", QStringLiteral("ok"));
    o.insert(u"ready", m_backend != nullptr);
    o.insert(u"routes", int(RouteTable::builtIn().routes().size()));
    o.insert(u"uptimeMs", double(m_uptime.elapsed()));
    return plainJson(200, o);
}

HttpAnswer SandboxHttpServer::deliver(const HttpReply &reply, bool keepAlive, bool headOnly,
                                      const FaultDecision &fault)
{
    HttpAnswer out;
    out.delayMs = fault.latencyMs;
    out.close = !keepAlive;
    switch (fault.kind) {
    case FaultKind::Reset:
        out.reset = true;
        break;
    case FaultKind::Truncate:
        // The full Content-Length, half the body, then close: the client
        // must notice the short read.
        out.bytes = reply.serialize(false, reply.body.size() / 2);
        out.close = true;
        break;
    case FaultKind::Malformed: {
        HttpReply broken = reply;
        broken.status = 200;
        broken.body = reply.body.left(qMax<qsizetype>(1, reply.body.size() / 2));
        if (broken.body.isEmpty() || broken.body == "{")
            broken.body = QByteArrayLiteral("{\"status\":\"success\",\"data\":");
        out.bytes = broken.serialize(keepAlive);
        break;
    }
    case FaultKind::None:
    case FaultKind::Error:
    case FaultKind::RateLimit:
        out.bytes = reply.serialize(keepAlive, headOnly ? 0 : -1);
        break;
    }
    return out;
}

} // namespace ra::sandbox
