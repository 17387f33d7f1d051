#pragma once

#include <QTcpSocket>
#include <QTest>

namespace ra::sandbox::test {

// One reply as read off a raw socket.
struct RawReply
{
    int status = 0; // 0: no complete reply arrived
    QByteArray head;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        const QList<QByteArray> lines = head.split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

// A client that writes exactly the bytes a test gives it, for what
// QNetworkAccessManager would never send (bad framing, pipelining, trickled
// or oversized requests), and reads replies by their Content-Length. Waits
// run the event loop, so an in-process server keeps serving.
class RawHttpClient
{
public:
    bool connectTo(quint16 port, int timeoutMs = 5000)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        return m_socket.waitForConnected(timeoutMs);
    }

    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }

    enum class Read { Reply, Interim, HeadOnly };

    // The next reply, or status 0. Reply skips "100 Continue"; Interim
    // returns it; HeadOnly reads no body (the reply to HEAD).
    RawReply readReply(int timeoutMs = 5000, Read mode = Read::Reply)
    {
        RawReply reply;
        qsizetype end = -1;
        auto headDone = [&] {
            m_buffer += m_socket.readAll();
            end = m_buffer.indexOf("\r\n\r\n");
            return end >= 0;
        };
        if (!QTest::qWaitFor(headDone, timeoutMs))
            return reply;
        reply.head = m_buffer.left(end);
        const qsizetype lineEnd = reply.head.indexOf('\r');
        const QByteArray statusLine = lineEnd < 0 ? reply.head : reply.head.left(lineEnd);
        const int status = statusLine.split(' ').value(1).toInt();
        if (status == 100) {
            m_buffer.remove(0, end + 4);
            if (mode == Read::Interim) {
                reply.status = status;
                return reply;
            }
            return readReply(timeoutMs);
        }
        const qsizetype length =
            mode == Read::HeadOnly ? 0 : reply.header("content-length").toLongLong();
        auto bodyDone = [&] {
            m_buffer += m_socket.readAll();
            return m_buffer.size() >= end + 4 + length;
        };
        if (!QTest::qWaitFor(bodyDone, timeoutMs))
            return reply;
        reply.body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        reply.status = status;
        return reply;
    }

    // True when the server closes (end of stream or reset) within the time.
    bool waitClosed(int timeoutMs = 5000)
    {
        return QTest::qWaitFor(
            [&] {
                m_buffer += m_socket.readAll();
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
    }

    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

} // namespace ra::sandbox::test
