#pragma once

#include "httpconnection.h"
#include "httpreply.h"
#include "routeindex.h"
#include "sandboxapi.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

namespace ra::sandbox {

class FaultInjector;
class HttpListener;
struct FaultDecision;

// The sandbox's HTTP handler on its own HTTP/1.1 layer (HttpListener,
// HttpConnection, HttpRequestParser). For each request it strips the family
// prefix, matches the route table, decodes the body, authenticates, asks the
// FaultInjector, calls the Backend and writes the family envelope. Serves
// GET /health (liveness only), the /__admin/faults admin route (needs a
// system key in x-api-key) and the uploaded images at GET /uploads/{id}/{name}
// (the URLs "Upload Image" returns). Error messages quote request values only
// as a short elided prefix.
// Ownership: owns the listener; borrows the Backend (may be null until the
// data layer is ready: API routes then answer 503) and the FaultInjector.
// Thread: the thread it lives on; one request at a time.
class SandboxHttpServer : public QObject, public HttpHandler
{
    Q_OBJECT
public:
    explicit SandboxHttpServer(FaultInjector *faults, QObject *parent = nullptr);
    ~SandboxHttpServer() override;

    // Listens on address:port (0: the OS chooses); the port, or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);
    QString errorString() const;

    void setBackend(Backend *backend) { m_backend = backend; }
    void setMaxBodyBytes(qint64 bytes);
    qint64 maxBodyBytes() const;
    void setLimits(const HttpLimits &limits);
    HttpLimits limits() const;
    void setMaxConnections(int count);
    HttpListener *listener() const { return m_listener; }

    static constexpr qint64 defaultMaxBodyBytes = 64 * 1024 * 1024;

    HttpAnswer answer(const HttpRequest &request, const QString &origin) override;
    QByteArray refusal(const HttpRequest &partial, int status, const QString &message) override;

private:
    HttpReply route(const HttpRequest &in, const QString &origin, FaultDecision *fault);
    HttpReply apiReply(const HttpRequest &in, const QString &origin, const Route &route,
                       QHash<QString, QString> &&params);
    HttpReply adminReply(const HttpRequest &in);
    HttpReply healthReply() const;
    static HttpReply envelopeReply(Envelope envelope, const Response &response);
    static HttpAnswer deliver(const HttpReply &reply, bool keepAlive, bool headOnly,
                              const FaultDecision &fault);

    HttpListener *m_listener = nullptr; // child
    RouteIndex m_routes;
    Backend *m_backend = nullptr;
    QPointer<FaultInjector> m_faults;
    QElapsedTimer m_uptime;
};

} // namespace ra::sandbox
