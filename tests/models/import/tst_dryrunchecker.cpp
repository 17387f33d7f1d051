#include "api/apiclient.h"
#include "import/dryrunchecker.h"
#include "import/jobfollower.h"
#include "replywaiter.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ra;

// DryRunChecker against the sandbox (450 seeded members plus three imported,
// so the member list is three pages): which users of a file already exist (by
// e-mail or username), rows without either are skipped, with row-by-row
// lookups and with the member list read once, which agree; Auto picks the
// cheaper; a member list that fails part-way falls back to lookups; the
// number of lookups in flight stays bounded, and cancel stops it.
class tst_DryRunChecker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sortsExistingFromNew_data();
    void sortsExistingFromNew();
    void autoPicksTheCheaperWay();
    void directoryFailureFallsBack();
    void cancelStops();

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
};

void tst_DryRunChecker::initTestCase()
{
    QVERIFY(m_sandbox.start(450));
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

void tst_DryRunChecker::sortsExistingFromNew_data()
{
    QTest::addColumn<DryRunChecker::Strategy>("strategy");
    QTest::addColumn<DryRunChecker::Strategy>("used");
    QTest::newRow("lookup") << DryRunChecker::Strategy::Lookup << DryRunChecker::Strategy::Lookup;
    QTest::newRow("directory") << DryRunChecker::Strategy::Directory
                               << DryRunChecker::Strategy::Directory;
}

void tst_DryRunChecker::sortsExistingFromNew()
{
    QFETCH(DryRunChecker::Strategy, strategy);
    QFETCH(DryRunChecker::Strategy, used);
    DryRunChecker checker(*m_client);
    checker.setConcurrency(3);
    checker.setStrategy(strategy);
    const QStringList ids = {QStringLiteral("dry_a@example.com"),
                             QStringLiteral("new1@example.com"),
                             QString(),
                             QStringLiteral("dry_b"),
                             QStringLiteral("new2@example.com"),
                             QStringLiteral("dry_c@example.com"),
                             QStringLiteral("nobody_here"),
                             QStringLiteral("dry_a@example.com")};
    QSignalSpy finished(&checker, &DryRunChecker::finished);
    int maxInFlight = 0;
    auto counting =
        connect(m_client.get(), &ApiClient::countsChanged, this, [&](int inFlight, int queued) {
            maxInFlight = qMax(maxInFlight, inFlight + queued);
        });
    checker.start(ids);
    QVERIFY(checker.isRunning());
    QVERIFY(finished.wait(10000));
    disconnect(counting);
    QVERIFY(checker.isComplete());
    QCOMPARE(checker.strategyUsed(), used);
    QVERIFY(maxInFlight <= 3);
    QCOMPARE(checker.total(), 8);
    QCOMPARE(checker.checked(), 8);
    QCOMPARE(checker.existing(), 4);
    QCOMPARE(checker.fresh(), 3);
    QCOMPARE(checker.skipped(), 1);
    QCOMPARE(checker.errors(), 0);
    QCOMPARE(checker.outcome(0), DryRunChecker::Outcome::Exists);
    QCOMPARE(checker.outcome(1), DryRunChecker::Outcome::New);
    QCOMPARE(checker.outcome(2), DryRunChecker::Outcome::Skipped);
    QCOMPARE(checker.outcome(3), DryRunChecker::Outcome::Exists);
    QCOMPARE(checker.outcome(6), DryRunChecker::Outcome::New);
    QCOMPARE(checker.outcome(7), DryRunChecker::Outcome::Exists);
    if (used == DryRunChecker::Strategy::Directory) {
        QCOMPARE(checker.pagesRead(), 3); // 453 members, 200 a page
        QCOMPARE(checker.pagesTotal(), 3);
    }
}

void tst_DryRunChecker::autoPicksTheCheaperWay()
{
    // 3 pages of members: two rows are cheaper to look up, 40 cheaper to match against the list.
    DryRunChecker checker(*m_client);
    QSignalSpy finished(&checker, &DryRunChecker::finished);
    checker.start({QStringLiteral("dry_a@example.com"), QStringLiteral("absent@example.com")});
    QVERIFY(finished.wait(10000));
    QCOMPARE(checker.strategyUsed(), DryRunChecker::Strategy::Lookup);
    QCOMPARE(checker.existing(), 1);
    QCOMPARE(checker.fresh(), 1);

    // Seeded members (read back from the server) and absent ones, in mixed case.
    auto page = track(m_client->getUsersByPage({QStringLiteral("email")}, {}, 2));
    QTRY_VERIFY_WITH_TIMEOUT(page->done, 10000);
    QVERIFY2(!page->error.isError(), qPrintable(page->error.userText()));
    QCOMPARE(page->value.users.size(), 200);
    QStringList ids;
    for (int i = 0; i < 20; ++i) {
        ids << page->value.users.at(i * 5).email.toUpper();
        ids << QStringLiteral("absent%1@example.com").arg(i);
    }
    checker.start(ids);
    QVERIFY(finished.wait(10000));
    QCOMPARE(checker.strategyUsed(), DryRunChecker::Strategy::Directory);
    QCOMPARE(checker.existing(), 20);
    QCOMPARE(checker.fresh(), 20);
    for (int i = 0; i < 40; ++i)
        QCOMPARE(checker.outcome(i),
                 i % 2 ? DryRunChecker::Outcome::New : DryRunChecker::Outcome::Exists);
}

void tst_DryRunChecker::directoryFailureFallsBack()
{
    // The second page of the member list is refused: the rows not matched by then are looked
    // up one by one, and the result is the same as a clean run.
    DryRunChecker checker(*m_client);
    checker.setStrategy(DryRunChecker::Strategy::Directory);
    QSignalSpy finished(&checker, &DryRunChecker::finished);
    connect(&checker, &DryRunChecker::progressed, this, [&] {
        if (checker.strategyUsed() == DryRunChecker::Strategy::Directory &&
            checker.pagesRead() == 1)
            m_sandbox.addFault(QStringLiteral("route=getUsersWithFilters;kind=error;status=403;"
                                              "count=1"));
    });
    checker.start({QStringLiteral("dry_a@example.com"), QStringLiteral("gone@example.com"),
                   QStringLiteral("dry_b"), QStringLiteral("dry_c@example.com")});
    QVERIFY(finished.wait(10000));
    m_sandbox.clearFaults();
    QCOMPARE(checker.strategyUsed(), DryRunChecker::Strategy::Lookup);
    QVERIFY(checker.isComplete());
    QCOMPARE(checker.existing(), 3);
    QCOMPARE(checker.fresh(), 1);
    QCOMPARE(checker.errors(), 0);
    QCOMPARE(checker.outcome(1), DryRunChecker::Outcome::New);
}

void tst_DryRunChecker::cancelStops()
{
    DryRunChecker checker(*m_client);
    checker.setStrategy(DryRunChecker::Strategy::Lookup);
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
