#include "httplistener.h"

#include <QLoggingCategory>

#include <cerrno>
#include <sys/resource.h>
#include <sys/socket.h>

Q_DECLARE_LOGGING_CATEGORY(lcHttpConnection)

namespace ra::sandbox {

namespace {

// Connections accepted per wake-up before other events get their turn.
constexpr int acceptBatch = 64;

} // namespace

int HttpListener::maxConnections() const
{
    if (m_descriptorLimit < 0)
        return m_maxConnections;
    const qint64 room = m_descriptorLimit - descriptorHeadroom;
    return int(qBound(qint64(1), room, qint64(m_maxConnections)));
}

HttpListener::HttpListener(HttpHandler *handler, QObject *parent)
    : QTcpServer(parent)
    , m_handler(handler)
{
    // Room for a burst of clients while a full server makes room.
    setListenBacklogSize(256);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &HttpListener::resume);
}

HttpListener::~HttpListener()
{
    // Before QTcpServer closes the descriptor the notifier watches.
    delete m_notifier;
}

bool HttpListener::start(const QHostAddress &address, quint16 port)
{
    if (!listen(address, port))
        return false;
    // The process's descriptor limit, read once rather than on every accept.
    rlimit limit{};
    m_descriptorLimit = ::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY
                            ? qint64(limit.rlim_cur)
                            : -1;
    pauseAccepting(); // QTcpServer's own accepting stays off; see the class comment
    m_notifier = new QSocketNotifier(socketDescriptor(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &HttpListener::acceptReady);
    return true;
}

void HttpListener::acceptReady()
{
    for (int i = 0; i < acceptBatch; ++i) {
        if (connectionCount() >= maxConnections() && !evictIdle()) {
            pause(
                QStringLiteral("%1 connections are open, the most allowed").arg(connectionCount()));
            return;
        }
        const int descriptor =
            ::accept4(int(socketDescriptor()), nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (descriptor < 0) {
            const int error = errno;
            if (error == EINTR || error == ECONNABORTED)
                continue;
            if (error == EAGAIN || error == EWOULDBLOCK)
                return; // all queued clients taken
            const bool outOfDescriptors =
                error == EMFILE || error == ENFILE || error == ENOBUFS || error == ENOMEM;
            if (outOfDescriptors && evictIdle())
                continue; // an idle connection's descriptor is free now
            pause(QString::fromLocal8Bit(strerror(error)));
            m_retry.start(retryMs);
            return;
        }
        auto *connection = new HttpConnection(descriptor, m_handler, &m_limits, this);
        m_connections.append(connection);
        connect(connection, &HttpConnection::closed, this,
                [this, connection] { onClosed(connection); });
    }
}

bool HttpListener::evictIdle()
{
    HttpConnection *oldest = nullptr;
    for (HttpConnection *c : std::as_const(m_connections)) {
        if (c->isIdle() && (!oldest || c->msSinceActivity() > oldest->msSinceActivity()))
            oldest = c;
    }
    if (!oldest)
        return false;
    oldest->abort(); // frees its descriptor now; onClosed() forgets it
    return true;
}

void HttpListener::pause(const QString &why)
{
    if (m_paused)
        return;
    m_notifier->setEnabled(false);
    m_paused = true;
    ++m_pauses;
    qCWarning(lcHttpConnection).noquote()
        << "not accepting connections for now:" << why << "- resuming when one closes";
}

void HttpListener::resume()
{
    m_retry.stop();
    if (!m_paused || !m_notifier)
        return;
    m_paused = false;
    m_notifier->setEnabled(true);
}

void HttpListener::onClosed(HttpConnection *connection)
{
    m_connections.removeOne(connection);
    connection->deleteLater();
    if (m_paused && connectionCount() < maxConnections())
        resume();
}

} // namespace ra::sandbox
