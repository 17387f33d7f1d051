#include "api/apierror.h"
#include "api/secretredactor.h"

#include <QTest>

using namespace ra;

Q_DECLARE_METATYPE(ra::ApiError::Kind)

class tst_ApiError : public QObject
{
    Q_OBJECT

private slots:
    void userText_data();
    void userText();
    void jsonHasNoSecrets();
    void redactUrl_data();
    void redactUrl();
};

void tst_ApiError::userText_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("serverMessage");
    QTest::addColumn<QString>("contains");
    using K = ApiError::Kind;
    QTest::newRow("network") << K::Network << 0 << QString() << QStringLiteral("Could not reach");
    QTest::newRow("timeout") << K::Timeout << 0 << QString() << QStringLiteral("in time");
    QTest::newRow("tls") << K::Tls << 0 << QString() << QStringLiteral("secure connection");
    QTest::newRow("401") << K::Http << 401 << QStringLiteral("bad key")
                         << QStringLiteral("Server message: bad key");
    QTest::newRow("404") << K::Http << 404 << QString() << QStringLiteral("does not know");
    QTest::newRow("418") << K::Http << 418 << QString() << QStringLiteral("HTTP status 418");
    QTest::newRow("server") << K::Server << 200 << QStringLiteral("nope")
                            << QStringLiteral("reported a failure");
    QTest::newRow("decode names the operation")
        << K::Decode << 200 << QString() << QStringLiteral("getUserData");
    QTest::newRow("insecure") << K::Insecure << 0 << QString() << QStringLiteral("HTTPS");
    QTest::newRow("cancelled") << K::Cancelled << 0 << QString() << QStringLiteral("cancelled");
}

void tst_ApiError::userText()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, status);
    QFETCH(QString, serverMessage);
    QFETCH(QString, contains);
    ApiError e = ApiError::make(kind);
    e.httpStatus = status;
    e.serverMessage = serverMessage;
    e.operationId = QStringLiteral("getUserData");
    e.url = QUrl(QStringLiteral("https://integration.example/apis/v1/users/info"));
    const QString text = errorText(e);
    QVERIFY2(text.contains(contains), qPrintable(text));
    QCOMPARE(e.userText(), text);
    QCOMPARE(e.isError(), kind != ApiError::Kind::None);
}

void tst_ApiError::jsonHasNoSecrets()
{
    ApiError e = ApiError::make(ApiError::Kind::Http);
    e.httpStatus = 401;
    e.operationId = QStringLiteral("getUserApiKeys");
    e.url = SecretRedactor::redactUrl(
        QUrl(QStringLiteral("https://u:pw@h.example/x?userId=1&apiKey=SECRET123&token=T0K")));
    const QJsonObject o = e.toJson();
    const QString url = o.value(u"url").toString();
    QVERIFY(!url.contains(QStringLiteral("SECRET123")));
    QVERIFY(!url.contains(QStringLiteral("T0K")));
    QVERIFY(!url.contains(QStringLiteral("pw")));
    QVERIFY(url.contains(QStringLiteral("userId=1")));
    QCOMPARE(o.value(u"kind").toString(), QStringLiteral("http"));
    QCOMPARE(o.value(u"httpStatus").toInt(), 401);
    QCOMPARE(o.value(u"operation").toString(), QStringLiteral("getUserApiKeys"));
}

void tst_ApiError::redactUrl_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << QStringLiteral("https://h/a?x=1")
                           << QStringLiteral("https://h/a?x=1");
    QTest::newRow("user info") << QStringLiteral("https://me:secret@h/a")
                               << QStringLiteral("https://h/a");
    QTest::newRow("key") << QStringLiteral("https://h/a?api_key=abc&b=2")
                         << QStringLiteral("https://h/a?api_key=REDACTED&b=2");
    QTest::newRow("password") << QStringLiteral("http://127.0.0.1:8/a?Password=x")
                              << QStringLiteral("http://127.0.0.1:8/a?Password=REDACTED");
}

void tst_ApiError::redactUrl()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(SecretRedactor::redactUrl(QUrl(in)).toString(), out);
}

QTEST_GUILESS_MAIN(tst_ApiError)
#include "tst_apierror.moc"
