#include "httplistener.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHttpConnection)

namespace ra::sandbox {

HttpListener::HttpListener(HttpHandler *handler, QObject *parent)
    : QTcpServer(parent)
    , m_handler(handler)
{
    // Room for a burst of clients while a full server makes room.
    setListenBacklogSize(256);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        m_paused = false;
        resumeAccepting();
    });
    connect(this, &QTcpServer::acceptError, this, &HttpListener::onAcceptError);
}

void HttpListener::incomingConnection(qintptr descriptor)
{
    auto *connection = new HttpConnection(descriptor, m_handler, &m_limits, this);
    m_connections.append(connection);
    connect(connection, &HttpConnection::closed, this,
            [this, connection] { onClosed(connection); });
    if (connectionCount() >= m_maxConnections && !evictIdle(connection))
        pause();
}

bool HttpListener::evictIdle(const HttpConnection *except)
{
    HttpConnection *oldest = nullptr;
    for (HttpConnection *c : std::as_const(m_connections)) {
        if (c != except && c->isIdle() &&
            (!oldest || c->msSinceActivity() > oldest->msSinceActivity()))
            oldest = c;
    }
    if (!oldest)
        return false;
    oldest->abort(); // frees its descriptor now; onClosed() forgets it
    return true;
}

void HttpListener::pause()
{
    if (m_paused)
        return;
    pauseAccepting();
    m_paused = true;
    ++m_pauses;
    qCWarning(lcHttpConnection) << "connection limit reached with" << connectionCount()
                                << "open connections; not accepting until one closes";
}

void HttpListener::onAcceptError(QAbstractSocket::SocketError error)
{
    // QTcpServer has paused accepting already. Out of descriptors: close an
    // idle connection and go on, or wait for one to close.
    if (error == QAbstractSocket::SocketResourceError && evictIdle(nullptr)) {
        resumeAccepting();
        return;
    }
    m_paused = true;
    ++m_pauses;
    qCWarning(lcHttpConnection) << "cannot accept connections:" << errorString() << "with"
                                << connectionCount() << "open; waiting for one to close";
    m_retry.start(retryMs);
}

void HttpListener::onClosed(HttpConnection *connection)
{
    m_connections.removeOne(connection);
    connection->deleteLater();
    if (m_paused && connectionCount() < m_maxConnections) {
        m_retry.stop();
        m_paused = false;
        resumeAccepting();
    }
}

} // namespace ra::sandbox
