#pragma once

#include "httpconnection.h"

#include <QList>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTimer>

namespace ra::sandbox {

// The sandbox's TCP front: accepts connections and gives each an
// HttpConnection. QTcpServer only opens the listening socket: it accepts
// itself, because QTcpServer 6.4 neither pauses nor reports an accept() that
// fails for want of descriptors and so polls the failing accept() forever.
// It caps the open connections (maxConnections) and stays responsive when
// the cap or the process's descriptor limit is reached: it first closes the
// connection idle the longest, if any, to make room for the new one;
// otherwise it stops accepting (the kernel queues new clients) and resumes
// when a connection closes, or after a second when the descriptors went
// elsewhere. The cap never lets connections take the process's last
// descriptors (descriptorHeadroom stay free for the database's files, the
// log and the like), so a full house still leaves the server able to work.
// Ownership: owns its connections; borrows the handler. Thread: the thread it
// lives on.
class HttpListener : public QTcpServer
{
    Q_OBJECT
public:
    explicit HttpListener(HttpHandler *handler, QObject *parent = nullptr);
    ~HttpListener() override;

    void setLimits(const HttpLimits &limits) { m_limits = limits; }
    const HttpLimits &limits() const { return m_limits; }
    void setMaxConnections(int count) { m_maxConnections = qMax(1, count); }
    // The configured cap, lowered to the descriptor limit less the headroom.
    int maxConnections() const;
    int connectionCount() const { return int(m_connections.size()); }
    // How often accepting was paused for want of room (for tests and logs).
    int pauses() const { return m_pauses; }

    static constexpr int defaultMaxConnections = 1000;
    static constexpr int retryMs = 1000;
    static constexpr int descriptorHeadroom = 32;

    // Listens and starts accepting; false (see errorString()) on failure.
    bool start(const QHostAddress &address, quint16 port);

private:
    void acceptReady();
    bool evictIdle();
    void pause(const QString &why);
    void resume();
    void onClosed(HttpConnection *connection);

    HttpHandler *m_handler = nullptr;
    HttpLimits m_limits;
    int m_maxConnections = defaultMaxConnections;
    qint64 m_descriptorLimit = -1;         // RLIMIT_NOFILE when start() ran; -1: none
    QList<HttpConnection *> m_connections; // children
    QSocketNotifier *m_notifier = nullptr; // child
    QTimer m_retry;
    bool m_paused = false;
    int m_pauses = 0;
};

} // namespace ra::sandbox
