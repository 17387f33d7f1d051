// Every route of the route table over HTTP on 127.0.0.1, against the real data
// layer: a missing key and a wrong key get 401, a key without the route's
// permission gets 403, a malformed JSON body gets 400 — each in the family's
// envelope. (Success of every route over HTTP: tst_apioperations.)
#include "../../sandboxmail.h"
#include "api/routetable.h"
#include "httptestclient.h"
#include "server/sandboxserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace ra;
using namespace ra::sandbox;
using ra::sandbox::test::HttpResult;
using ra::sandbox::test::HttpTestClient;

namespace {

QByteArray verbOf(const Route &r)
{
    return r.method.toLatin1();
}

bool isMultipart(const Route &r)
{
    return r.operationId == u"bulkImport" || r.operationId == u"bulkUpdate" ||
           r.operationId == u"uploadImage";
}

} // namespace

class TestSandboxRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        SandboxConfig config;
        config.users = 20;
        m_server = std::make_unique<SandboxServer>(config);
        QSignalSpy started(m_server.get(), &SandboxServer::started);
        m_server->start();
        QVERIFY(started.wait(30000));
        m_demo = m_server->demo();
        m_sessionToken = login();
        QVERIFY(!m_sessionToken.isEmpty());
    }

    void routes_data()
    {
        QTest::addColumn<QString>("operation");
        for (const Route &r : RouteTable::builtIn().routes())
            QTest::newRow(qPrintable(r.operationId)) << r.operationId;
    }

    void routes()
    {
        QFETCH(QString, operation);
        const Route *route = RouteTable::builtIn().find(operation);
        QVERIFY(route);
        const QUrl url = urlFor(*route);
        const QByteArray body =
            route->method == u"GET" || route->method == u"DELETE" ? QByteArray() : QByteArray("{}");

        if (route->auth != AuthScheme::None) {
            // No key at all.
            HttpResult r = m_http.send(verbOf(*route), url, baseHeaders(*route), body);
            QCOMPARE(r.status, 401);
            checkEnvelope(*route, r);

            // A key the server never issued.
            r = m_http.send(verbOf(*route), url, withKey(*route, QByteArrayLiteral("wrong-key")),
                            body);
            QCOMPARE(r.status, 401);
            checkEnvelope(*route, r);
        }

        if (route->auth == AuthScheme::Bearer && !route->permission.isEmpty()) {
            const HttpResult r = m_http.send(
                verbOf(*route), url, withKey(*route, m_demo.noPermissionKey.toLatin1()), body);
            QCOMPARE(r.status, 403);
            checkEnvelope(*route, r);
        }

        if ((route->method == u"POST" || route->method == u"PUT") && !isMultipart(*route) &&
            route->auth != AuthScheme::SecureAuthHeaders) {
            const HttpResult r = m_http.send(verbOf(*route), url, withKey(*route, validKey(*route)),
                                             QByteArrayLiteral("{\"broken\": "));
            QCOMPARE(r.status, 400);
            checkEnvelope(*route, r);
            QVERIFY2(!messageOf(*route, r).isEmpty(), r.body.constData());
        }
    }

private:
    QUrl urlFor(const Route &route) const
    {
        QHash<QString, QString> params;
        for (const QString &p : route.pathParameters)
            params.insert(p, p == u"communityId" ? m_demo.communityId
                                                 : QStringLiteral("0123456789abcdef01234567"));
        QUrl url = m_server->baseUrls().value(route.family);
        url.setPath(url.path() + route.expandPath(params), QUrl::TolerantMode);
        return url;
    }

    HttpTestClient::Headers baseHeaders(const Route &route) const
    {
        if (route.auth == AuthScheme::SecureAuthHeaders)
            return {{QByteArrayLiteral("hostname"), m_demo.secureAuthDomain.toLatin1()}};
        return {};
    }

    QByteArray validKey(const Route &route) const
    {
        if (route.auth == AuthScheme::Session)
            return m_sessionToken;
        return (route.auth == AuthScheme::Bearer ? m_demo.integrationKey : m_demo.systemKey)
            .toLatin1();
    }

    // Registers an account, verifies it with the code on the sandbox's log and logs in:
    // the session token the Session routes take.
    QByteArray login()
    {
        SandboxMail mail;
        const auto url = [this](const char *path) {
            QUrl u = m_server->baseUrls().value(ApiFamily::System);
            u.setPath(u.path() + QLatin1String(path));
            return u;
        };
        const HttpTestClient::Headers key{
            {QByteArrayLiteral("x-api-key"), m_demo.systemKey.toLatin1()},
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
        const QByteArray who = "\"email\":\"routes@example.com\",\"password\":\"routes-pass-1\"";
        if (m_http.send("POST", url("/auth/register"), key, "{" + who + "}").status != 201)
            return {};
        const QByteArray code = mail.codeFor(QStringLiteral("routes@example.com")).toLatin1();
        const QByteArray verify = "{\"email\":\"routes@example.com\",\"code\":\"" + code + "\"}";
        if (m_http.send("POST", url("/auth/verify-email"), key, verify).status != 200)
            return {};
        const HttpResult r = m_http.send("POST", url("/auth/login"), key, "{" + who + "}");
        return r.json.value(u"body").toObject().value(u"token").toString().toLatin1();
    }

    HttpTestClient::Headers withKey(const Route &route, const QByteArray &key) const
    {
        HttpTestClient::Headers headers = baseHeaders(route);
        switch (route.auth) {
        case AuthScheme::ApiKey:
            headers.append({QByteArrayLiteral("x-api-key"), key});
            break;
        case AuthScheme::Bearer:
        case AuthScheme::Session:
            headers.append({QByteArrayLiteral("Authorization"), "Bearer " + key});
            break;
        case AuthScheme::SecureAuthHeaders:
            headers.append({QByteArrayLiteral("apiKey"), key});
            break;
        case AuthScheme::None:
            break;
        }
        return headers;
    }

    static QString messageOf(const Route &route, const HttpResult &r)
    {
        if (route.envelope == Envelope::System)
            return r.json.value(u"meta").toObject().value(u"message").toString();
        return r.json.value(u"message").toString();
    }

    static void checkEnvelope(const Route &route, const HttpResult &r)
    {
        QVERIFY2(r.jsonOk, r.body.constData());
        switch (route.envelope) {
        case Envelope::System: {
            const QJsonObject meta = r.json.value(u"meta").toObject();
            QVERIFY2(meta.contains(u"success") && !meta.value(u"success").toBool(),
                     r.body.constData());
            QVERIFY2(r.json.contains(u"body"), r.body.constData());
            break;
        }
        case Envelope::Integration:
            QCOMPARE(r.json.value(u"status").toString(), QStringLiteral("error"));
            QVERIFY2(r.json.contains(u"message"), r.body.constData());
            break;
        case Envelope::Application: {
            const QJsonObject meta = r.json.value(u"meta").toObject();
            QCOMPARE(meta.value(u"status").toString(), QStringLiteral("error"));
            QCOMPARE(meta.value(u"statusCode").toInt(), r.status);
            break;
        }
        case Envelope::None:
            QVERIFY2(!r.json.isEmpty(), r.body.constData());
            break;
        }
    }

    std::unique_ptr<SandboxServer> m_server;
    DemoInfo m_demo;
    QByteArray m_sessionToken;
    HttpTestClient m_http;
};

QTEST_GUILESS_MAIN(TestSandboxRoutes)
#include "tst_sandboxroutes.moc"
