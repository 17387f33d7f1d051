#include "api/retrypolicy.h"
#include "api/routetable.h"

#include <QTest>

using namespace ra;

Q_DECLARE_METATYPE(ra::ApiError::Kind)

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void shouldRetry_data();
    void shouldRetry();
    void retryAfter_data();
    void retryAfter();
    void backoffGrowsWithJitterAndCap();
    void tooLongRetryAfterIsNotWaited();
    void everyRouteIsClassified();
};

void tst_RetryPolicy::shouldRetry_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("attemptsMade");
    QTest::addColumn<bool>("retry");
    using K = ApiError::Kind;
    QTest::newRow("GET network") << QStringLiteral("getBadges") << K::Network << 0 << 1 << true;
    QTest::newRow("GET 429") << QStringLiteral("getBadges") << K::Http << 429 << 1 << true;
    QTest::newRow("GET 502") << QStringLiteral("getBadges") << K::Http << 502 << 2 << true;
    QTest::newRow("GET 503") << QStringLiteral("getBadges") << K::Http << 503 << 1 << true;
    QTest::newRow("GET 504") << QStringLiteral("getBadges") << K::Http << 504 << 1 << true;
    QTest::newRow("GET 500") << QStringLiteral("getBadges") << K::Http << 500 << 1 << true;
    QTest::newRow("GET 501 not transient")
        << QStringLiteral("getBadges") << K::Http << 501 << 1 << false;
    QTest::newRow("GET 404") << QStringLiteral("getBadges") << K::Http << 404 << 1 << false;
    QTest::newRow("GET 401") << QStringLiteral("getBadges") << K::Http << 401 << 1 << false;
    QTest::newRow("GET cut-off reply")
        << QStringLiteral("getBadges") << K::Decode << 200 << 1 << true;
    QTest::newRow("GET timeout") << QStringLiteral("getBadges") << K::Timeout << 0 << 1 << true;
    QTest::newRow("GET server envelope error")
        << QStringLiteral("getBadges") << K::Server << 200 << 1 << false;
    QTest::newRow("GET tls") << QStringLiteral("getBadges") << K::Tls << 0 << 1 << false;
    QTest::newRow("GET attempts exhausted")
        << QStringLiteral("getBadges") << K::Network << 0 << 4 << false;
    QTest::newRow("PUT 503") << QStringLiteral("updateRole") << K::Http << 503 << 1 << true;
    QTest::newRow("DELETE network")
        << QStringLiteral("deleteBadge") << K::Network << 0 << 1 << true;
    QTest::newRow("idempotent POST (getUserData)")
        << QStringLiteral("getUserData") << K::Network << 0 << 1 << true;
    QTest::newRow("create POST network")
        << QStringLiteral("createUser") << K::Network << 0 << 1 << false;
    // 429 means the server did not process the request: sending it again
    // cannot apply anything twice.
    QTest::newRow("create POST 429")
        << QStringLiteral("createBadge") << K::Http << 429 << 1 << true;
    QTest::newRow("create POST 429, attempts exhausted")
        << QStringLiteral("createBadge") << K::Http << 429 << 4 << false;
    QTest::newRow("create POST 500")
        << QStringLiteral("createBadge") << K::Http << 500 << 1 << false;
    QTest::newRow("create POST timeout")
        << QStringLiteral("createBadge") << K::Timeout << 0 << 1 << false;
    QTest::newRow("send message 503")
        << QStringLiteral("sendMessage") << K::Http << 503 << 1 << false;
}

void tst_RetryPolicy::shouldRetry()
{
    QFETCH(QString, operation);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, status);
    QFETCH(int, attemptsMade);
    QFETCH(bool, retry);
    const Route *route = RouteTable::builtIn().find(operation);
    QVERIFY(route);
    ApiError e = ApiError::make(kind);
    e.httpStatus = status;
    RetryPolicy policy;
    QCOMPARE(policy.shouldRetry(*route, e, attemptsMade), retry);
}

void tst_RetryPolicy::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("seconds") << QByteArray("2") << qint64(2000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 3 ") << qint64(3000);
    QTest::newRow("absent") << QByteArray() << qint64(-1);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("http date +10s") << QByteArray("Fri, 27 Nov 2026 10:00:10 GMT") << qint64(10000);
    QTest::newRow("http date in the past")
        << QByteArray("Fri, 27 Nov 2026 09:00:00 GMT") << qint64(0);
}

void tst_RetryPolicy::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, ms);
    const QDateTime now(QDate(2026, 11, 27), QTime(10, 0, 0), Qt::UTC);
    QCOMPARE(RetryPolicy::parseRetryAfterMs(header, now), ms);
}

void tst_RetryPolicy::backoffGrowsWithJitterAndCap()
{
    RetryPolicy p;
    p.baseDelayMs = 100;
    p.maxDelayMs = 1000;
    // Lowest and highest jitter bound each step: [ceiling/2, ceiling].
    QCOMPARE(p.delayMs(1, {}, 0.0), 50);
    QCOMPARE(p.delayMs(1, {}, 1.0), 100);
    QCOMPARE(p.delayMs(2, {}, 0.0), 100);
    QCOMPARE(p.delayMs(3, {}, 1.0), 400);
    QCOMPARE(p.delayMs(10, {}, 1.0), 1000); // capped
    QVERIFY(p.delayMs(2, {}, 0.5) > p.delayMs(2, {}, 0.1));
    QCOMPARE(p.delayMs(5, QByteArrayLiteral("1"), 0.9), 1000); // Retry-After wins
}

void tst_RetryPolicy::tooLongRetryAfterIsNotWaited()
{
    RetryPolicy p;
    p.maxRetryAfterMs = 5000;
    QCOMPARE(p.delayMs(1, QByteArrayLiteral("6"), 0.5), -1);
    QCOMPARE(p.delayMs(1, QByteArrayLiteral("5"), 0.5), 5000);
}

void tst_RetryPolicy::everyRouteIsClassified()
{
    // Every non-idempotent route must be a POST: a GET/PUT/DELETE is always safe.
    for (const Route &r : RouteTable::builtIn().routes()) {
        if (!RetryPolicy::isIdempotent(r))
            QCOMPARE(r.method, QStringLiteral("POST"));
    }
    QVERIFY(!RetryPolicy::isIdempotent(*RouteTable::builtIn().find(QStringLiteral("createUser"))));
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
