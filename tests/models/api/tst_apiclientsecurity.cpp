#include "api/apiclient.h"
#include "api/requestlog.h"
#include "replywaiter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslKey>
#include <QSslServer>
#include <QTest>

using namespace ra;

// The client's transport security: plain HTTP only to loopback hosts (refused
// before any byte is sent), TLS errors never ignored, redirects followed only
// to the same origin. Uses small local servers (QHttpServer, QSslServer).
class tst_ApiClientSecurity : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void plainHttpToRemoteHostIsRefused();
    void tlsErrorsAreNeverIgnored();
    void redirectsOnlyToTheSameOrigin_data();
    void redirectsOnlyToTheSameOrigin();

private:
    static ApiClientConfig localConfig();

    QNetworkAccessManager *m_network = nullptr;
    ApiClient *m_client = nullptr;
    RequestLog *m_log = nullptr;
};

ApiClientConfig tst_ApiClientSecurity::localConfig()
{
    ApiClientConfig c;
    c.baseUrls = ApiClientConfig::sandboxBaseUrls(QUrl(QStringLiteral("http://127.0.0.1:9")));
    c.systemKey = QStringLiteral("system-key");
    c.integrationKey = QStringLiteral("integration-key");
    c.timeoutMs = 10000;
    return c;
}

void tst_ApiClientSecurity::init()
{
    m_network = new QNetworkAccessManager(this);
    m_client = new ApiClient(m_network, this);
    m_log = new RequestLog(this);
    m_client->setRequestLog(m_log);
    m_client->setConfig(localConfig());
}

void tst_ApiClientSecurity::cleanup()
{
    delete m_client;
    delete m_log;
    delete m_network;
}

void tst_ApiClientSecurity::plainHttpToRemoteHostIsRefused()
{
    ApiClientConfig c = localConfig();
    c.baseUrls[ApiFamily::Integration] = QUrl(QStringLiteral("http://192.0.2.10:9/integration"));
    m_client->setConfig(c);
    QElapsedTimer clock;
    clock.start();
    auto refused = track(m_client->getUserData(QStringLiteral("a@b.c")));
    QCOMPARE(m_client->inFlightCount(), 0); // nothing was dispatched
    QTRY_VERIFY_WITH_TIMEOUT(refused->done, 2000);
    QVERIFY(clock.elapsed() < 1000); // no connection attempt to time out
    QCOMPARE(refused->error.kind, ApiError::Kind::Insecure);
    QCOMPARE(refused->error.attempts, 0);
    QCOMPARE(m_log->size(), 1);
    QCOMPARE(m_log->at(0).bytesUp, 0);
    QCOMPARE(m_log->at(0).status, 0);
    // Loopback over plain HTTP is fine, and so is https:// anywhere.
    QVERIFY(ApiClientConfig::isLoopbackHost(QStringLiteral("127.0.0.1")));
    QVERIFY(ApiClientConfig::isLoopbackHost(QStringLiteral("::1")));
    QVERIFY(!ApiClientConfig::isLoopbackHost(QStringLiteral("127.example.com")));
}

void tst_ApiClientSecurity::tlsErrorsAreNeverIgnored()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    const QString data =
        qEnvironmentVariable("RA_TEST_DATA", QStringLiteral(RA_TEST_SOURCE_DIR "/data"));
    QFile certFile(data + QStringLiteral("/selfsigned.crt"));
    QFile keyFile(data + QStringLiteral("/selfsigned.key"));
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    ApiClientConfig c = localConfig();
    c.baseUrls[ApiFamily::System] =
        QUrl(QStringLiteral("https://127.0.0.1:%1/system").arg(server.serverPort()));
    m_client->setConfig(c);
    auto badges = track(m_client->getBadges());
    QTRY_VERIFY_WITH_TIMEOUT(badges->done, 10000);
    QCOMPARE(badges->error.kind, ApiError::Kind::Tls);
    QCOMPARE(badges->attempts, 1); // not retried either
    QVERIFY(badges->error.userText().contains(QStringLiteral("127.0.0.1")));
}

void tst_ApiClientSecurity::redirectsOnlyToTheSameOrigin_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("followed");
    QTest::newRow("same origin, other path") << QStringLiteral("same") << true;
    QTest::newRow("other host") << QStringLiteral("host") << false;
    QTest::newRow("other port") << QStringLiteral("port") << false;
    QTest::newRow("other scheme") << QStringLiteral("scheme") << false;
}

void tst_ApiClientSecurity::redirectsOnlyToTheSameOrigin()
{
    QFETCH(QString, prefix);
    QFETCH(bool, followed);
    // A tiny HTTP server whose /X/badges answers 302 to the target of row X.
    QHttpServer server;
    const quint16 port = server.listen(QHostAddress::LocalHost);
    QVERIFY(port != 0);
    const QByteArray p = QByteArray::number(port);
    int targetHits = 0;
    auto redirect = [](const QByteArray &location) {
        QHttpServerResponse r(QHttpServerResponder::StatusCode::Found);
        r.setHeader(QByteArrayLiteral("Location"), location);
        return r;
    };
    server.route(QStringLiteral("/same/badges"), [=] { return redirect("/target/badges"); });
    server.route(QStringLiteral("/host/badges"),
                 [=] { return redirect("http://localhost:" + p + "/target/badges"); });
    server.route(QStringLiteral("/port/badges"), [=] {
        return redirect("http://127.0.0.1:" + QByteArray::number(port + 1) + "/target/badges");
    });
    server.route(QStringLiteral("/scheme/badges"),
                 [=] { return redirect("https://127.0.0.1:" + p + "/target/badges"); });
    server.route(QStringLiteral("/target/badges"), [&targetHits] {
        ++targetHits;
        return QHttpServerResponse(QJsonObject{
            {QStringLiteral("meta"), QJsonObject{{QStringLiteral("success"), true}}},
            {QStringLiteral("body"), QJsonArray{QJsonObject{{QStringLiteral("id"), 1}}}}});
    });
    ApiClientConfig c = localConfig();
    c.baseUrls[ApiFamily::System] =
        QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(port).arg(prefix));
    m_client->setConfig(c);
    auto badges = track(m_client->getBadges());
    QTRY_VERIFY_WITH_TIMEOUT(badges->done, 10000);
    if (followed) {
        QVERIFY2(!badges->error.isError(), qPrintable(badges->error.userText()));
        QCOMPARE(badges->value.size(), 1);
        QCOMPARE(targetHits, 1);
    } else {
        QCOMPARE(badges->error.kind, ApiError::Kind::Insecure);
        QCOMPARE(targetHits, 0);
    }
}

QTEST_GUILESS_MAIN(tst_ApiClientSecurity)
#include "tst_apiclientsecurity.moc"
