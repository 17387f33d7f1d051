// The sandbox's own HTTP/1.1 layer over real loopback sockets with raw bytes:
// framing errors answered 400/413/414/431/501/505 and the connection closed,
// limits known from the headers alone, elided error messages, keep-alive,
// pipelining in order, HEAD, Expect: 100-continue, and the idle, header and
// body timeouts.
#include "fakebackend.h"
#include "rawhttpclient.h"
#include "server/faultinjector.h"
#include "server/httplistener.h"
#include "server/sandboxhttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ra::sandbox;

namespace {
// A string literal's bytes, NULs inside it included, without the terminator.
template<qsizetype N> QByteArray bytesOf(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}
} // namespace
using namespace ra::sandbox::test;

class TestHttpFraming : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void refused_data();
    void refused();
    void bodyLimitFromHeadersAlone();
    void longValuesAreElided();
    void keepAliveAndPipeliningInOrder();
    void headHasNoBody();
    void expectContinue();
    void idleConnectionTimesOut();
    void slowHeadersTimeOut();
    void slowBodyTimesOut();

private:
    static QByteArray get(const QByteArray &path)
    {
        return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    }
    static QString messageOf(const RawReply &reply)
    {
        return QJsonDocument::fromJson(reply.body).object().value(u"message").toString();
    }
    void expectRefusal(const QByteArray &bytes, int status);

    FakeBackend m_backend;
    FaultInjector m_faults;
    SandboxHttpServer m_server{&m_faults};
    quint16 m_port = 0;
};

void TestHttpFraming::initTestCase()
{
    m_server.setBackend(&m_backend);
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
}

void TestHttpFraming::init()
{
    HttpLimits limits;
    limits.maxHeaderBytes = 4096;
    limits.maxHeaderCount = 20;
    m_server.setLimits(limits);
    m_faults.clear();
}

void TestHttpFraming::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    const QByteArray post = "POST /integration/apis/v1/users/info HTTP/1.1\r\nHost: h\r\n"
                            "Authorization: Bearer int-key\r\n";
    QTest::newRow("duplicate Content-Length")
        << post + "Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}" << 400;
    QTest::newRow("Content-Length list") << post + "Content-Length: 2, 2\r\n\r\n{}" << 400;
    QTest::newRow("negative Content-Length") << post + "Content-Length: -2\r\n\r\n{}" << 400;
    QTest::newRow("signed Content-Length") << post + "Content-Length: +2\r\n\r\n{}" << 400;
    QTest::newRow("Content-Length with chunked")
        << post + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"
        << 400;
    QTest::newRow("chunked") << post + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"
                             << 501;
    QTest::newRow("bare LF request line")
        << QByteArray("GET /health HTTP/1.1\nHost: h\r\n\r\n") << 400;
    QTest::newRow("bare LF header") << QByteArray("GET /health HTTP/1.1\r\nHost: h\n\r\n") << 400;
    QTest::newRow("bare LF end") << QByteArray("GET /health HTTP/1.1\r\nHost: h\r\n\n") << 400;
    QTest::newRow("bare CR in value")
        << QByteArray("GET /health HTTP/1.1\r\nHost: h\r\nX-A: a\rb\r\n\r\n") << 400;
    QTest::newRow("control byte in value")
        << QByteArray("GET /health HTTP/1.1\r\nHost: h\r\nX-A: a\x01z\r\n\r\n") << 400;
    QTest::newRow("NUL in value") << bytesOf("GET /health HTTP/1.1\r\nHost: h\r\nX-A: a\0z\r\n\r\n")
                                  << 400;
    QTest::newRow("control byte in name") << QByteArray("GET /health HTTP/1.1\r\nHost: h\r\nX\x02"
                                                        "A: a\r\n\r\n")
                                          << 400;
    QTest::newRow("space before colon")
        << QByteArray("GET /health HTTP/1.1\r\nHost: h\r\nX-A : a\r\n\r\n") << 400;
    QTest::newRow("folded header")
        << QByteArray("GET /health HTTP/1.1\r\nHost: h\r\nX-A: a\r\n b\r\n\r\n") << 400;
    QTest::newRow("no colon") << QByteArray("GET /health HTTP/1.1\r\nHost: h\r\nX-A\r\n\r\n")
                              << 400;
    QTest::newRow("missing version") << QByteArray("GET /health\r\nHost: h\r\n\r\n") << 400;
    QTest::newRow("double space") << QByteArray("GET  /health HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
    QTest::newRow("absolute target")
        << QByteArray("GET http://h/health HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
    QTest::newRow("control byte in target") << QByteArray("GET /hea\x7f"
                                                          "lth HTTP/1.1\r\nHost: h\r\n\r\n")
                                            << 400;
    QTest::newRow("method not a token")
        << QByteArray("G(T /health HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
    QTest::newRow("garbage version")
        << QByteArray("GET /health HTTX/1.1\r\nHost: h\r\n\r\n") << 400;
    QTest::newRow("HTTP/2.0") << QByteArray("GET /health HTTP/2.0\r\nHost: h\r\n\r\n") << 505;
    QTest::newRow("no Host") << QByteArray("GET /health HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("two Hosts") << QByteArray("GET /health HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n")
                               << 400;
    QTest::newRow("request line too long") << get("/" + QByteArray(5000, 'a')) << 414;
    QTest::newRow("header block too large")
        << QByteArray("GET /health HTTP/1.1\r\nHost: h\r\nX-A: " + QByteArray(5000, 'a') +
                      "\r\n\r\n")
        << 431;
    QByteArray many = "GET /health HTTP/1.1\r\nHost: h\r\n";
    for (int i = 0; i < 25; ++i)
        many += "X-" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("too many headers") << many + "\r\n" << 431;
}

void TestHttpFraming::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    expectRefusal(bytes, status);
}

void TestHttpFraming::expectRefusal(const QByteArray &bytes, int status)
{
    const int handledBefore = m_backend.handled;
    RawHttpClient client;
    QVERIFY(client.connectTo(m_port));
    client.send(bytes);
    const RawReply reply = client.readReply();
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("connection"), QByteArray("close"));
    QVERIFY2(!messageOf(reply).isEmpty(), reply.body.constData());
    QVERIFY2(reply.body.size() < 1024, reply.body.left(200).constData());
    QVERIFY(client.waitClosed());
    QCOMPARE(m_backend.handled, handledBefore);
}

void TestHttpFraming::bodyLimitFromHeadersAlone()
{
    // Only the head is sent: the 413 comes back without one byte of the body.
    m_server.setMaxBodyBytes(SandboxHttpServer::defaultMaxBodyBytes);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_port));
    client.send("POST /integration/apis/v1/users/info HTTP/1.1\r\nHost: h\r\n"
                "Authorization: Bearer int-key\r\nContent-Type: application/json\r\n"
                "Content-Length: 1073741824\r\n\r\n");
    const RawReply reply = client.readReply();
    QCOMPARE(reply.status, 413);
    QVERIFY2(messageOf(reply).contains(u"1073741824"), reply.body.constData());
    QVERIFY(client.waitClosed());
}

void TestHttpFraming::longValuesAreElided()
{
    // A path under the head limit but far too long to echo: the 404 quotes a prefix.
    m_server.setLimits(HttpLimits());
    const QByteArray path = "/nowhere/" + QByteArray(20000, 'p');
    RawHttpClient client;
    QVERIFY(client.connectTo(m_port));
    client.send(get(path));
    const RawReply reply = client.readReply();
    QCOMPARE(reply.status, 404);
    QVERIFY2(reply.body.size() < 512, QByteArray::number(reply.body.size()).constData());
    const QString message = messageOf(reply);
    QVERIFY2(message.contains(u"/nowhere/ppp") && message.contains(u"20009 bytes"),
             qPrintable(message));
    QVERIFY(client.isOpen()); // a well-formed request keeps the connection
}

void TestHttpFraming::keepAliveAndPipeliningInOrder()
{
    // The first reply is delayed; the two after it wait behind it.
    FaultRule slow;
    slow.route = QStringLiteral("getUserData");
    slow.latencyMs = 300;
    m_faults.addRule(slow);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_port));
    client.send("POST /integration/apis/v1/users/info HTTP/1.1\r\nHost: h\r\n"
                "Authorization: Bearer int-key\r\nContent-Length: 2\r\n\r\n{}" +
                get("/health") + get("/nowhere"));
    const RawReply first = client.readReply();
    const RawReply second = client.readReply();
    const RawReply third = client.readReply();
    QCOMPARE(first.status, 200);
    QVERIFY2(first.body.contains("getUserData"), first.body.constData());
    QCOMPARE(second.status, 200);
    QVERIFY2(second.body.contains("\"status\":\"ok\""), second.body.constData());
    QCOMPARE(third.status, 404);
    QCOMPARE(third.header("connection"), QByteArray("keep-alive"));
    QVERIFY(client.isOpen());

    client.send("GET /health HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
    QCOMPARE(client.readReply().status, 200);
    QVERIFY(client.waitClosed());
}

void TestHttpFraming::headHasNoBody()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_port));
    client.send("HEAD /health HTTP/1.1\r\nHost: h\r\n\r\n" + get("/health"));
    const RawReply head = client.readReply(5000, RawHttpClient::Read::HeadOnly);
    QCOMPARE(head.status, 200);
    QVERIFY(head.header("content-length").toInt() > 0);
    // Had the HEAD reply carried a body, this would read it as the next reply.
    const RawReply after = client.readReply();
    QCOMPARE(after.status, 200);
    QVERIFY2(after.body.startsWith("{"), after.body.constData());
}

void TestHttpFraming::expectContinue()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_port));
    client.send("POST /integration/apis/v1/users/info HTTP/1.1\r\nHost: h\r\n"
                "Authorization: Bearer int-key\r\nExpect: 100-continue\r\n"
                "Content-Length: 2\r\n\r\n");
    QCOMPARE(client.readReply(5000, RawHttpClient::Read::Interim).status, 100);
    client.send("{}");
    const RawReply reply = client.readReply();
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.contains("getUserData"));
}

void TestHttpFraming::idleConnectionTimesOut()
{
    HttpLimits limits;
    limits.idleTimeoutMs = 300;
    m_server.setLimits(limits);
    RawHttpClient silent;
    QVERIFY(silent.connectTo(m_port));
    RawHttpClient served;
    QVERIFY(served.connectTo(m_port));
    served.send(get("/health"));
    QCOMPARE(served.readReply().status, 200);
    QVERIFY(served.waitClosed(3000));
    QVERIFY(silent.waitClosed(3000));
}

void TestHttpFraming::slowHeadersTimeOut()
{
    HttpLimits limits;
    limits.headerTimeoutMs = 400;
    m_server.setLimits(limits);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_port));
    // A byte every 50 ms keeps the connection busy but never ends the head.
    QTimer trickle;
    QObject::connect(&trickle, &QTimer::timeout, &trickle, [&client] {
        if (client.isOpen())
            client.send("a");
    });
    client.send("GET /health HTTP/1.1\r\nHost: h\r\nX-Slow: ");
    trickle.start(50);
    const RawReply reply = client.readReply(4000);
    QCOMPARE(reply.status, 408);
    QVERIFY2(messageOf(reply).contains(u"400 ms"), reply.body.constData());
    QVERIFY(client.waitClosed(4000));
}

void TestHttpFraming::slowBodyTimesOut()
{
    HttpLimits limits;
    limits.bodyTimeoutMs = 400;
    m_server.setLimits(limits);
    const int handledBefore = m_backend.handled;
    RawHttpClient client;
    QVERIFY(client.connectTo(m_port));
    client.send("POST /integration/apis/v1/users/info HTTP/1.1\r\nHost: h\r\n"
                "Authorization: Bearer int-key\r\nContent-Length: 100\r\n\r\n{\"a\":");
    const RawReply reply = client.readReply(4000);
    QCOMPARE(reply.status, 408);
    QVERIFY(client.waitClosed(4000));
    QCOMPARE(m_backend.handled, handledBefore);
}

QTEST_GUILESS_MAIN(TestHttpFraming)
#include "tst_httpframing.moc"
