// Fault injection over real loopback HTTP: latency without blocking the event
// loop, seeded error rates, 429 + Retry-After, connection reset, truncated
// and malformed bodies, counted rules, and the /__admin/faults route (system key only).
#include "fakebackend.h"
#include "httptestclient.h"
#include "server/faultinjector.h"
#include "server/sandboxhttpserver.h"

#include <QJsonArray>
#include <QTest>

using namespace ra::sandbox;
using namespace ra::sandbox::test;

using Headers = HttpTestClient::Headers;

class TestSandboxFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void latencyDoesNotBlock();
    void errorRateIsReproducible();
    void rateLimitHasRetryAfter();
    void resetDropsConnection();
    void truncatedBody();
    void malformedBody();
    void countedRuleHitsNextRequestOnly();
    void faultsTargetTheirRoute_data();
    void faultsTargetTheirRoute();
    void adminRoute();
    void adminRejectsBadInput_data();
    void adminRejectsBadInput();
    void adminNeedsSystemKey_data();
    void adminNeedsSystemKey();

private:
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }
    HttpResult getUserData() { return getUserDataWith(m_client); }
    HttpResult getUserDataWith(HttpTestClient &client)
    {
        return client.send("POST", url(QStringLiteral("/integration/apis/v1/users/info")),
                           Headers{{"Authorization", "Bearer int-key"}}, "{\"email\":\"a@b.c\"}");
    }
    HttpResult admin(const QByteArray &verb, const QByteArray &body = {},
                     const Headers &headers = Headers{{"x-api-key", "sys-key"}})
    {
        return m_client.send(verb, url(QStringLiteral("/__admin/faults")), headers, body);
    }

    FakeBackend m_backend;
    FaultInjector m_faults;
    SandboxHttpServer m_server{&m_faults};
    HttpTestClient m_client;
    quint16 m_port = 0;
};

void TestSandboxFaults::initTestCase()
{
    m_server.setBackend(&m_backend);
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
}

void TestSandboxFaults::init()
{
    QCOMPARE(admin("DELETE").status, 200);
    QVERIFY(m_faults.isEmpty());
}

void TestSandboxFaults::latencyDoesNotBlock()
{
    QCOMPARE(admin("PUT", R"({"rules":[{"route":"getUserData","latencyMs":400}]})").status, 200);
    HttpTestClient other; // a second connection
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *slow =
        m_client.start("POST", url(QStringLiteral("/integration/apis/v1/users/info")),
                       Headers{{"Authorization", "Bearer int-key"}}, "{}");
    // While the slow reply waits on its timer, the server answers others.
    const HttpResult health = other.send("GET", url(QStringLiteral("/health")));
    QCOMPARE(health.status, 200);
    QVERIFY2(!slow->isFinished(), "the delayed reply finished before /health");
    const HttpResult r = HttpTestClient::finish(slow, timer);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.elapsedMs >= 390, qPrintable(QString::number(r.elapsedMs)));
    QVERIFY2(r.elapsedMs < 5000, qPrintable(QString::number(r.elapsedMs)));
    QVERIFY(health.elapsedMs < r.elapsedMs);
}

void TestSandboxFaults::errorRateIsReproducible()
{
    const QByteArray config =
        R"({"seed":1234,"rules":[{"route":"getUserData","kind":"error","rate":0.5,)"
        R"("statuses":[500,502,503]}]})";
    auto run = [&] {
        QList<int> statuses;
        if (admin("PUT", config).status != 200)
            return statuses;
        for (int i = 0; i < 24; ++i)
            statuses.append(getUserData().status);
        return statuses;
    };
    const QList<int> first = run();
    const QList<int> second = run();
    QCOMPARE(first.size(), 24);
    QCOMPARE(second, first);
    QVERIFY(first.contains(200));
    const auto errors = std::count_if(first.begin(), first.end(), [](int s) { return s != 200; });
    QVERIFY2(errors >= 4 && errors <= 20, qPrintable(QString::number(errors)));
    for (int s : first)
        QVERIFY2(s == 200 || s == 500 || s == 502 || s == 503, qPrintable(QString::number(s)));

    QCOMPARE(admin("PUT", R"({"seed":99,"rules":[{"route":"getUserData","kind":"error",)"
                          R"("rate":0.5,"statuses":[500,502,503]}]})")
                 .status,
             200);
    QList<int> other;
    for (int i = 0; i < 24; ++i)
        other.append(getUserData().status);
    QVERIFY(other != first);
}

void TestSandboxFaults::rateLimitHasRetryAfter()
{
    QCOMPARE(admin("PUT", R"({"rules":[{"kind":"429","retryAfter":7}]})").status, 200);
    const HttpResult r = getUserData();
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), QByteArray("7"));
    QCOMPARE(r.json.value(u"status").toString(), QStringLiteral("error"));
    QVERIFY(!r.json.value(u"message").toString().isEmpty());
}

void TestSandboxFaults::resetDropsConnection()
{
    // Unlimited: QNetworkAccessManager may retry once on a reused connection.
    QCOMPARE(admin("PUT", R"({"rules":[{"route":"getUserData","kind":"reset"}]})").status, 200);
    const int before = m_backend.handled;
    const HttpResult r = getUserData();
    QCOMPARE(r.status, 0);
    QVERIFY2(r.error != QNetworkReply::NoError, "a reset must fail the request");
    QVERIFY(r.body.isEmpty());
    QCOMPARE(m_backend.handled, before); // dropped before the handler ran
    QCOMPARE(admin("DELETE").status, 200);
    QCOMPARE(getUserData().status, 200);
}

void TestSandboxFaults::truncatedBody()
{
    QCOMPARE(admin("PUT", R"({"rules":[{"route":"getUserData","kind":"truncate"}]})").status, 200);
    const HttpResult r = getUserData();
    // Either the reply errors out, or its body is shorter than announced.
    const bool shortBody = r.contentLength > 0 && r.body.size() < r.contentLength;
    QVERIFY2(r.error != QNetworkReply::NoError || shortBody,
             qPrintable(QStringLiteral("error %1, %2 of %3 bytes")
                            .arg(int(r.error))
                            .arg(r.body.size())
                            .arg(r.contentLength)));
    QVERIFY(!r.jsonOk);
}

void TestSandboxFaults::malformedBody()
{
    QCOMPARE(
        admin("PUT", R"({"rules":[{"route":"getUserData","kind":"malformed","count":1}]})").status,
        200);
    const HttpResult r = getUserData();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QVERIFY(!r.body.isEmpty());
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QVERIFY(getUserData().jsonOk); // the rule fired once
}

void TestSandboxFaults::countedRuleHitsNextRequestOnly()
{
    QCOMPARE(
        admin("POST", R"({"route":"createUser","kind":"error","status":500,"count":1})").status,
        200);
    auto createUser = [&] {
        return m_client.send("POST", url(QStringLiteral("/integration/apis/v1/users")),
                             Headers{{"Authorization", "Bearer int-key"}}, "{\"email\":\"x@y.z\"}");
    };
    QCOMPARE(getUserData().status, 200); // other routes untouched
    const HttpResult failed = createUser();
    QCOMPARE(failed.status, 500);
    QCOMPARE(failed.json.value(u"status").toString(), QStringLiteral("error"));
    QCOMPARE(createUser().status, 200);
    QVERIFY(m_faults.isEmpty());
}

void TestSandboxFaults::faultsTargetTheirRoute_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QString>("envelope");
    QTest::newRow("system") << QStringLiteral("/system/api/v1/badges") << QByteArray("GET")
                            << Headers{{"x-api-key", "sys-key"}} << QStringLiteral("system");
    QTest::newRow("application") << QStringLiteral(
                                        "/application/apis/v1/communities/c1/user-fields")
                                 << QByteArray("GET")
                                 << Headers{{"Authorization", "Bearer int-key"}}
                                 << QStringLiteral("application");
}

void TestSandboxFaults::faultsTargetTheirRoute()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, verb);
    QFETCH(Headers, headers);
    QFETCH(QString, envelope);
    QCOMPARE(
        admin("PUT", R"({"rules":[{"route":"*","kind":"error","status":503,"count":1}]})").status,
        200);
    QCOMPARE(m_client.send("GET", url(QStringLiteral("/health"))).status, 200); // not counted
    const HttpResult r = m_client.send(verb, url(path), headers);
    QCOMPARE(r.status, 503);
    if (envelope == u"system")
        QCOMPARE(r.json.value(u"meta").toObject().value(u"success").toBool(true), false);
    else
        QCOMPARE(r.json.value(u"meta").toObject().value(u"statusCode").toInt(), 503);
    QCOMPARE(m_client.send(verb, url(path), headers).status, 200);
}

void TestSandboxFaults::adminRoute()
{
    HttpResult r = admin("GET");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"rules").toArray().size(), 0);

    r = admin("PUT", R"({"seed":5,"rules":[{"route":"createUser","kind":"error","count":2}]})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"seed").toString(), QStringLiteral("5"));
    r = admin("POST", R"({"route":"getUserData","latencyMs":10})");
    QCOMPARE(r.json.value(u"rules").toArray().size(), 2);

    r = admin("GET");
    const QJsonArray rules = r.json.value(u"rules").toArray();
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules.at(0).toObject().value(u"route").toString(), QStringLiteral("createUser"));
    QCOMPARE(rules.at(0).toObject().value(u"count").toInt(), 2);
    QCOMPARE(rules.at(1).toObject().value(u"latencyMs").toInt(), 10);

    QCOMPARE(admin("DELETE").json.value(u"rules").toArray().size(), 0);
    QVERIFY(m_faults.isEmpty());
}

void TestSandboxFaults::adminRejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("malformed") << QByteArray("PUT") << QByteArray("{\"rules\": [") << 400;
    QTest::newRow("array") << QByteArray("PUT") << QByteArray("[]") << 400;
    QTest::newRow("bad kind") << QByteArray("POST") << QByteArray("{\"kind\":\"nope\"}") << 400;
    QTest::newRow("bad rate") << QByteArray("POST") << QByteArray("{\"rate\":2}") << 400;
    QTest::newRow("patch") << QByteArray("PATCH") << QByteArray("{}") << 405;
}

void TestSandboxFaults::adminRejectsBadInput()
{
    QFETCH(QByteArray, verb);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const HttpResult r = admin(verb, body);
    QCOMPARE(r.status, status);
    QVERIFY(!r.json.value(u"error").toString().isEmpty());
    QVERIFY(m_faults.isEmpty());
}

void TestSandboxFaults::adminNeedsSystemKey_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<Headers>("headers");
    QTest::newRow("no key") << QByteArray("PUT") << Headers{};
    QTest::newRow("wrong key") << QByteArray("PUT") << Headers{{"x-api-key", "nope"}};
    QTest::newRow("integration key") << QByteArray("PUT") << Headers{{"x-api-key", "int-key"}};
    QTest::newRow("bearer system key")
        << QByteArray("PUT") << Headers{{"Authorization", "Bearer sys-key"}};
    QTest::newRow("read without key") << QByteArray("GET") << Headers{};
    QTest::newRow("clear without key") << QByteArray("DELETE") << Headers{};
}

void TestSandboxFaults::adminNeedsSystemKey()
{
    QFETCH(QByteArray, verb);
    QFETCH(Headers, headers);
    QCOMPARE(
        admin("PUT", R"({"rules":[{"route":"getUserData","kind":"error","status":500}]})").status,
        200);
    const HttpResult r =
        admin(verb, R"({"rules":[{"route":"*","kind":"error","status":503}]})", headers);
    QCOMPARE(r.status, 401);
    QVERIFY2(r.json.value(u"error").toString().contains(u"x-api-key"), r.body.constData());
    // Nothing changed: the configured rule is still the only one.
    const QJsonArray rules = admin("GET").json.value(u"rules").toArray();
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules.at(0).toObject().value(u"route").toString(), QStringLiteral("getUserData"));
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
