#pragma once

#include "httprequestparser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace ra::sandbox {

// What the handler answers to one request: the reply's bytes as they go on
// the wire, and how to deliver them. Value type.
struct HttpAnswer
{
    QByteArray bytes;
    bool close = false; // close the connection once the reply is written
    bool reset = false; // drop the connection instead of answering
    int delayMs = 0;    // hold the reply this long (later replies wait behind it)
};

// Turns requests into answers; implemented by SandboxHttpServer.
class HttpHandler
{
public:
    virtual ~HttpHandler() = default;
    // `origin` is "http://<local address>:<port>" of the connection: what the
    // server itself knows of how it was reached (never the Host header).
    virtual HttpAnswer answer(const HttpRequest &request, const QString &origin) = 0;
    // The reply to a request refused before it reached the handler (framing
    // error, limit, timeout). `partial` holds what was parsed of it. The
    // connection closes after it.
    virtual QByteArray refusal(const HttpRequest &partial, int status, const QString &message) = 0;
};

// One accepted TCP connection speaking HTTP/1.1: feeds the socket's bytes to
// an HttpRequestParser, asks the handler for each request's answer, and
// writes the replies in request order even when a client pipelines and an
// earlier reply is delayed. Keeps the connection alive unless the client or
// the answer asks to close. Times out an idle connection (idleTimeoutMs), a
// head that is not complete headerTimeoutMs after its first byte, and a body
// not complete bodyTimeoutMs after its head (408). After a refusal it sends
// the reply, stops sending (half-close) and discards what the client still
// sends for a moment, so the client can read the reply instead of a reset.
// Reads at most maxPipelined requests ahead of their replies and stops
// reading while the client does not read its replies.
// Ownership: owns its socket; owned by the HttpListener. Emits closed() once.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    // `limits` is borrowed (the listener's), so a change applies to open connections too.
    HttpConnection(qintptr descriptor, HttpHandler *handler, const HttpLimits *limits,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    bool isOpen() const { return !m_finished; }
    // No request in progress, no reply pending: safe to close under pressure.
    bool isIdle() const;
    qint64 msSinceActivity() const { return m_activity.elapsed(); }
    // Closes at once (the listener evicting an idle connection).
    void abort();

    static constexpr int lingerMs = 2000;

Q_SIGNALS:
    void closed();

private:
    enum class Deadline { None, Idle, Head, Body, Write, Linger };
    struct Slot
    {
        quint64 id = 0;
        QByteArray bytes;
        bool close = false;
        bool reset = false;
        bool linger = false;
        bool ready = true;
    };

    void process();
    void enqueue(const HttpAnswer &answer, bool linger);
    void refuse(int status, const QString &message);
    void flush();
    void startLinger();
    void armDeadline();
    void onDeadline();
    void finish();

    QTcpSocket *m_socket = nullptr; // child
    HttpHandler *m_handler = nullptr;
    const HttpLimits *m_limits = nullptr;
    HttpRequestParser m_parser;
    std::deque<Slot> m_queue;
    quint64 m_nextId = 0;
    QString m_origin;
    QTimer m_deadline;
    Deadline m_deadlineKind = Deadline::None;
    QElapsedTimer m_activity;
    bool m_closing = false;   // no more requests are read
    bool m_lingering = false; // replies done; discarding input until the client closes
    bool m_finished = false;
};

} // namespace ra::sandbox
