#include "import/jobjournal.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

// JobJournal and JournalSession: what is stored survives a reload (a new
// process), damaged files are reported, and finished imports are not offered
// for resuming.
class tst_JobJournal : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void missingFileIsEmpty();
    void damagedFileIsReported();
    void unfinishedAndRemove();
    void dropsOldFinishedSessions();
    void sessionStates_data();
    void sessionStates();

private:
    static JournalSession sample(const QString &id);
    QTemporaryDir m_dir;
};

JournalSession tst_JobJournal::sample(const QString &id)
{
    JournalSession s;
    s.id = id;
    s.sourcePath = QStringLiteral("/tmp/prepared.csv");
    s.originalPath = QStringLiteral("/home/me/users.csv");
    s.sourceSize = 1234;
    s.sourceModifiedMs = 1700000000000;
    s.update = true;
    s.communityId = QStringLiteral("6167dba9c548eb5c7ec28057");
    s.totalRows = 100;
    s.startedAt = QStringLiteral("2026-01-01T00:00:00.000Z");
    JournalSession::Chunk a;
    a.first = 0;
    a.last = 60;
    a.fileName = QStringLiteral("users-part1.csv");
    a.jobId = QStringLiteral("job1");
    a.state = JournalSession::Chunk::State::Done;
    a.processed = 60;
    a.failed = 2;
    JournalSession::Chunk b;
    b.first = 60;
    b.last = 100;
    b.fileName = QStringLiteral("users-part2.csv");
    b.state = JournalSession::Chunk::State::Sending;
    s.chunks = {a, b};
    return s;
}

void tst_JobJournal::roundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("roundtrip/journal.json"));
    {
        JobJournal journal(path);
        QSignalSpy changed(&journal, &JobJournal::sessionChanged);
        QVERIFY(journal.store(sample(QStringLiteral("s1"))));
        QCOMPARE(changed.count(), 1);
    }
    JobJournal again(path);
    QVERIFY(again.load());
    QCOMPARE(again.sessions().size(), 1);
    const JournalSession &s = again.sessions().constFirst();
    QCOMPARE(s.toJson(), sample(QStringLiteral("s1")).toJson());
    QCOMPARE(s.chunks.at(1).state, JournalSession::Chunk::State::Sending);
    QCOMPARE(s.chunks.at(0).failed, 2);
    QCOMPARE(s.originalPath, QStringLiteral("/home/me/users.csv"));
    QVERIFY(s.update);
}

void tst_JobJournal::missingFileIsEmpty()
{
    JobJournal journal(m_dir.filePath(QStringLiteral("none.json")));
    QVERIFY(journal.load());
    QVERIFY(journal.sessions().isEmpty());
}

void tst_JobJournal::damagedFileIsReported()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"sessions\": [ {\"id\": ");
    file.close();
    JobJournal journal(path);
    QString error;
    QVERIFY(!journal.load(&error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QVERIFY(error.contains(path));
}

void tst_JobJournal::unfinishedAndRemove()
{
    JobJournal journal(m_dir.filePath(QStringLiteral("unfinished.json")));
    JournalSession open = sample(QStringLiteral("open"));
    JournalSession done = sample(QStringLiteral("done"));
    done.chunks[1].state = JournalSession::Chunk::State::Done;
    done.chunks[1].jobId = QStringLiteral("job2");
    QVERIFY(journal.store(open));
    QVERIFY(journal.store(done));
    QCOMPARE(journal.unfinished().size(), 1);
    QCOMPARE(journal.unfinished().constFirst().id, QStringLiteral("open"));
    open.chunks[1].state = JournalSession::Chunk::State::Done;
    QVERIFY(journal.store(open)); // replaces, does not add
    QCOMPARE(journal.sessions().size(), 2);
    QVERIFY(journal.unfinished().isEmpty());
    QVERIFY(journal.remove(QStringLiteral("done")));
    QVERIFY(!journal.remove(QStringLiteral("done")));
    QCOMPARE(journal.sessions().size(), 1);
}

void tst_JobJournal::dropsOldFinishedSessions()
{
    JobJournal journal(m_dir.filePath(QStringLiteral("pruned.json")));
    QVERIFY(journal.store(sample(QStringLiteral("open")))); // unfinished: always kept
    for (int i = 0; i < JobJournal::keptFinished + 5; ++i) {
        JournalSession done = sample(QStringLiteral("done%1").arg(i));
        done.chunks[1].state = JournalSession::Chunk::State::Done;
        QVERIFY(journal.store(done));
    }
    QCOMPARE(journal.sessions().size(), JobJournal::keptFinished + 1);
    QVERIFY(journal.session(QStringLiteral("open")));
    QVERIFY(!journal.session(QStringLiteral("done0")));
    QVERIFY(!journal.session(QStringLiteral("done4")));
    QVERIFY(journal.session(QStringLiteral("done5")));
    JobJournal reread(journal.path());
    QVERIFY(reread.load());
    QCOMPARE(reread.sessions().size(), JobJournal::keptFinished + 1);
}

void tst_JobJournal::sessionStates_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("covered");
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<bool>("allDone");
    QTest::addColumn<bool>("sendingComplete");
    QTest::addColumn<bool>("finished");
    QTest::addColumn<qint64>("planned");
    QTest::newRow("nothing sent") << qint64(100) << qint64(0) << false << true << false << false
                                  << qint64(100);
    QTest::newRow("half sent") << qint64(100) << qint64(50) << false << true << false << false
                               << qint64(100);
    QTest::newRow("all sent, job running")
        << qint64(100) << qint64(100) << false << false << true << false << qint64(100);
    QTest::newRow("all sent, all done")
        << qint64(100) << qint64(100) << false << true << true << true << qint64(100);
    QTest::newRow("cancelled after half")
        << qint64(100) << qint64(50) << true << true << true << true << qint64(50);
    QTest::newRow("empty file") << qint64(0) << qint64(0) << false << true << true << true
                                << qint64(0);
}

void tst_JobJournal::sessionStates()
{
    QFETCH(qint64, total);
    QFETCH(qint64, covered);
    QFETCH(bool, cancelled);
    QFETCH(bool, allDone);
    JournalSession s;
    s.totalRows = total;
    s.cancelled = cancelled;
    if (covered > 0) {
        JournalSession::Chunk c;
        c.last = covered;
        c.jobId = QStringLiteral("j");
        c.state = allDone ? JournalSession::Chunk::State::Done : JournalSession::Chunk::State::Sent;
        s.chunks.append(c);
    }
    QCOMPARE(s.nextRow(), covered);
    QTEST(s.sendingComplete(), "sendingComplete");
    QTEST(s.isFinished(), "finished");
    QTEST(s.plannedRows(), "planned");
    QCOMPARE(s.indexOfJob(QStringLiteral("j")), covered > 0 ? 0 : -1);
}

QTEST_GUILESS_MAIN(tst_JobJournal)
#include "tst_jobjournal.moc"
