#include "server/faultinjector.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using ra::sandbox::FaultDecision;
using ra::sandbox::FaultInjector;
using ra::sandbox::FaultKind;
using ra::sandbox::FaultRule;

class TestFaultInjector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noRulesNoFault();
    void specParsing_data();
    void specParsing();
    void countedRuleExpires();
    void routeFilter();
    void seededRateIsReproducible();
    void latencyAddsUp();
    void jsonRoundTrip();
    void applyRejectsBadDocuments_data();
    void applyRejectsBadDocuments();
};

void TestFaultInjector::noRulesNoFault()
{
    FaultInjector injector;
    const FaultDecision d = injector.decide(QStringLiteral("getUserData"));
    QCOMPARE(int(d.kind), int(FaultKind::None));
    QCOMPARE(d.latencyMs, 0);
}

void TestFaultInjector::specParsing_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("route");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<int>>("statuses");

    QTest::newRow("error") << QStringLiteral("route=createUser;kind=error;status=500,502;count=1")
                           << true << QStringLiteral("createUser") << int(FaultKind::Error) << 1
                           << QList<int>{500, 502};
    QTest::newRow("latency only") << QStringLiteral("latency=200") << true << QStringLiteral("*")
                                  << int(FaultKind::None) << -1 << QList<int>{};
    QTest::newRow("429") << QStringLiteral("kind=429;retryAfter=7") << true << QStringLiteral("*")
                         << int(FaultKind::RateLimit) << -1 << QList<int>{};
    QTest::newRow("reset") << QStringLiteral("op=getUserData;kind=reset;rate=0.25") << true
                           << QStringLiteral("getUserData") << int(FaultKind::Reset) << -1
                           << QList<int>{};
    QTest::newRow("unknown kind") << QStringLiteral("kind=explode") << false << QString() << 0 << 0
                                  << QList<int>{};
    QTest::newRow("rate too high")
        << QStringLiteral("kind=error;rate=1.5") << false << QString() << 0 << 0 << QList<int>{};
    QTest::newRow("bad status") << QStringLiteral("kind=error;status=5000") << false << QString()
                                << 0 << 0 << QList<int>{};
    QTest::newRow("unknown key") << QStringLiteral("colour=red") << false << QString() << 0 << 0
                                 << QList<int>{};
}

void TestFaultInjector::specParsing()
{
    QFETCH(QString, spec);
    QFETCH(bool, ok);
    FaultRule rule;
    QString error;
    QCOMPARE(FaultRule::fromSpec(spec, &rule, &error), ok);
    if (!ok) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QFETCH(QString, route);
    QFETCH(int, kind);
    QFETCH(int, count);
    QFETCH(QList<int>, statuses);
    QCOMPARE(rule.route, route);
    QCOMPARE(int(rule.kind), kind);
    QCOMPARE(rule.count, count);
    QCOMPARE(rule.statuses, statuses);
}

void TestFaultInjector::countedRuleExpires()
{
    FaultInjector injector;
    FaultRule rule;
    rule.route = QStringLiteral("createUser");
    rule.kind = FaultKind::Error;
    rule.statuses = {503};
    rule.count = 2;
    injector.addRule(rule);
    QCOMPARE(injector.decide(QStringLiteral("createUser")).status, 503);
    QCOMPARE(injector.decide(QStringLiteral("createUser")).status, 503);
    QCOMPARE(int(injector.decide(QStringLiteral("createUser")).kind), int(FaultKind::None));
    QVERIFY(injector.isEmpty());
}

void TestFaultInjector::routeFilter()
{
    FaultInjector injector;
    FaultRule rule;
    rule.route = QStringLiteral("createUser");
    rule.kind = FaultKind::Reset;
    injector.addRule(rule);
    QCOMPARE(int(injector.decide(QStringLiteral("getUserData")).kind), int(FaultKind::None));
    QCOMPARE(int(injector.decide(QStringLiteral("createUser")).kind), int(FaultKind::Reset));
}

void TestFaultInjector::seededRateIsReproducible()
{
    FaultRule rule;
    rule.kind = FaultKind::Error;
    rule.rate = 0.5;
    rule.statuses = {500, 502, 503};
    auto run = [&](quint64 seed) {
        FaultInjector injector;
        injector.setSeed(seed);
        injector.setRules({rule});
        QList<int> statuses;
        for (int i = 0; i < 64; ++i)
            statuses.append(injector.decide(QStringLiteral("getUserData")).status);
        return statuses;
    };
    const QList<int> a = run(42);
    QCOMPARE(run(42), a);
    QVERIFY(run(43) != a);
    const auto errors = std::count_if(a.begin(), a.end(), [](int s) { return s != 0; });
    QVERIFY2(errors > 16 && errors < 48, qPrintable(QString::number(errors)));
    QVERIFY(a.contains(500) && a.contains(502) && a.contains(503));
}

void TestFaultInjector::latencyAddsUp()
{
    FaultInjector injector;
    FaultRule slow;
    slow.latencyMs = 100;
    FaultRule slower;
    slower.route = QStringLiteral("getUserData");
    slower.latencyMs = 50;
    slower.kind = FaultKind::Malformed;
    injector.setRules({slow, slower});
    const FaultDecision d = injector.decide(QStringLiteral("getUserData"));
    QCOMPARE(d.latencyMs, 150);
    QCOMPARE(int(d.kind), int(FaultKind::Malformed));
    QCOMPARE(injector.decide(QStringLiteral("createUser")).latencyMs, 100);
}

void TestFaultInjector::jsonRoundTrip()
{
    FaultInjector injector;
    QSignalSpy changed(&injector, &FaultInjector::changed);
    QString error;
    const QJsonObject doc{
        {QStringLiteral("seed"), 9},
        {QStringLiteral("rules"),
         QJsonArray{QJsonObject{{QStringLiteral("route"), QStringLiteral("createUser")},
                                {QStringLiteral("kind"), QStringLiteral("error")},
                                {QStringLiteral("status"), 502},
                                {QStringLiteral("count"), 1}},
                    QJsonObject{{QStringLiteral("kind"), QStringLiteral("429")},
                                {QStringLiteral("retryAfter"), 3}}}}};
    QVERIFY2(injector.apply(doc, true, &error), qPrintable(error));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(injector.seed(), quint64(9));
    QCOMPARE(injector.rules().size(), 2);
    QCOMPARE(injector.rules().at(0).statuses, QList<int>{502});
    QCOMPARE(injector.rules().at(1).retryAfterSeconds, 3);

    // POST appends a single rule object.
    QVERIFY(injector.apply(QJsonObject{{QStringLiteral("kind"), QStringLiteral("reset")}}, false,
                           &error));
    QCOMPARE(injector.rules().size(), 3);

    FaultInjector copy;
    QVERIFY(copy.apply(injector.toJson(), true, &error));
    QCOMPARE(copy.toJson(), injector.toJson());

    const FaultDecision d = injector.decide(QStringLiteral("createUser"));
    QCOMPARE(int(d.kind), int(FaultKind::Error));
    QCOMPARE(d.status, 502);
    const FaultDecision next = injector.decide(QStringLiteral("createUser"));
    QCOMPARE(int(next.kind), int(FaultKind::RateLimit));
    QCOMPARE(next.retryAfterSeconds, 3);
}

void TestFaultInjector::applyRejectsBadDocuments_data()
{
    QTest::addColumn<QJsonObject>("doc");
    QTest::newRow("rules not array") << QJsonObject{{QStringLiteral("rules"), 3}};
    QTest::newRow("bad kind") << QJsonObject{{QStringLiteral("kind"), QStringLiteral("boom")}};
    QTest::newRow("unknown field") << QJsonObject{{QStringLiteral("colour"), 1}};
    QTest::newRow("negative seed") << QJsonObject{{QStringLiteral("seed"), -4}};
    QTest::newRow("negative latency") << QJsonObject{{QStringLiteral("latencyMs"), -1}};
}

void TestFaultInjector::applyRejectsBadDocuments()
{
    QFETCH(QJsonObject, doc);
    FaultInjector injector;
    FaultRule keep;
    keep.kind = FaultKind::Reset;
    injector.addRule(keep);
    QString error;
    QVERIFY(!injector.apply(doc, true, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(injector.rules().size(), 1); // unchanged
}

QTEST_GUILESS_MAIN(TestFaultInjector)
#include "tst_faultinjector.moc"
