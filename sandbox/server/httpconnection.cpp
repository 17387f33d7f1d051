#include "httpconnection.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QTcpSocket>

#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcHttpConnection, "ra.sandbox.http")

namespace ra::sandbox {

namespace {

// The socket's own read buffer: Qt stops reading from the kernel when it is
// full, which pushes back on a client that sends faster than we parse.
constexpr qint64 readBufferBytes = 256 * 1024;
// Stop reading requests while this much of our replies is still unsent.
constexpr qint64 maxUnsentBytes = 4 * 1024 * 1024;

QString originOf(const QTcpSocket &socket)
{
    QHostAddress address = socket.localAddress();
    bool v4 = false;
    const quint32 ipv4 = address.toIPv4Address(&v4);
    if (v4)
        address = QHostAddress(ipv4); // an IPv4-mapped IPv6 address as plain IPv4
    QString host = address.toString();
    if (host.contains(u':'))
        host = u'[' + host.section(u'%', 0, 0) + u']';
    return QStringLiteral("http://%1:%2").arg(host).arg(socket.localPort());
}

} // namespace

HttpConnection::HttpConnection(qintptr descriptor, HttpHandler *handler, const HttpLimits *limits,
                               QObject *parent)
    : QObject(parent)
    , m_socket(new QTcpSocket(this))
    , m_handler(handler)
    , m_limits(limits)
    , m_parser(*limits)
{
    m_activity.start();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpConnection::onDeadline);
    if (!m_socket->setSocketDescriptor(descriptor)) {
        QTimer::singleShot(0, this, &HttpConnection::finish);
        return;
    }
    m_socket->setReadBufferSize(readBufferBytes);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_origin = originOf(*m_socket);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::process);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        m_activity.restart();
        if (m_deadlineKind == Deadline::Write)
            m_deadlineKind = Deadline::None;
        if (m_lingering)
            startLinger();
        else
            process();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            finish();
    });
    armDeadline();
}

HttpConnection::~HttpConnection() = default;

bool HttpConnection::isIdle() const
{
    return !m_finished && !m_closing && m_queue.empty() && m_parser.isIdle() &&
           m_socket->bytesToWrite() == 0 && m_socket->bytesAvailable() == 0;
}

void HttpConnection::abort()
{
    m_socket->abort();
    finish();
}

void HttpConnection::process()
{
    if (m_finished)
        return;
    m_activity.restart();
    if (m_lingering || (m_closing && m_parser.failed())) {
        m_socket->skip(m_socket->bytesAvailable()); // a refused request's rest: dropped
        return;
    }
    m_parser.setLimits(*m_limits);
    while (!m_closing) {
        if (int(m_queue.size()) >= m_limits->maxPipelined ||
            m_socket->bytesToWrite() > maxUnsentBytes)
            break; // resumed when replies go out
        if (m_socket->bytesAvailable() > 0)
            m_parser.feed(m_socket->read(m_socket->bytesAvailable()));
        HttpRequest request;
        const HttpRequestParser::Status status = m_parser.next(&request);
        if (status == HttpRequestParser::Status::Ready) {
            m_deadlineKind = Deadline::None;
            HttpAnswer answer = m_handler->answer(request, m_origin);
            answer.close = answer.close || !request.keepAlive;
            enqueue(answer, false);
            continue;
        }
        if (status == HttpRequestParser::Status::Failed) {
            refuse(m_parser.errorStatus(), m_parser.errorMessage());
            break;
        }
        if (m_parser.takeContinueRequest() && m_queue.empty())
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        if (m_socket->bytesAvailable() == 0)
            break;
    }
    flush();
    armDeadline();
}

void HttpConnection::enqueue(const HttpAnswer &answer, bool linger)
{
    Slot slot;
    slot.id = ++m_nextId;
    slot.bytes = answer.bytes;
    slot.close = answer.close || answer.reset || linger;
    slot.reset = answer.reset;
    slot.linger = linger;
    slot.ready = answer.delayMs <= 0;
    if (slot.close)
        m_closing = true;
    if (!slot.ready) {
        const quint64 id = slot.id;
        QTimer::singleShot(answer.delayMs, this, [this, id] {
            for (Slot &s : m_queue) {
                if (s.id == id)
                    s.ready = true;
            }
            flush();
            process();
        });
    }
    m_queue.push_back(std::move(slot));
}

void HttpConnection::refuse(int status, const QString &message)
{
    qCInfo(lcHttpConnection) << "refused a request with" << status << "-" << message;
    HttpAnswer answer;
    answer.bytes = m_handler->refusal(m_parser.partial(), status, message);
    enqueue(answer, true);
}

void HttpConnection::flush()
{
    while (!m_finished && !m_queue.empty() && m_queue.front().ready) {
        const Slot slot = std::move(m_queue.front());
        m_queue.pop_front();
        if (slot.reset) {
            abort();
            return;
        }
        m_socket->write(slot.bytes);
        if (slot.linger) {
            m_lingering = true;
            m_queue.clear();
            startLinger();
            return;
        }
        if (slot.close) {
            m_queue.clear();
            m_socket->disconnectFromHost();
            return;
        }
    }
}

void HttpConnection::startLinger()
{
    if (m_finished || m_socket->bytesToWrite() > 0 || m_deadlineKind == Deadline::Linger)
        return;
    // All of the refusal is out: say we are done sending (the client reads
    // the reply, then end of stream), then drop what still arrives until the
    // client closes or the linger time is up.
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    m_socket->skip(m_socket->bytesAvailable());
    m_deadlineKind = Deadline::Linger;
    m_deadline.start(lingerMs);
}

void HttpConnection::armDeadline()
{
    if (m_finished || m_lingering || m_deadlineKind == Deadline::Linger)
        return;
    const HttpLimits &limits = *m_limits;
    Deadline kind = Deadline::None;
    int ms = 0;
    if (m_socket->bytesToWrite() > 0) {
        kind = Deadline::Write;
        ms = limits.idleTimeoutMs;
    } else if (!m_queue.empty() || m_closing) {
        kind = Deadline::None; // our own delayed replies are pending
    } else if (m_parser.readingBody()) {
        kind = Deadline::Body;
        ms = limits.bodyTimeoutMs;
    } else if (!m_parser.isIdle()) {
        kind = Deadline::Head;
        ms = limits.headerTimeoutMs;
    } else {
        kind = Deadline::Idle;
        ms = limits.idleTimeoutMs;
    }
    if (kind == m_deadlineKind)
        return; // a deadline already running keeps its start
    m_deadlineKind = kind;
    if (kind == Deadline::None)
        m_deadline.stop();
    else
        m_deadline.start(ms);
}

void HttpConnection::onDeadline()
{
    switch (m_deadlineKind) {
    case Deadline::Head:
    case Deadline::Body: {
        const bool head = m_deadlineKind == Deadline::Head;
        const int ms = head ? m_limits->headerTimeoutMs : m_limits->bodyTimeoutMs;
        m_deadlineKind = Deadline::None;
        refuse(408, head ? tr("the request headers did not arrive within %1 ms").arg(ms)
                         : tr("the request body did not arrive within %1 ms").arg(ms));
        flush();
        break;
    }
    case Deadline::Idle:
    case Deadline::Write:
    case Deadline::Linger:
    case Deadline::None:
        abort();
        break;
    }
}

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_queue.clear();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    Q_EMIT closed();
}

} // namespace ra::sandbox
