#include "settings/connectionprofile.h"

#include <QTest>

using namespace ra;

class tst_ConnectionProfile : public QObject
{
    Q_OBJECT

private slots:
    void validateUrl_data();
    void validateUrl();
    void nameRules_data();
    void nameRules();
    void environment_data();
    void environment();
    void loopback_data();
    void loopback();
};

void tst_ConnectionProfile::validateUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("https") << QStringLiteral("https://api.returning.ai/v1") << true;
    QTest::newRow("http remote") << QStringLiteral("http://api.returning.ai") << false;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("http 127.1.2.3") << QStringLiteral("http://127.1.2.3") << true;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:9000/") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:1234") << true;
    QTest::newRow("http 128.0.0.1") << QStringLiteral("http://128.0.0.1") << false;
    QTest::newRow("http localhost.evil.com")
        << QStringLiteral("http://localhost.evil.com") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://files.example.com") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
    QTest::newRow("garbage") << QStringLiteral("not a url") << false;
    QTest::newRow("query") << QStringLiteral("https://a.example.com/?x=1") << false;
    QTest::newRow("user and password")
        << QStringLiteral("https://admin:s3cret@a.example.com/v1") << false;
    QTest::newRow("user name only") << QStringLiteral("https://admin@a.example.com") << false;
}

void tst_ConnectionProfile::validateUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    ConnectionProfile p;
    p.id = ConnectionProfile::newId();
    p.name = QStringLiteral("P");
    p.setBaseUrl(ApiFamily::Integration, QUrl(url));
    const QList<ConnectionProfile::Issue> issues = p.validate({});
    QCOMPARE(issues.isEmpty(), valid);
    if (!valid) {
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.at(0).field, ConnectionProfile::urlField(ApiFamily::Integration));
        // The message names the field.
        QVERIFY2(issues.at(0).message.contains(QStringLiteral("Integration API URL")),
                 qPrintable(issues.at(0).message));
    }
}

void tst_ConnectionProfile::nameRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expectedMessagePart");
    QTest::newRow("ok") << QStringLiteral("Staging") << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("Name is required");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("Name is required");
    QTest::newRow("duplicate") << QStringLiteral("Acme") << QStringLiteral("already used");
    QTest::newRow("duplicate other case")
        << QStringLiteral(" acme ") << QStringLiteral("already used");
}

void tst_ConnectionProfile::nameRules()
{
    QFETCH(QString, name);
    QFETCH(QString, expectedMessagePart);
    ConnectionProfile other;
    other.id = ConnectionProfile::newId();
    other.name = QStringLiteral("Acme");
    ConnectionProfile p;
    p.id = ConnectionProfile::newId();
    p.name = name;
    const QList<ConnectionProfile::Issue> issues = p.validate({other});
    if (expectedMessagePart.isEmpty()) {
        QVERIFY(issues.isEmpty());
    } else {
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.at(0).field, QStringLiteral("name"));
        QVERIFY2(issues.at(0).message.contains(expectedMessagePart),
                 qPrintable(issues.at(0).message));
    }
    // A profile does not clash with itself.
    other.name = name;
    other.id = p.id;
    if (!name.trimmed().isEmpty())
        QVERIFY(p.validate({other}).isEmpty());
}

void tst_ConnectionProfile::environment_data()
{
    QTest::addColumn<bool>("production");
    QTest::addColumn<bool>("builtIn");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("text");
    QTest::newRow("production") << true << false << QStringLiteral("https://api.example.com")
                                << QStringLiteral("Production");
    QTest::newRow("sandbox") << false << true << QStringLiteral("http://127.0.0.1:1")
                             << QStringLiteral("Local sandbox");
    QTest::newRow("staging") << false << false << QStringLiteral("https://staging.example.com")
                             << QStringLiteral("Staging");
    QTest::newRow("custom") << false << false << QStringLiteral("https://api.example.com")
                            << QStringLiteral("Custom");
}

void tst_ConnectionProfile::environment()
{
    QFETCH(bool, production);
    QFETCH(bool, builtIn);
    QFETCH(QString, url);
    QFETCH(QString, text);
    ConnectionProfile p;
    p.production = production;
    p.builtIn = builtIn;
    p.setBaseUrl(ApiFamily::System, QUrl(url));
    QCOMPARE(p.environment(), text);
}

void tst_ConnectionProfile::loopback_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LOCALHOST") << QStringLiteral("LOCALHOST") << true;
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.255.0.9") << QStringLiteral("127.255.0.9") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
    QTest::newRow("example.com") << QStringLiteral("example.com") << false;
    QTest::newRow("::2") << QStringLiteral("::2") << false;
}

void tst_ConnectionProfile::loopback()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(ConnectionProfile::isLoopbackHost(host), loopback);
}

QTEST_GUILESS_MAIN(tst_ConnectionProfile)
#include "tst_connectionprofile.moc"
