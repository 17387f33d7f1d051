#include "api/apiclient.h"
#include "import/jobfollower.h"
#include "replywaiter.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ra;

// JobFollower against the sandbox: follows a bulk job from queued to done,
// reports each failed row with the line it starts on and the reason, pages
// through a backlog, and ends a job the server does not know.
class tst_JobFollower : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void followsToTheEnd();
    void pagesThroughManyFailures();
    void unknownJobEnds();
    void retriesWithoutLimitAfter400();
    void keepsPollingThroughServerErrors();
    void givesUpWhenTheKeyIsRefused();

private:
    QString submit(const QByteArray &csv);

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
};

void tst_JobFollower::initTestCase()
{
    QVERIFY(m_sandbox.start(20));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
}

QString tst_JobFollower::submit(const QByteArray &csv)
{
    auto outcome = track(m_client->bulkImport(FormField::csvData(csv, QStringLiteral("f.csv"))));
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 10000);
    }();
    if (outcome->error.isError())
        qWarning() << outcome->error.userText();
    return outcome->value.id;
}

void tst_JobFollower::followsToTheEnd()
{
    QByteArray csv = "First Name,Last Name,Username,Email\r\n";
    for (int i = 0; i < 50; ++i) {
        if (i == 20) // line 22: a quoted line break puts the next record on line 24
            csv += "Ann,\"Two\nLines\",f_" + QByteArray::number(i) + ",f" + QByteArray::number(i) +
                   "@example.com\r\n";
        else if (i == 30)
            csv += "Ann,Doe,f_30,broken\r\n";
        else
            csv += "Ann,Doe,f_" + QByteArray::number(i) + ",f" + QByteArray::number(i) +
                   "@example.com\r\n";
    }
    const QString id = submit(csv);
    QVERIFY(!id.isEmpty());
    JobFollower follower(*m_client, id);
    follower.setInterval(20);
    QSignalSpy changed(&follower, &JobFollower::jobChanged);
    QSignalSpy failedRows(&follower, &JobFollower::rowFailed);
    QSignalSpy finished(&follower, &JobFollower::finished);
    follower.start();
    QVERIFY(finished.wait(20000));
    QVERIFY(follower.isFinished());
    QVERIFY(changed.count() >= 1);
    QCOMPARE(follower.job().state, QStringLiteral("done"));
    QCOMPARE(follower.job().processed, 50);
    QCOMPARE(follower.job().failed, 1);
    QCOMPARE(follower.created(), 49);
    QCOMPARE(failedRows.count(), 1);
    QCOMPARE(failedRows.first().at(0).toString(), id);
    QCOMPARE(failedRows.first().at(1).toLongLong(), 33); // 1 header + 30 rows + 1 extra line + 1
    QVERIFY(failedRows.first().at(2).toString().contains(QStringLiteral("broken")));
    // Finishing is final: no more polling.
    QVERIFY(!follower.isRunning());
}

void tst_JobFollower::pagesThroughManyFailures()
{
    QByteArray csv = "First Name,Last Name,Username,Email\r\n";
    for (int i = 0; i < 1200; ++i)
        csv += "Ann,Doe,p_" + QByteArray::number(i) + ",bad" + QByteArray::number(i) + "\r\n";
    const QString id = submit(csv);
    JobFollower follower(*m_client, id);
    follower.setInterval(20);
    QSignalSpy failedRows(&follower, &JobFollower::rowFailed);
    QSignalSpy finished(&follower, &JobFollower::finished);
    follower.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(failedRows.count(), 1200);
    QCOMPARE(follower.job().failed, 1200);
    QSet<qint64> lines;
    for (const QList<QVariant> &args : std::as_const(failedRows))
        lines.insert(args.at(1).toLongLong());
    QCOMPARE(lines.size(), 1200); // each failure reported once
}

void tst_JobFollower::unknownJobEnds()
{
    JobFollower follower(*m_client, QStringLiteral("0123456789abcdef01234567"));
    QSignalSpy jobFailed(&follower, &JobFollower::jobFailed);
    QSignalSpy finished(&follower, &JobFollower::finished);
    follower.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(jobFailed.count(), 1);
    QVERIFY(follower.gaveUp());
}

void tst_JobFollower::retriesWithoutLimitAfter400()
{
    const QString id = submit("First Name,Last Name,Username,Email\r\nA,B,l_1,l1@example.com\r\n");
    m_sandbox.addFault(QStringLiteral("route=getApiLogEntries;kind=error;status=400;count=1"));
    JobFollower follower(*m_client, id);
    follower.setInterval(20);
    QSignalSpy finished(&follower, &JobFollower::finished);
    QSignalSpy pollFailed(&follower, &JobFollower::pollFailed);
    follower.start();
    QVERIFY(finished.wait(10000));
    m_sandbox.clearFaults();
    QCOMPARE(follower.job().state, QStringLiteral("done"));
    QCOMPARE(follower.created(), 1);
    QCOMPARE(pollFailed.count(), 0);
}

void tst_JobFollower::keepsPollingThroughServerErrors()
{
    const QString id = submit("First Name,Last Name,Username,Email\r\nA,B,e_1,e1@example.com\r\n");
    // More failures than the client retries on its own.
    m_sandbox.addFault(QStringLiteral("route=getApiLogEntries;kind=error;status=503;count=8"));
    JobFollower follower(*m_client, id);
    follower.setInterval(20);
    QSignalSpy finished(&follower, &JobFollower::finished);
    QSignalSpy pollFailed(&follower, &JobFollower::pollFailed);
    follower.start();
    QVERIFY(finished.wait(20000));
    m_sandbox.clearFaults();
    QVERIFY(pollFailed.count() >= 1);
    QCOMPARE(follower.job().state, QStringLiteral("done"));
}

void tst_JobFollower::givesUpWhenTheKeyIsRefused()
{
    const QString id = submit("First Name,Last Name,Username,Email\r\nA,B,k_1,k1@example.com\r\n");
    ApiClientConfig wrong = m_sandbox.config();
    wrong.integrationKey = wrong.applicationKey = QStringLiteral("not-the-key");
    ApiClient client(&m_network);
    client.setConfig(wrong);
    JobFollower follower(client, id);
    follower.setInterval(20);
    QSignalSpy finished(&follower, &JobFollower::finished);
    QSignalSpy failed(&follower, &JobFollower::jobFailed);
    follower.start();
    // It stops by itself, with the reason, instead of polling for ever.
    QVERIFY(finished.wait(10000));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("refuses the key")),
             qPrintable(failed.at(0).at(1).toString()));
    QVERIFY(follower.gaveUp());
}

QTEST_GUILESS_MAIN(tst_JobFollower)
#include "tst_jobfollower.moc"
