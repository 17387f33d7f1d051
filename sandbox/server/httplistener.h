#pragma once

#include "httpconnection.h"

#include <QList>
#include <QTcpServer>
#include <QTimer>

namespace ra::sandbox {

// The sandbox's TCP front: accepts connections and gives each an
// HttpConnection. It caps the open connections (maxConnections) and stays
// responsive when the cap or the process's descriptor limit is reached:
// it first closes the connection idle the longest, if any, to make room for
// the new one; otherwise it stops accepting (QTcpServer::pauseAccepting, the
// kernel queues new clients) and resumes when a connection closes, or after
// a second when the descriptors went elsewhere. It never spins on a failing
// accept(). Ownership: owns its connections; borrows the handler. Thread:
// the thread it lives on.
class HttpListener : public QTcpServer
{
    Q_OBJECT
public:
    explicit HttpListener(HttpHandler *handler, QObject *parent = nullptr);

    void setLimits(const HttpLimits &limits) { m_limits = limits; }
    const HttpLimits &limits() const { return m_limits; }
    void setMaxConnections(int count) { m_maxConnections = qMax(1, count); }
    int maxConnections() const { return m_maxConnections; }
    int connectionCount() const { return int(m_connections.size()); }
    // How often accepting was paused for want of room (for tests and logs).
    int pauses() const { return m_pauses; }

    static constexpr int defaultMaxConnections = 1000;
    static constexpr int retryMs = 1000;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    bool evictIdle(const HttpConnection *except);
    void pause();
    void onAcceptError(QAbstractSocket::SocketError error);
    void onClosed(HttpConnection *connection);

    HttpHandler *m_handler = nullptr;
    HttpLimits m_limits;
    int m_maxConnections = defaultMaxConnections;
    QList<HttpConnection *> m_connections; // children
    QTimer m_retry;
    bool m_paused = false;
    int m_pauses = 0;
};

} // namespace ra::sandbox
