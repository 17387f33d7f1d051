// The SandboxServer facade (with a fake backend and with the real data layer)
// and the `returning-sandbox` executable: startup JSON line, /health, clean
// exit on SIGTERM / SIGINT, command-line errors.
#include "fakebackend.h"
#include "httptestclient.h"
#include "rawhttpclient.h"
#include "server/faultinjector.h"
#include "server/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace ra;
using namespace ra::sandbox;
using namespace ra::sandbox::test;

using Headers = HttpTestClient::Headers;

class TestSandboxServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void facadeWithInjectedBackend();
    void facadeWithDataLayer();
    void listenFailureIsReported();
    void uploadsAreImagesOnly();
    void executableStartsAndStops_data();
    void executableStartsAndStops();
    void executableKeepsFileDatabase();
    void executableHelpAndErrors_data();
    void executableHelpAndErrors();
};

namespace {

// Starts the executable and returns its startup line (empty on failure).
QJsonObject startSandbox(QProcess *process, const QStringList &args)
{
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->start(QStringLiteral(RA_SANDBOX_BINARY), args);
    if (!QTest::qWaitFor(
            [&] { return process->canReadLine() || process->state() == QProcess::NotRunning; },
            120000))
        return {};
    return QJsonDocument::fromJson(process->readLine()).object();
}

bool stopSandbox(QProcess *process, int signalNumber)
{
    QSignalSpy finished(process, &QProcess::finished);
    ::kill(pid_t(process->processId()), signalNumber);
    if (process->state() != QProcess::NotRunning && !finished.wait(30000))
        return false;
    return process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
}

} // namespace

void TestSandboxServer::facadeWithInjectedBackend()
{
    FakeBackend backend;
    DemoInfo demo;
    demo.communityId = QStringLiteral("c1");
    demo.systemKey = QStringLiteral("sys-key");
    demo.integrationKey = QStringLiteral("int-key");
    demo.noPermissionKey = QStringLiteral("noperm-key");
    demo.secureAuthDomain = QStringLiteral("demo.example");

    SandboxConfig config;
    FaultRule rule;
    rule.route = QStringLiteral("getBadges");
    rule.kind = FaultKind::Error;
    rule.statuses = {502};
    rule.count = 1;
    config.faults = {rule};
    SandboxServer server(config);
    server.setBackend(&backend, demo);
    QSignalSpy started(&server, &SandboxServer::started);
    QSignalSpy failed(&server, &SandboxServer::failed);
    server.start();
    QVERIFY(started.wait(10000));
    QCOMPARE(failed.size(), 0);
    QVERIFY(server.port() != 0);
    QCOMPARE(server.faults()->rules().size(), 1);

    const auto urls = server.baseUrls();
    const QString root = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
    QCOMPARE(urls.value(ApiFamily::System).toString(), root + QStringLiteral("/system/api/v1"));
    QCOMPARE(urls.value(ApiFamily::Integration).toString(), root + QStringLiteral("/integration"));
    QCOMPARE(urls.value(ApiFamily::Application).toString(), root + QStringLiteral("/application"));
    QCOMPARE(urls.value(ApiFamily::Gateway).toString(), root + QStringLiteral("/gateway"));
    QCOMPARE(urls.value(ApiFamily::SecureAuth).toString(), root + QStringLiteral("/secure"));

    const QJsonObject info = server.startupInfo();
    QCOMPARE(info.value(u"port").toInt(), int(server.port()));
    QCOMPARE(info.value(u"communityId").toString(), QStringLiteral("c1"));
    QCOMPARE(info.value(u"keys").toObject().value(u"system").toString(), demo.systemKey);
    QCOMPARE(info.value(u"keys").toObject().value(u"integration").toString(), demo.integrationKey);
    QCOMPARE(info.value(u"keys").toObject().value(u"noPermission").toString(),
             demo.noPermissionKey);
    QCOMPARE(info.value(u"secureAuthDomain").toString(), demo.secureAuthDomain);
    QCOMPARE(info.value(u"baseUrls").toObject().value(u"secureAuth").toString(),
             root + QStringLiteral("/secure"));

    HttpTestClient client;
    const QUrl badges(urls.value(ApiFamily::System).toString() + QStringLiteral("/badges"));
    QCOMPARE(client.send("GET", badges, Headers{{"x-api-key", "sys-key"}}).status, 502);
    QCOMPARE(client.send("GET", badges, Headers{{"x-api-key", "sys-key"}}).status, 200);
    // /health says the server is alive, nothing about the community.
    const HttpResult health = client.send("GET", QUrl(root + QStringLiteral("/health")));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json.value(u"status").toString(), QStringLiteral("ok"));
    QVERIFY2(!health.body.contains("c1") && !health.json.contains(u"communityId") &&
                 !health.json.contains(u"users"),
             health.body.constData());
}

void TestSandboxServer::facadeWithDataLayer()
{
    SandboxConfig config;
    config.users = 300;
    config.seed = 7;
    SandboxServer server(config);
    QSignalSpy started(&server, &SandboxServer::started);
    QSignalSpy failed(&server, &SandboxServer::failed);
    server.start();
    QVERIFY(!server.isListening()); // seeding runs off the event loop
    QVERIFY2(started.wait(120000),
             failed.isEmpty() ? "timeout" : qPrintable(failed.first().first().toString()));
    QVERIFY(server.dataBackend() != nullptr);
    const DemoInfo demo = server.demo();
    QVERIFY(!demo.communityId.isEmpty());
    QVERIFY(!demo.systemKey.isEmpty());
    QVERIFY(!demo.integrationKey.isEmpty());
    QVERIFY(!demo.noPermissionKey.isEmpty());
    QCOMPARE(server.startupInfo().value(u"communityId").toString(), demo.communityId);

    HttpTestClient client;
    const auto urls = server.baseUrls();
    const QUrl badges(urls.value(ApiFamily::System).toString() + QStringLiteral("/badges"));
    const HttpResult system =
        client.send("GET", badges, Headers{{"x-api-key", demo.systemKey.toUtf8()}});
    QCOMPARE(system.status, 200);
    QCOMPARE(system.json.value(u"meta").toObject().value(u"success").toBool(), true);
    QCOMPARE(client.send("GET", badges, Headers{{"x-api-key", "wrong"}}).status, 401);

    const QUrl info(urls.value(ApiFamily::Integration).toString() +
                    QStringLiteral("/apis/v1/users/info"));
    const QByteArray body("{\"idOrEmail\":1}");
    const HttpResult denied = client.send(
        "POST", info, Headers{{"Authorization", "Bearer " + demo.noPermissionKey.toUtf8()}}, body);
    QCOMPARE(denied.status, 403);
    const HttpResult user = client.send(
        "POST", info, Headers{{"Authorization", "Bearer " + demo.integrationKey.toUtf8()}}, body);
    QVERIFY2(user.status == 200 || user.status == 404, user.body.constData());
    QCOMPARE(user.json.value(u"status").toString(),
             user.status == 200 ? QStringLiteral("success") : QStringLiteral("error"));
}

void TestSandboxServer::listenFailureIsReported()
{
    QTcpServer occupied;
    QVERIFY(occupied.listen(QHostAddress::LocalHost, 0));
    FakeBackend backend;
    SandboxConfig config;
    config.port = occupied.serverPort();
    SandboxServer server(config);
    server.setBackend(&backend, DemoInfo());
    QSignalSpy failed(&server, &SandboxServer::failed);
    server.start();
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().first().toString().contains(QString::number(config.port)));
    QVERIFY(!server.isListening());
}

namespace {

QByteArray uploadRequest(const QByteArray &key, const QByteArray &fileName,
                         const QByteArray &declaredType, const QByteArray &bytes)
{
    const QByteArray body = "--b0und\r\nContent-Disposition: form-data; name=\"images\"; "
                            "filename=\"" +
                            fileName + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n" + bytes +
                            "\r\n--b0und--\r\n";
    return "POST /integration/apis/v1/messages/upload-image HTTP/1.1\r\nHost: evil.example\r\n"
           "Authorization: Bearer " +
           key + "\r\nContent-Type: multipart/form-data; boundary=b0und\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

void TestSandboxServer::uploadsAreImagesOnly()
{
    SandboxConfig config;
    config.users = 20;
    SandboxServer server(config);
    QSignalSpy started(&server, &SandboxServer::started);
    server.start();
    QVERIFY(started.wait(120000));
    const QByteArray key = server.demo().integrationKey.toUtf8();
    const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));

    // A GIF named .png and declared as PNG is stored and served as the GIF it is.
    const QByteArray gif = QByteArray("GIF89a\x01\x00\x01\x00\x00\x00\x00;", 14);
    client.send(uploadRequest(key, "medal.png", "image/png", gif));
    const RawReply uploaded = client.readReply();
    QCOMPARE(uploaded.status, 200);
    const QString url = QJsonDocument::fromJson(uploaded.body)
                            .object()
                            .value(u"data")
                            .toArray()
                            .at(0)
                            .toObject()
                            .value(u"url")
                            .toString();
    // Built from the listening address, not from the Host header the client sent.
    QVERIFY2(url.startsWith(origin + QStringLiteral("/uploads/")), qPrintable(url));
    client.send("GET " + QUrl(url).path(QUrl::FullyEncoded).toLatin1() +
                " HTTP/1.1\r\nHost: evil.example\r\n\r\n");
    const RawReply image = client.readReply();
    QCOMPARE(image.status, 200);
    QCOMPARE(image.body, gif);
    QCOMPARE(image.header("content-type"), QByteArray("image/gif"));
    QCOMPARE(image.header("x-content-type-options"), QByteArray("nosniff"));

    // HTML under an image name and type is refused at upload.
    client.send(uploadRequest(key, "cat.png", "image/png", "<html><script>alert(1)</script>"));
    const RawReply refused = client.readReply();
    QCOMPARE(refused.status, 400);
    const QString message =
        QJsonDocument::fromJson(refused.body).object().value(u"message").toString();
    QVERIFY2(message.contains(u"cat.png") && message.contains(u"not a PNG, JPEG, GIF or WebP"),
             qPrintable(message));

    // A badge keeps the image as a path: a later request with another Host
    // header still gets this server's own origin.
    const QByteArray badge =
        QJsonDocument(
            QJsonObject{{QStringLiteral("title"), QStringLiteral("Gif")},
                        {QStringLiteral("action"), QStringLiteral("manual")},
                        {QStringLiteral("image"),
                         QString(url).replace(origin, QStringLiteral("http://localhost:1"))}})
            .toJson(QJsonDocument::Compact);
    const QByteArray systemKey = server.demo().systemKey.toUtf8();
    client.send("POST /system/api/v1/badges HTTP/1.1\r\nHost: evil.example\r\nx-api-key: " +
                systemKey + "\r\nContent-Type: application/json\r\nContent-Length: " +
                QByteArray::number(badge.size()) + "\r\n\r\n" + badge);
    const RawReply created = client.readReply();
    QVERIFY2(created.status == 200 || created.status == 201, created.body.constData());
    client.send("GET /system/api/v1/badges HTTP/1.1\r\nHost: other.example\r\nx-api-key: " +
                systemKey + "\r\n\r\n");
    const RawReply listed = client.readReply();
    QCOMPARE(listed.status, 200);
    QVERIFY2(listed.body.contains((origin + QUrl(url).path()).toLatin1()),
             listed.body.left(400).constData());
    QVERIFY(!listed.body.contains("evil.example") && !listed.body.contains("other.example"));
}

void TestSandboxServer::executableStartsAndStops_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestSandboxServer::executableStartsAndStops()
{
    QFETCH(int, signalNumber);
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(RA_SANDBOX_BINARY),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--users"),
                   QStringLiteral("50")});
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() || process.state() == QProcess::NotRunning,
                             120000);
    const QByteArray line = process.readLine();
    QVERIFY2(line.endsWith('\n'), process.readAllStandardError().constData());
    QJsonParseError error;
    const QJsonObject info = QJsonDocument::fromJson(line, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const int port = info.value(u"port").toInt();
    QVERIFY(port > 0);
    const QJsonObject urls = info.value(u"baseUrls").toObject();
    for (const char16_t *family :
         {u"system", u"integration", u"application", u"gateway", u"secureAuth"}) {
        QVERIFY2(urls.value(QStringView(family)).toString().startsWith(u"http://127.0.0.1:"),
                 qPrintable(QString::fromUtf16(family)));
    }
    QVERIFY(!info.value(u"communityId").toString().isEmpty());
    const QJsonObject keys = info.value(u"keys").toObject();
    QVERIFY(!keys.value(u"system").toString().isEmpty());
    QVERIFY(!keys.value(u"integration").toString().isEmpty());
    QVERIFY(!keys.value(u"noPermission").toString().isEmpty());
    QVERIFY(info.contains(u"secureAuthDomain"));

    HttpTestClient client;
    const HttpResult health =
        client.send("GET", QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(port)));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json.value(u"status").toString(), QStringLiteral("ok"));
    QCOMPARE(process.readAllStandardOutput(), QByteArray()); // exactly one line

    ::kill(pid_t(process.processId()), signalNumber);
    QVERIFY(finished.wait(30000) || process.state() == QProcess::NotRunning);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxServer::executableHelpAndErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0
                          << QByteArray("--max-body-bytes");
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0
                             << QByteArray(RA_VERSION);
    QTest::newRow("bad port") << QStringList{QStringLiteral("--port"), QStringLiteral("nope")} << 2
                              << QByteArray("--port");
    QTest::newRow("bad fault") << QStringList{QStringLiteral("--fault"), QStringLiteral("kind=zap")}
                               << 2 << QByteArray("kind=zap");
}

void TestSandboxServer::executableHelpAndErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, expected);
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(RA_SANDBOX_BINARY), args);
    QVERIFY(finished.wait(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), exitCode);
    const QByteArray all = process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY2(all.contains(expected), all.constData());
}

void TestSandboxServer::executableKeepsFileDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList args{QStringLiteral("--db"), dir.filePath(QStringLiteral("sandbox.db")),
                           QStringLiteral("--users"), QStringLiteral("40")};
    QProcess first;
    const QJsonObject a = startSandbox(&first, args);
    QVERIFY2(!a.isEmpty(), first.readAllStandardError().constData());
    // An image uploaded in the first run, used by a badge.
    HttpTestClient client;
    const QByteArray png("\x89PNG\r\n\x1a\nfirst-run-bytes", 23);
    const QByteArray multipart = QByteArrayLiteral("--b0und\r\nContent-Disposition: form-data; "
                                                   "name=\"images\"; filename=\"medal.png\"\r\n"
                                                   "Content-Type: image/png\r\n\r\n") +
                                 png + QByteArrayLiteral("\r\n--b0und--\r\n");
    const QJsonObject aUrls = a.value(u"baseUrls").toObject();
    const HttpResult uploaded = client.send(
        "POST",
        QUrl(aUrls.value(u"integration").toString() +
             QStringLiteral("/apis/v1/messages/upload-image")),
        Headers{{"authorization",
                 "Bearer " + a.value(u"keys").toObject().value(u"integration").toString().toUtf8()},
                {"content-type", "multipart/form-data; boundary=b0und"}},
        multipart);
    QCOMPARE(uploaded.status, 200);
    const QString firstUrl =
        uploaded.json.value(u"data").toArray().at(0).toObject().value(u"url").toString();
    QVERIFY2(firstUrl.contains(u"/uploads/"), uploaded.body.constData());
    const QByteArray aKey = a.value(u"keys").toObject().value(u"system").toString().toUtf8();
    const HttpResult created = client.send(
        "POST", QUrl(aUrls.value(u"system").toString() + QStringLiteral("/badges")),
        Headers{{"x-api-key", aKey}, {"content-type", "application/json"}},
        QJsonDocument(QJsonObject{{QStringLiteral("title"), QStringLiteral("Restart medal")},
                                  {QStringLiteral("action"), QStringLiteral("manual")},
                                  {QStringLiteral("image"), firstUrl}})
            .toJson());
    QVERIFY2(created.status == 200 || created.status == 201, created.body.constData());
    QVERIFY(stopSandbox(&first, SIGTERM));

    // The second run finds the seeded community: same id, same keys.
    QProcess second;
    const QJsonObject b = startSandbox(&second, args);
    QVERIFY2(!b.isEmpty(), second.readAllStandardError().constData());
    QCOMPARE(b.value(u"communityId"), a.value(u"communityId"));
    QCOMPARE(b.value(u"keys"), a.value(u"keys"));
    const QUrl badges(b.value(u"baseUrls").toObject().value(u"system").toString() +
                      QStringLiteral("/badges"));
    const QByteArray key = b.value(u"keys").toObject().value(u"system").toString().toUtf8();
    const HttpResult listed = client.send("GET", badges, Headers{{"x-api-key", key}});
    QCOMPARE(listed.status, 200);
    // The first run's image is answered on this run's origin, and still loads.
    QString imageUrl;
    // The System family answers {"body": [...]}.
    const QJsonArray list = listed.json.value(u"body").toArray();
    for (const QJsonValue &badge : list) {
        if (badge.toObject().value(u"title").toString() == u"Restart medal")
            imageUrl = badge.toObject().value(u"image").toString();
    }
    QVERIFY2(!imageUrl.isEmpty(), listed.body.constData());
    const QUrl served(imageUrl);
    QCOMPARE(served.port(),
             QUrl(b.value(u"baseUrls").toObject().value(u"system").toString()).port());
    QCOMPARE(served.path(), QUrl(firstUrl).path());
    const HttpResult image = client.send("GET", served);
    QCOMPARE(image.status, 200);
    QCOMPARE(image.body, png);
    QVERIFY(stopSandbox(&second, SIGTERM));
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
