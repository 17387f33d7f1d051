#include "server/sandboxcommandline.h"

#include <QCommandLineParser>
#include <QTest>

using namespace ra::sandbox;

class TestSandboxCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void values();
    void faultShortcuts();
    void exposure_data();
    void exposure();
    void invalid_data();
    void invalid();

private:
    static bool parse(const QStringList &args, SandboxConfig *config, QString *error)
    {
        QCommandLineParser parser;
        SandboxCommandLine::addOptions(&parser);
        if (!parser.parse(QStringList{QStringLiteral("returning-sandbox")} + args)) {
            *error = parser.errorText();
            return false;
        }
        return SandboxCommandLine::toConfig(parser, config, error);
    }
};

void TestSandboxCommandLine::defaults()
{
    SandboxConfig config;
    QString error;
    QVERIFY(parse({}, &config, &error));
    QCOMPARE(config.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(config.port, quint16(0));
    QVERIFY(config.dbPath.isEmpty());
    QCOMPARE(config.maxBodyBytes, qint64(64) * 1024 * 1024);
    QCOMPARE(config.maxConnections, 1000);
    QCOMPARE(config.sessionLifetime, 3600);
    QCOMPARE(config.randomKeys, false);
    QVERIFY(SandboxCommandLine::exposureWarning(config).isEmpty());
    QVERIFY(config.faults.isEmpty());
}

void TestSandboxCommandLine::exposure_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("randomKeys");
    QTest::addColumn<bool>("warns");
    const QString host = QStringLiteral("--host");
    const QString fixed = QStringLiteral("--fixed-keys");
    QTest::newRow("localhost") << QStringList{host, QStringLiteral("localhost")} << false << false;
    QTest::newRow("::1") << QStringList{host, QStringLiteral("::1")} << false << false;
    QTest::newRow("127.0.0.2") << QStringList{host, QStringLiteral("127.0.0.2")} << false << false;
    QTest::newRow("any v4") << QStringList{host, QStringLiteral("0.0.0.0")} << true << true;
    QTest::newRow("any v6") << QStringList{host, QStringLiteral("::")} << true << true;
    QTest::newRow("lan") << QStringList{host, QStringLiteral("192.168.1.5")} << true << true;
    QTest::newRow("lan fixed") << QStringList{host, QStringLiteral("192.168.1.5"), fixed} << false
                               << true;
    QTest::newRow("loopback fixed") << QStringList{fixed} << false << false;
}

void TestSandboxCommandLine::exposure()
{
    QFETCH(QStringList, args);
    QFETCH(bool, randomKeys);
    QFETCH(bool, warns);
    SandboxConfig config;
    QString error;
    QVERIFY2(parse(args, &config, &error), qPrintable(error));
    QCOMPARE(config.randomKeys, randomKeys);
    QCOMPARE(!SandboxCommandLine::exposureWarning(config).isEmpty(), warns);
}

void TestSandboxCommandLine::values()
{
    SandboxConfig config;
    QString error;
    QVERIFY2(
        parse({QStringLiteral("--host"), QStringLiteral("0.0.0.0"), QStringLiteral("--port"),
               QStringLiteral("8080"), QStringLiteral("--db"), QStringLiteral("/tmp/s.db"),
               QStringLiteral("--seed"), QStringLiteral("77"), QStringLiteral("--users"),
               QStringLiteral("100000"), QStringLiteral("--max-body-bytes"), QStringLiteral("2048"),
               QStringLiteral("--session-lifetime"), QStringLiteral("2"), QStringLiteral("--fault"),
               QStringLiteral("route=createUser;kind=error;status=500;count=1")},
              &config, &error),
        qPrintable(error));
    QCOMPARE(config.host, QStringLiteral("0.0.0.0"));
    QCOMPARE(config.port, quint16(8080));
    QCOMPARE(config.dbPath, QStringLiteral("/tmp/s.db"));
    QCOMPARE(config.seed, quint64(77));
    QCOMPARE(config.users, 100000);
    QCOMPARE(config.maxBodyBytes, qint64(2048));
    QCOMPARE(config.sessionLifetime, 2);
    QCOMPARE(config.faults.size(), 1);
    QCOMPARE(config.faults.first().route, QStringLiteral("createUser"));
    QCOMPARE(config.faults.first().count, 1);
}

void TestSandboxCommandLine::faultShortcuts()
{
    SandboxConfig config;
    QString error;
    QVERIFY2(
        parse({QStringLiteral("--fault-route"), QStringLiteral("getUserData"),
               QStringLiteral("--latency"), QStringLiteral("250"), QStringLiteral("--error-rate"),
               QStringLiteral("0.1"), QStringLiteral("--error-codes"), QStringLiteral("502,504"),
               QStringLiteral("--rate-limit-rate"), QStringLiteral("0.2"),
               QStringLiteral("--retry-after"), QStringLiteral("9"), QStringLiteral("--reset-rate"),
               QStringLiteral("0.05"), QStringLiteral("--truncate-rate"), QStringLiteral("0.01"),
               QStringLiteral("--malformed-rate"), QStringLiteral("0.02")},
              &config, &error),
        qPrintable(error));
    QCOMPARE(config.faults.size(), 6);
    for (const FaultRule &rule : config.faults)
        QCOMPARE(rule.route, QStringLiteral("getUserData"));
    QCOMPARE(config.faults.at(0).latencyMs, 250);
    QCOMPARE(int(config.faults.at(1).kind), int(FaultKind::Error));
    QCOMPARE(config.faults.at(1).statuses, (QList<int>{502, 504}));
    QCOMPARE(config.faults.at(1).rate, 0.1);
    QCOMPARE(int(config.faults.at(2).kind), int(FaultKind::RateLimit));
    QCOMPARE(config.faults.at(2).retryAfterSeconds, 9);
    QCOMPARE(int(config.faults.at(3).kind), int(FaultKind::Reset));
    QCOMPARE(int(config.faults.at(4).kind), int(FaultKind::Truncate));
    QCOMPARE(int(config.faults.at(5).kind), int(FaultKind::Malformed));
}

void TestSandboxCommandLine::invalid_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("port text") << QStringList{QStringLiteral("--port"), QStringLiteral("http")};
    QTest::newRow("port range") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::newRow("users negative") << QStringList{QStringLiteral("--users"), QStringLiteral("-1")};
    QTest::newRow("body zero") << QStringList{QStringLiteral("--max-body-bytes"),
                                              QStringLiteral("0")};
    QTest::newRow("connections zero")
        << QStringList{QStringLiteral("--max-connections"), QStringLiteral("0")};
    QTest::newRow("session lifetime 0")
        << QStringList{QStringLiteral("--session-lifetime"), QStringLiteral("0")};
    QTest::newRow("rate > 1") << QStringList{QStringLiteral("--error-rate"), QStringLiteral("2")};
    QTest::newRow("bad codes") << QStringList{QStringLiteral("--error-rate"), QStringLiteral("1"),
                                              QStringLiteral("--error-codes"),
                                              QStringLiteral("5xx")};
    QTest::newRow("bad spec") << QStringList{QStringLiteral("--fault"), QStringLiteral("kind=zap")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")};
}

void TestSandboxCommandLine::invalid()
{
    QFETCH(QStringList, args);
    SandboxConfig config;
    QString error;
    QVERIFY(!parse(args, &config, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxCommandLine)
#include "tst_sandboxcommandline.moc"
