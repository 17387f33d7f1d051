#include "server/routeindex.h"

#include "api/routetable.h"

#include <QTest>

using namespace ra;
using ra::sandbox::RouteIndex;

class TestRouteIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesLikeRouteTable();
    void prefixes_data();
    void prefixes();
    void unknownMethodAndPath();
    void historyIsAlsoServedAsPost();
};

void TestRouteIndex::historyIsAlsoServedAsPost()
{
    // The 2026 docs moved Get User Gamification History to POST; the sandbox serves both.
    const RouteTable &table = RouteTable::builtIn();
    const RouteIndex index(table);
    const Route *get = table.find(QStringLiteral("getGamificationHistory"));
    QVERIFY(get);
    QCOMPARE(get->method, QStringLiteral("GET"));
    QCOMPARE(index.match(get->family, u"GET", get->path, nullptr), get);
    QCOMPARE(index.match(get->family, u"POST", get->path, nullptr), get);
    QCOMPARE(index.match(get->family, u"PUT", get->path, nullptr), nullptr);
    // Only that route: the stats route stays POST only.
    const Route *stats = table.find(QStringLiteral("getGamificationStats"));
    QVERIFY(stats);
    QCOMPARE(index.match(stats->family, u"GET", stats->path, nullptr), nullptr);
}

void TestRouteIndex::matchesLikeRouteTable()
{
    const RouteTable &table = RouteTable::builtIn();
    const RouteIndex index(table);
    QCOMPARE(table.routes().size(), 60);
    for (const Route &route : table.routes()) {
        QHash<QString, QString> values;
        for (const QString &p : route.pathParameters)
            values.insert(p, p + QStringLiteral("-v"));
        const QString path = route.expandPath(values);
        QHash<QString, QString> expectedParams;
        QHash<QString, QString> params;
        const Route *expected = table.match(route.family, route.method, path, &expectedParams);
        const Route *got = index.match(route.family, route.method, path, &params);
        QVERIFY2(got == expected, qPrintable(route.operationId));
        QCOMPARE(params, expectedParams);
        QVERIFY(index.pathExists(route.family, path));
        // One trailing slash is tolerated, as in Route::matchPath.
        QCOMPARE(index.match(route.family, route.method, path + u'/', nullptr), expected);
    }
}

void TestRouteIndex::prefixes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("rest");
    QTest::newRow("system") << QStringLiteral("/system/api/v1/roles") << true
                            << int(ApiFamily::System) << QStringLiteral("/roles");
    QTest::newRow("integration") << QStringLiteral("/integration/apis/v1/users") << true
                                 << int(ApiFamily::Integration) << QStringLiteral("/apis/v1/users");
    QTest::newRow("application") << QStringLiteral("/application/apis/v1/users/1") << true
                                 << int(ApiFamily::Application)
                                 << QStringLiteral("/apis/v1/users/1");
    QTest::newRow("gateway") << QStringLiteral("/gateway/v1/messages") << true
                             << int(ApiFamily::Gateway) << QStringLiteral("/v1/messages");
    QTest::newRow("secure") << QStringLiteral("/secure/api/secureAuth") << true
                            << int(ApiFamily::SecureAuth) << QStringLiteral("/api/secureAuth");
    QTest::newRow("bare prefix") << QStringLiteral("/gateway") << true << int(ApiFamily::Gateway)
                                 << QStringLiteral("/");
    QTest::newRow("lookalike") << QStringLiteral("/gatewayz/v1") << false << 0 << QString();
    QTest::newRow("system without version")
        << QStringLiteral("/system/roles") << false << 0 << QString();
}

void TestRouteIndex::prefixes()
{
    QFETCH(QString, path);
    QFETCH(bool, ok);
    ApiFamily gotFamily = ApiFamily::Integration;
    QString gotRest;
    QCOMPARE(RouteIndex::splitPrefix(path, &gotFamily, &gotRest), ok);
    if (!ok)
        return;
    QFETCH(int, family);
    QFETCH(QString, rest);
    QCOMPARE(int(gotFamily), family);
    QCOMPARE(gotRest, rest);
}

void TestRouteIndex::unknownMethodAndPath()
{
    const RouteIndex index(RouteTable::builtIn());
    QCOMPARE(index.match(ApiFamily::Integration, u"OPTIONS", QStringLiteral("/apis/v1/users/info"),
                         nullptr),
             nullptr);
    QCOMPARE(
        index.match(ApiFamily::Integration, u"GET", QStringLiteral("/apis/v1/users/info"), nullptr),
        nullptr);
    QVERIFY(index.pathExists(ApiFamily::Integration, QStringLiteral("/apis/v1/users/info")));
    QVERIFY(!index.pathExists(ApiFamily::Integration, QStringLiteral("/apis/v1/nothing")));
}

QTEST_GUILESS_MAIN(TestRouteIndex)
#include "tst_routeindex.moc"
