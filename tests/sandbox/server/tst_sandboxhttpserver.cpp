// HTTP-layer tests of SandboxHttpServer against a fake Backend, over real
// loopback sockets on an OS-chosen port: routing, envelopes, auth, errors.
// Fault injection over HTTP is in tst_sandboxfaults.cpp.
#include "fakebackend.h"
#include "httptestclient.h"
#include "server/faultinjector.h"
#include "server/sandboxhttpserver.h"

#include <QJsonArray>
#include <QTest>

using namespace ra::sandbox;
using namespace ra::sandbox::test;

using Headers = HttpTestClient::Headers;

class TestSandboxHttpServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void health();
    void envelopes_data();
    void envelopes();
    void auth_data();
    void auth();
    void bulkImportCommunity_data();
    void bulkImportCommunity();
    void notFound_data();
    void notFound();
    void methodNotAllowed();
    void bodyTooLarge();
    void malformedJson();
    void pathAndQueryReachBackend();
    void rawResponseBypassesEnvelope();
    void extraMergedAtTopLevel();
    void notReadyAnswers503();

private:
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }

    FakeBackend m_backend;
    FaultInjector m_faults;
    SandboxHttpServer m_server{&m_faults};
    HttpTestClient m_client;
    quint16 m_port = 0;
};

void TestSandboxHttpServer::initTestCase()
{
    m_server.setBackend(&m_backend);
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
}

void TestSandboxHttpServer::health()
{
    const HttpResult r = m_client.send("GET", url(QStringLiteral("/health")));
    QCOMPARE(r.status, 200);
    QVERIFY(r.jsonOk);
    QCOMPARE(r.json.value(u"status").toString(), QStringLiteral("ok"));
    QCOMPARE(r.json.value(u"routes").toInt(), 60);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
}

void TestSandboxHttpServer::envelopes_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("envelope");
    QTest::addColumn<QString>("operationId");

    const Headers sys{{"x-api-key", "sys-key"}};
    const Headers bearer{{"Authorization", "Bearer int-key"}};
    QTest::newRow("system") << QByteArray("GET") << QStringLiteral("/system/api/v1/badges") << sys
                            << QByteArray() << QStringLiteral("system")
                            << QStringLiteral("getBadges");
    QTest::newRow("integration") << QByteArray("POST")
                                 << QStringLiteral("/integration/apis/v1/users/info") << bearer
                                 << QByteArray("{\"email\":\"a@b.c\"}")
                                 << QStringLiteral("integration") << QStringLiteral("getUserData");
    QTest::newRow("application") << QByteArray("GET")
                                 << QStringLiteral(
                                        "/application/apis/v1/communities/c1/user-fields")
                                 << bearer << QByteArray() << QStringLiteral("application")
                                 << QStringLiteral("getUserFields");
    QTest::newRow("gateway") << QByteArray("GET") << QStringLiteral("/gateway/v1/messages")
                             << bearer << QByteArray() << QStringLiteral("application")
                             << QStringLiteral("getMessages");
    QTest::newRow("secure auth") << QByteArray("GET") << QStringLiteral("/secure/api/secureAuth")
                                 << Headers{{"apiKey", "sys-key"}, {"hostname", "demo.example"}}
                                 << QByteArray() << QStringLiteral("none")
                                 << QStringLiteral("secureAuth");
}

void TestSandboxHttpServer::envelopes()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(Headers, headers);
    QFETCH(QByteArray, body);
    QFETCH(QString, envelope);
    QFETCH(QString, operationId);

    const HttpResult r = m_client.send(verb, url(path), headers, body);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.jsonOk, r.body.constData());
    QJsonObject data;
    if (envelope == u"system") {
        const QJsonObject meta = r.json.value(u"meta").toObject();
        QCOMPARE(meta.value(u"success").toBool(), true);
        QVERIFY(meta.contains(u"message") && meta.contains(u"devMessage"));
        data = r.json.value(u"body").toObject();
    } else if (envelope == u"integration") {
        QCOMPARE(r.json.value(u"status").toString(), QStringLiteral("success"));
        QCOMPARE(r.json.value(u"message").toString(), QStringLiteral("echo"));
        data = r.json.value(u"data").toObject();
    } else if (envelope == u"application") {
        const QJsonObject meta = r.json.value(u"meta").toObject();
        QCOMPARE(meta.value(u"status").toString(), QStringLiteral("success"));
        QCOMPARE(meta.value(u"statusCode").toInt(), 200);
        QCOMPARE(r.json.value(u"message").toString(), QStringLiteral("echo"));
        data = r.json.value(u"data").toObject();
    } else {
        data = r.json; // no envelope
        QVERIFY(!r.json.contains(u"meta") && !r.json.contains(u"status"));
    }
    QCOMPARE(data.value(u"operationId").toString(), operationId);
}

void TestSandboxHttpServer::auth_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("envelope");

    const QString sysPath = QStringLiteral("/system/api/v1/channels");
    const QString intPath = QStringLiteral("/integration/apis/v1/users/info");
    const QString appPath = QStringLiteral("/application/apis/v1/communities/c1/user-fields");
    const QString gwPath = QStringLiteral("/gateway/v1/messages");
    const QString securePath = QStringLiteral("/secure/api/secureAuth");
    const QByteArray get("GET");
    const QByteArray post("POST");
    QTest::newRow("system ok") << get << sysPath << Headers{{"x-api-key", "sys-key"}} << 200
                               << QStringLiteral("system");
    QTest::newRow("system header case")
        << get << sysPath << Headers{{"X-API-Key", "sys-key"}} << 200 << QStringLiteral("system");
    QTest::newRow("system missing")
        << get << sysPath << Headers{} << 401 << QStringLiteral("system");
    QTest::newRow("system wrong") << get << sysPath << Headers{{"x-api-key", "nope"}} << 401
                                  << QStringLiteral("system");
    QTest::newRow("system bearer key")
        << get << sysPath << Headers{{"x-api-key", "int-key"}} << 401 << QStringLiteral("system");
    QTest::newRow("system via bearer header")
        << get << sysPath << Headers{{"Authorization", "Bearer sys-key"}} << 401
        << QStringLiteral("system");
    QTest::newRow("integration missing")
        << post << intPath << Headers{} << 401 << QStringLiteral("integration");
    QTest::newRow("integration wrong")
        << post << intPath << Headers{{"Authorization", "Bearer nope"}} << 401
        << QStringLiteral("integration");
    QTest::newRow("integration not bearer")
        << post << intPath << Headers{{"Authorization", "Basic int-key"}} << 401
        << QStringLiteral("integration");
    QTest::newRow("integration system key")
        << post << intPath << Headers{{"Authorization", "Bearer sys-key"}} << 401
        << QStringLiteral("integration");
    QTest::newRow("integration no permission")
        << post << intPath << Headers{{"Authorization", "Bearer noperm-key"}} << 403
        << QStringLiteral("integration");
    QTest::newRow("integration lower-case scheme")
        << post << intPath << Headers{{"authorization", "bearer int-key"}} << 200
        << QStringLiteral("integration");
    QTest::newRow("application missing")
        << get << appPath << Headers{} << 401 << QStringLiteral("application");
    QTest::newRow("application wrong")
        << get << appPath << Headers{{"Authorization", "Bearer nope"}} << 401
        << QStringLiteral("application");
    QTest::newRow("application no permission")
        << get << appPath << Headers{{"Authorization", "Bearer noperm-key"}} << 403
        << QStringLiteral("application");
    QTest::newRow("application other community")
        << get << appPath << Headers{{"Authorization", "Bearer other-community-key"}} << 403
        << QStringLiteral("application");
    QTest::newRow("gateway missing")
        << get << gwPath << Headers{} << 401 << QStringLiteral("application");
    QTest::newRow("gateway wrong") << get << gwPath << Headers{{"Authorization", "Bearer nope"}}
                                   << 401 << QStringLiteral("application");
    QTest::newRow("gateway no permission")
        << get << gwPath << Headers{{"Authorization", "Bearer noperm-key"}} << 403
        << QStringLiteral("application");
    QTest::newRow("secure missing hostname")
        << get << securePath << Headers{{"apiKey", "sys-key"}} << 401 << QStringLiteral("none");
    QTest::newRow("secure wrong key")
        << get << securePath << Headers{{"apiKey", "nope"}, {"hostname", "demo.example"}} << 401
        << QStringLiteral("none");
}

void TestSandboxHttpServer::auth()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(Headers, headers);
    QFETCH(int, status);
    QFETCH(QString, envelope);

    const int handledBefore = m_backend.handled;
    const HttpResult r =
        m_client.send(verb, url(path), headers, verb == "POST" ? QByteArray("{}") : QByteArray());
    QCOMPARE(r.status, status);
    QVERIFY2(r.jsonOk, r.body.constData());
    const bool success = status < 400;
    QCOMPARE(m_backend.handled, handledBefore + (success ? 1 : 0));
    if (envelope == u"system") {
        QCOMPARE(r.json.value(u"meta").toObject().value(u"success").toBool(), success);
        QVERIFY(r.json.contains(u"body"));
    } else if (envelope == u"integration") {
        QCOMPARE(r.json.value(u"status").toString(),
                 success ? QStringLiteral("success") : QStringLiteral("error"));
    } else if (envelope == u"application") {
        const QJsonObject meta = r.json.value(u"meta").toObject();
        QCOMPARE(meta.value(u"statusCode").toInt(), status);
        QCOMPARE(meta.value(u"status").toString(),
                 success ? QStringLiteral("success") : QStringLiteral("error"));
    } else if (!success) {
        QCOMPARE(r.json.value(u"error").toBool(), true);
    }
    if (!success) {
        const QString message = envelope == u"system"
                                    ? r.json.value(u"meta").toObject().value(u"message").toString()
                                    : r.json.value(u"message").toString();
        QVERIFY(!message.isEmpty());
        QVERIFY(!message.contains(u"int-key") && !message.contains(u"sys-key"));
    }
}

void TestSandboxHttpServer::bulkImportCommunity_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");

    const QByteArray multipart("multipart/form-data; boundary=\"XX\"");
    auto form = [](const QByteArray &community) {
        QByteArray b;
        if (!community.isNull())
            b += "--XX\r\nContent-Disposition: form-data; name=\"communityId\"\r\n\r\n" +
                 community + "\r\n";
        b += "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"u.csv\"\r\n"
             "Content-Type: text/csv\r\n\r\nemail\r\na@b.c\r\n--XX--\r\n";
        return b;
    };
    QTest::newRow("multipart known") << multipart << form("c1") << 200;
    QTest::newRow("multipart unknown") << multipart << form("zz") << 404;
    QTest::newRow("multipart missing") << multipart << form(QByteArray()) << 400;
    QTest::newRow("json known") << QByteArray("application/json")
                                << QByteArray("{\"communityId\":\"c1\",\"users\":[]}") << 200;
    QTest::newRow("json unknown") << QByteArray("application/json")
                                  << QByteArray("{\"communityId\":\"nope\"}") << 404;
    QTest::newRow("bad multipart") << multipart << QByteArray("garbage") << 400;
}

void TestSandboxHttpServer::bulkImportCommunity()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const HttpResult r =
        m_client.send("POST", url(QStringLiteral("/integration/apis/v1/users/bulk-import")),
                      Headers{{"Content-Type", contentType}}, body);
    QCOMPARE(r.status, status);
    QVERIFY(r.jsonOk);
    if (status == 200) {
        const QJsonObject data = r.json.value(u"data").toObject();
        QCOMPARE(data.value(u"key").toString(), QString()); // no key for auth "none"
        if (contentType.startsWith("multipart")) {
            const QJsonArray parts = data.value(u"parts").toArray();
            QCOMPARE(parts.size(), 2);
            QCOMPARE(parts.at(1).toObject().value(u"fileName").toString(), QStringLiteral("u.csv"));
        }
    } else if (status != 400 || !body.startsWith("garbage")) {
        QVERIFY2(r.json.value(u"message").toString().contains(u"communityId"), r.body.constData());
    }
}

void TestSandboxHttpServer::notFound_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("envelope");
    QTest::newRow("unknown prefix")
        << QStringLiteral("/nowhere/x") << QStringLiteral("integration");
    QTest::newRow("root") << QStringLiteral("/") << QStringLiteral("integration");
    QTest::newRow("system") << QStringLiteral("/system/api/v1/nothing") << QStringLiteral("system");
    QTest::newRow("integration") << QStringLiteral("/integration/apis/v1/nothing")
                                 << QStringLiteral("integration");
    QTest::newRow("application") << QStringLiteral("/application/apis/v1/zzz")
                                 << QStringLiteral("application");
    QTest::newRow("gateway") << QStringLiteral("/gateway/v2/x") << QStringLiteral("application");
    QTest::newRow("prefix lookalike")
        << QStringLiteral("/integrationx/apis/v1/users/info") << QStringLiteral("integration");
}

void TestSandboxHttpServer::notFound()
{
    QFETCH(QString, path);
    QFETCH(QString, envelope);
    const HttpResult r =
        m_client.send("GET", url(path), Headers{{"Authorization", "Bearer int-key"}});
    QCOMPARE(r.status, 404);
    QVERIFY(r.jsonOk);
    if (envelope == u"system")
        QCOMPARE(r.json.value(u"meta").toObject().value(u"success").toBool(true), false);
    else if (envelope == u"application")
        QCOMPARE(r.json.value(u"meta").toObject().value(u"statusCode").toInt(), 404);
    else
        QCOMPARE(r.json.value(u"status").toString(), QStringLiteral("error"));
}

void TestSandboxHttpServer::methodNotAllowed()
{
    const HttpResult r =
        m_client.send("GET", url(QStringLiteral("/integration/apis/v1/users/info")),
                      Headers{{"Authorization", "Bearer int-key"}});
    QCOMPARE(r.status, 405);
    QCOMPARE(r.json.value(u"status").toString(), QStringLiteral("error"));
    const HttpResult put = m_client.send("PUT", url(QStringLiteral("/system/api/v1/badges")),
                                         Headers{{"x-api-key", "sys-key"}}, "{}");
    QCOMPARE(put.status, 405);
    QCOMPARE(put.json.value(u"meta").toObject().value(u"success").toBool(true), false);
}

void TestSandboxHttpServer::bodyTooLarge()
{
    m_server.setMaxBodyBytes(1024);
    const QByteArray big = "{\"pad\":\"" + QByteArray(4096, 'x') + "\"}";
    const HttpResult r =
        m_client.send("POST", url(QStringLiteral("/integration/apis/v1/users/info")),
                      Headers{{"Authorization", "Bearer int-key"}}, big);
    const HttpResult small =
        m_client.send("POST", url(QStringLiteral("/integration/apis/v1/users/info")),
                      Headers{{"Authorization", "Bearer int-key"}}, "{\"email\":\"a@b.c\"}");
    m_server.setMaxBodyBytes(SandboxHttpServer::defaultMaxBodyBytes);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.json.value(u"status").toString(), QStringLiteral("error"));
    QVERIFY(r.json.value(u"message").toString().contains(u"1024"));
    QCOMPARE(small.status, 200);
}

void TestSandboxHttpServer::malformedJson()
{
    const QByteArray body("{\"email\": }");
    QJsonParseError expected;
    QJsonDocument::fromJson(body, &expected);
    const HttpResult r =
        m_client.send("POST", url(QStringLiteral("/integration/apis/v1/users/info")),
                      Headers{{"Authorization", "Bearer int-key"}}, body);
    QCOMPARE(r.status, 400);
    QVERIFY(r.jsonOk);
    QCOMPARE(r.json.value(u"status").toString(), QStringLiteral("error"));
    const QString message = r.json.value(u"message").toString();
    QVERIFY2(message.contains(QStringLiteral("offset %1").arg(expected.offset)),
             qPrintable(message));
    QVERIFY(message.contains(expected.errorString()));
    QVERIFY(message.contains(u"JSON"));
}

void TestSandboxHttpServer::pathAndQueryReachBackend()
{
    const HttpResult r = m_client.send(
        "GET",
        url(QStringLiteral(
            "/application/apis/v1/communities/c1/user-fields/f%2042/histories/u7?page=2&q=a%20b")),
        Headers{{"Authorization", "Bearer int-key"}});
    QCOMPARE(r.status, 200);
    const QJsonObject data = r.json.value(u"data").toObject();
    QCOMPARE(data.value(u"operationId").toString(),
             QStringLiteral("getFieldHistoriesByFieldAndUser"));
    const QJsonObject params = data.value(u"pathParams").toObject();
    QCOMPARE(params.value(u"communityId").toString(), QStringLiteral("c1"));
    QCOMPARE(params.value(u"fieldId").toString(), QStringLiteral("f 42"));
    QCOMPARE(params.value(u"userId").toString(), QStringLiteral("u7"));
    QCOMPARE(data.value(u"query").toString(), QStringLiteral("page=2&q=a b"));

    // A literal route wins over a templated sibling; a trailing slash is fine.
    const HttpResult roles = m_client.send("GET", url(QStringLiteral("/system/api/v1/roles/abc/")),
                                           Headers{{"x-api-key", "sys-key"}});
    QCOMPARE(roles.status, 200);
    QCOMPARE(roles.json.value(u"body").toObject().value(u"operationId").toString(),
             QStringLiteral("getUserRoles"));
}

void TestSandboxHttpServer::rawResponseBypassesEnvelope()
{
    const HttpResult r = m_client.send(
        "GET", url(QStringLiteral("/integration/apis/v1/users/bulk-import/template")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("email,firstName\n"));
    QCOMPARE(r.header("Content-Type"), QByteArray("text/csv"));
}

void TestSandboxHttpServer::extraMergedAtTopLevel()
{
    const HttpResult r =
        m_client.send("POST", url(QStringLiteral("/integration/apis/v1/users/search")),
                      Headers{{"Authorization", "Bearer int-key"}}, "{}");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"total_pages").toInt(), 3);
    QCOMPARE(r.json.value(u"status").toString(), QStringLiteral("success"));
}

void TestSandboxHttpServer::notReadyAnswers503()
{
    m_server.setBackend(nullptr);
    const HttpResult r = m_client.send("GET", url(QStringLiteral("/system/api/v1/badges")),
                                       Headers{{"x-api-key", "sys-key"}});
    const HttpResult health = m_client.send("GET", url(QStringLiteral("/health")));
    m_server.setBackend(&m_backend);
    QCOMPARE(r.status, 503);
    QCOMPARE(r.json.value(u"meta").toObject().value(u"success").toBool(true), false);
    QCOMPARE(health.json.value(u"ready").toBool(true), false);
}

QTEST_GUILESS_MAIN(TestSandboxHttpServer)
#include "tst_sandboxhttpserver.moc"
