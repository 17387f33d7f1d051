#pragma once

#include "httpreply.h"
#include "routeindex.h"
#include "sandboxapi.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace ra::sandbox {

class FaultInjector;
struct FaultDecision;

// The sandbox's HTTP front: a QAbstractHttpServer that owns the socket of
// every reply (so it can delay, truncate or drop it). It strips the family
// prefix, matches the route table, enforces the body limit, decodes the body,
// authenticates, asks the FaultInjector, calls the Backend and writes the
// family envelope. Serves GET /health, the /__admin/faults admin route and the uploaded
// images at GET /uploads/{id}/{name} (the URLs "Upload Image" returns).
// Ownership: borrows the Backend (may be null until the data layer is ready:
// API routes then answer 503) and the FaultInjector. Thread: the thread it
// lives on; one request at a time.
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxHttpServer(FaultInjector *faults, QObject *parent = nullptr);

    void setBackend(Backend *backend) { m_backend = backend; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    // Extra fields for the /health reply (e.g. communityId, users).
    void setHealthInfo(const QJsonObject &info) { m_healthInfo = info; }

    static constexpr qint64 defaultMaxBodyBytes = 64 * 1024 * 1024;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpReply apiReply(const QHttpServerRequest &in, const Route &route,
                       QHash<QString, QString> &&params);
    HttpReply adminReply(const QHttpServerRequest &in);
    HttpReply healthReply() const;
    static HttpReply envelopeReply(Envelope envelope, const Response &response);
    void send(QTcpSocket *socket, const HttpReply &reply, bool keepAlive,
              const FaultDecision &fault);
    void deliver(QTcpSocket *socket, const QByteArray &bytes, bool closeAfter, bool reset);

    RouteIndex m_routes;
    Backend *m_backend = nullptr;
    QPointer<FaultInjector> m_faults;
    qint64 m_maxBodyBytes = defaultMaxBodyBytes;
    QJsonObject m_healthInfo;
    QElapsedTimer m_uptime;
};

} // namespace ra::sandbox
