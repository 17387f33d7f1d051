#include "api/apiclient.h"
#include "import/dryrunchecker.h"
#include "import/jobfollower.h"
#include "replywaiter.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ra;

// DryRunChecker against the sandbox: which users of a file already exist
// (by e-mail or username), rows without either are skipped, the number of
// lookups in flight stays bounded, and cancel stops it.
class tst_DryRunChecker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sortsExistingFromNew();
    void cancelStops();

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
};

void tst_DryRunChecker::initTestCase()
{
    QVERIFY(m_sandbox.start(20));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
    // Three users that exist before the dry run.
    auto job = track(m_client->bulkImport(
        FormField::csvData("First Name,Last Name,Username,Email\r\n"
                           "A,B,dry_a,dry_a@example.com\r\nA,B,dry_b,dry_b@example.com\r\n"
                           "A,B,dry_c,dry_c@example.com\r\n",
                           QStringLiteral("dry.csv"))));
    QTRY_VERIFY_WITH_TIMEOUT(job->done, 10000);
    JobFollower follower(*m_client, job->value.id);
    follower.setInterval(20);
    QSignalSpy finished(&follower, &JobFollower::finished);
    follower.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(follower.created(), 3);
}

void tst_DryRunChecker::sortsExistingFromNew()
{
    DryRunChecker checker(*m_client);
    checker.setConcurrency(3);
    const QStringList ids = {QStringLiteral("dry_a@example.com"),
                             QStringLiteral("new1@example.com"),
                             QString(),
                             QStringLiteral("dry_b"),
                             QStringLiteral("new2@example.com"),
                             QStringLiteral("dry_c@example.com"),
                             QStringLiteral("nobody_here")};
    QSignalSpy finished(&checker, &DryRunChecker::finished);
    int maxInFlight = 0;
    connect(m_client.get(), &ApiClient::countsChanged, this,
            [&](int inFlight, int queued) { maxInFlight = qMax(maxInFlight, inFlight + queued); });
    checker.start(ids);
    QVERIFY(checker.isRunning());
    QVERIFY(finished.wait(10000));
    QVERIFY(checker.isComplete());
    QVERIFY(maxInFlight <= 3);
    QCOMPARE(checker.total(), 7);
    QCOMPARE(checker.checked(), 7);
    QCOMPARE(checker.existing(), 3);
    QCOMPARE(checker.fresh(), 3);
    QCOMPARE(checker.skipped(), 1);
    QCOMPARE(checker.errors(), 0);
    QCOMPARE(checker.outcome(0), DryRunChecker::Outcome::Exists);
    QCOMPARE(checker.outcome(1), DryRunChecker::Outcome::New);
    QCOMPARE(checker.outcome(2), DryRunChecker::Outcome::Skipped);
    QCOMPARE(checker.outcome(3), DryRunChecker::Outcome::Exists);
    QCOMPARE(checker.outcome(6), DryRunChecker::Outcome::New);
}

void tst_DryRunChecker::cancelStops()
{
    DryRunChecker checker(*m_client);
    QStringList ids;
    for (int i = 0; i < 2000; ++i)
        ids << QStringLiteral("many%1@example.com").arg(i);
    QSignalSpy progressed(&checker, &DryRunChecker::progressed);
    QSignalSpy finished(&checker, &DryRunChecker::finished);
    QSignalSpy cancelled(&checker, &DryRunChecker::cancelled);
    checker.start(ids);
    QTRY_VERIFY_WITH_TIMEOUT(checker.checked() >= 100, 10000);
    checker.cancel();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!checker.isRunning());
    const qint64 checked = checker.checked();
    QVERIFY(checked < 2000);
    QVERIFY(!checker.isComplete());
    // Nothing more arrives after the cancel.
    QTRY_COMPARE_WITH_TIMEOUT(m_client->inFlightCount(), 0, 5000);
    QCOMPARE(checker.checked(), checked);
    QCOMPARE(finished.count(), 0);
}

QTEST_GUILESS_MAIN(tst_DryRunChecker)
#include "tst_dryrunchecker.moc"
