#include "api/requestlog.h"
#include "assign/assignitemkind.h"
#include "bulk/bulkclientpool.h"
#include "bulk/bulkjob.h"
#include "bulksandbox.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace ra;
using Action = AssignOutcome::Action;

// The bulk engine against the sandbox over real HTTP on 127.0.0.1, with the
// sandbox's own tables as the proof: who holds the badge or role afterwards,
// and everyone's XP (each test badge awards 5 XP, so a second award of one
// member would show). Functions share one sandbox; each uses a badge or role
// of its own. The fault test runs last and arms the faults itself.
class tst_BulkJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void awardsToEveryListedMember();
    void reportNamesAlreadyAndUnknown();
    void undoReturnsTheSandboxToWhereItWas();
    void stopSendsNothingNewAndResumeFinishes();
    void inDoubtRolesAreCheckedNotResent();
    void inDoubtBadgesAreResentAndCountDone();
    void retryFailedMakesAJobOfTheFailedOnly();
    void concurrentAwardsOfOneMemberAwardOnce();
    void twoThousandWithTwentyPercentFaults();

private:
    static int soakMembers();
    std::unique_ptr<BulkJob> job(Action action, const QString &target, const QStringList &users);
    bool run(BulkJob &job, int maxInFlight = 32);
    static QStringList ids(int from, int to);
    int operations(const QString &operationId) const;
    // Journals `j` as a killed process leaves it: `sent` journaled as sent,
    // `done` of them with a result; returns the journal's path.
    QString journalAsKilled(const BulkJob &j, const QList<int> &sent, const QList<int> &done);

    BulkSandbox m_sandbox;
    RequestLog m_log;
    QTemporaryDir m_journals;
    std::unique_ptr<BulkClientPool> m_pool;
    static constexpr int xpPerBadge = 5;
};

void tst_BulkJob::initTestCase()
{
    QVERIFY(m_sandbox.start(qMax(2100, soakMembers() + 100)));
    m_log.setCapacity(100000);
    m_pool = std::make_unique<BulkClientPool>(m_sandbox.config(), nullptr, &m_log);
}

QStringList tst_BulkJob::ids(int from, int to)
{
    QStringList out;
    for (int i = from; i <= to; ++i)
        out.append(QString::number(i));
    return out;
}

std::unique_ptr<BulkJob> tst_BulkJob::job(Action action, const QString &target,
                                          const QStringList &users)
{
    QList<BulkItem> items;
    int line = 0;
    for (const QString &u : users) {
        BulkItem item;
        item.input = u;
        item.key = u;
        item.line = ++line;
        items.append(item);
    }
    auto j = std::make_unique<BulkJob>(std::make_unique<AssignItemKind>(action, target), items,
                                       BulkJobInfo());
    j->setJournalDirectory(m_journals.path());
    j->setRetryDelays(10, 200);
    return j;
}

bool tst_BulkJob::run(BulkJob &job, int maxInFlight)
{
    m_pool->setMaxInFlight(maxInFlight);
    QSignalSpy finished(&job, &BulkJob::finished);
    QString error;
    if (!job.start(*m_pool, &error)) {
        qWarning() << "start:" << error;
        return false;
    }
    return finished.count() == 1 || finished.wait(120000);
}

int tst_BulkJob::operations(const QString &operationId) const
{
    int n = 0;
    for (const RequestRecord &r : m_log.records())
        n += r.operationId == operationId ? 1 : 0;
    return n;
}

QString tst_BulkJob::journalAsKilled(const BulkJob &j, const QList<int> &sent,
                                     const QList<int> &done)
{
    BulkJobInfo info = j.info();
    info.server = m_sandbox.config().baseUrl(ApiFamily::System).toString();
    info.community = m_sandbox.config().communityId;
    const QString path = BulkJournal::pathFor(m_journals.path(), info.id);
    BulkJournal journal;
    QString error;
    if (!journal.create(path, info, j.items(), &error) || !journal.sending(sent)) {
        qWarning() << "journal:" << error;
        return {};
    }
    for (int i : done) {
        BulkItem item = j.items().at(i);
        item.state = BulkItemState::Done;
        journal.result(i, item);
    }
    return path;
}

void tst_BulkJob::awardsToEveryListedMember()
{
    const QString badge = m_sandbox.createBadge(QStringLiteral("Bulk A"), xpPerBadge);
    QVERIFY(!badge.isEmpty());
    const QHash<QString, qint64> before = m_sandbox.xp();
    const QStringList users = ids(1, 60);
    auto j = job(Action::AwardBadge, badge, users);
    QVERIFY(run(*j));
    QCOMPARE(j->status(), BulkJob::Status::Finished);
    QCOMPARE(j->counts().done, 60);
    QCOMPARE(j->counts().total, 60);
    QCOMPARE(m_sandbox.badgeHolders(badge), QSet<QString>(users.cbegin(), users.cend()));
    const QHash<QString, qint64> after = m_sandbox.xp();
    for (const QString &u : users)
        QCOMPARE(after.value(u) - before.value(u), qint64(xpPerBadge));
    // The journal ended: nothing to offer at the next start.
    for (const BulkJournal::Summary &s : BulkJournal::unfinished(m_journals.path()))
        QVERIFY(s.info.id != j->id());
}

void tst_BulkJob::reportNamesAlreadyAndUnknown()
{
    const QString badge = m_sandbox.createBadge(QStringLiteral("Bulk B"), xpPerBadge);
    auto first = job(Action::AwardBadge, badge, {QStringLiteral("7")});
    QVERIFY(run(*first));
    auto j = job(Action::AwardBadge, badge,
                 {QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("987654321")});
    QVERIFY(run(*j));
    const BulkReport report = j->report();
    QCOMPARE(report.rows().size(), 3);
    QCOMPARE(report.rows().at(0).state, QStringLiteral("already"));
    QCOMPARE(report.rows().at(0).outcome, QStringLiteral("alreadyHad"));
    QCOMPARE(report.rows().at(1).state, QStringLiteral("done"));
    QCOMPARE(report.rows().at(2).state, QStringLiteral("notFound"));
    QCOMPARE(report.rows().at(2).outcome, QStringLiteral("userNotFound"));
    QCOMPARE(report.rows().at(2).httpStatus, 404);
    QVERIFY(report.rows().at(2).reason.contains(QStringLiteral("987654321")));
    QCOMPARE(report.counts().done, 1);
    QCOMPARE(report.counts().already, 1);
    QCOMPARE(report.counts().notFound, 1);

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(report.toCsv(&csv, &error));
    const QList<QByteArray> lines = csv.data().split('\n');
    QVERIFY(lines.at(0).contains("line,input,user_id,outcome,detail,http_status,reason"));
    QVERIFY(lines.at(3).startsWith("3,987654321,987654321,notFound,userNotFound,404,"));
}

void tst_BulkJob::undoReturnsTheSandboxToWhereItWas()
{
    const QString badge = m_sandbox.createBadge(QStringLiteral("Bulk C"), xpPerBadge);
    auto pre = job(Action::AwardBadge, badge, {QStringLiteral("20")});
    QVERIFY(run(*pre));
    auto j = job(Action::AwardBadge, badge, ids(20, 29));
    QVERIFY(run(*j));
    QCOMPARE(j->counts().already, 1);
    QCOMPARE(j->counts().done, 9);
    auto undo = j->undoJob();
    QVERIFY(undo);
    QCOMPARE(undo->kind().name(), QStringLiteral("removeBadge"));
    QCOMPARE(undo->items().size(), 9); // only what this job did
    QCOMPARE(undo->info().parentId, j->id());
    undo->setJournalDirectory(m_journals.path());
    QVERIFY(run(*undo));
    QCOMPARE(undo->counts().done, 9);
    QCOMPARE(m_sandbox.badgeHolders(badge), QSet<QString>{QStringLiteral("20")});

    const QString role = m_sandbox.createRole(QStringLiteral("Bulk Role C"));
    auto preRole = job(Action::AddRole, role, {QStringLiteral("30")});
    QVERIFY(run(*preRole));
    auto give = job(Action::AddRole, role, ids(30, 34));
    QVERIFY(run(*give));
    QCOMPARE(give->counts().done, 4);
    QCOMPARE(m_sandbox.roleHolders(role).size(), 5);
    auto back = give->undoJob();
    back->setJournalDirectory(m_journals.path());
    QVERIFY(run(*back));
    QCOMPARE(m_sandbox.roleHolders(role), QSet<QString>{QStringLiteral("30")});
    // Undoing the undo gives the role back to the same four.
    auto again = back->undoJob();
    again->setJournalDirectory(m_journals.path());
    QVERIFY(run(*again));
    QCOMPARE(m_sandbox.roleHolders(role).size(), 5);
}

void tst_BulkJob::stopSendsNothingNewAndResumeFinishes()
{
    const QString badge = m_sandbox.createBadge(QStringLiteral("Bulk D"), xpPerBadge);
    const QHash<QString, qint64> before = m_sandbox.xp();
    const QStringList users = ids(101, 400);
    auto j = job(Action::AwardBadge, badge, users);
    m_pool->setMaxInFlight(4);
    QSignalSpy finished(j.get(), &BulkJob::finished);
    // Stop once 20 have finished: checked on every turn of the event loop, since progress is
    // only reported every 100 ms and a quick sandbox could finish all 300 before the first.
    QTimer watch;
    watch.setInterval(0);
    connect(&watch, &QTimer::timeout, j.get(), [&j, &watch] {
        if (j->counts().finished() >= 20) {
            j->stop();
            watch.stop();
        }
    });
    watch.start();
    QVERIFY(j->start(*m_pool));
    QVERIFY(finished.wait(60000));
    QCOMPARE(j->status(), BulkJob::Status::Stopped);
    const BulkCounts stopped = j->counts();
    QVERIFY(stopped.pending > 0);
    QCOMPARE(stopped.inFlight, 0);
    // What was sent was recorded: the server holds exactly the done ones.
    QCOMPARE(m_sandbox.badgeHolders(badge).size(), stopped.done);
    const int sentBefore = operations(QStringLiteral("awardBadge"));

    // The journal lists the job as unfinished, and a resume sends the rest once.
    bool listed = false;
    for (const BulkJournal::Summary &s : BulkJournal::unfinished(m_journals.path()))
        listed = listed || (s.info.id == j->id() && s.counts.done == stopped.done);
    QVERIFY(listed);
    QString error;
    auto resumed = BulkJob::resumeFrom(j->journalPath(), &error);
    QVERIFY2(resumed, qPrintable(error));
    QCOMPARE(resumed->counts().done, stopped.done);
    QCOMPARE(resumed->inDoubtCount(), 0);
    QVERIFY(run(*resumed));
    QCOMPARE(resumed->counts().done, 300);
    QCOMPARE(operations(QStringLiteral("awardBadge")) - sentBefore, 300 - stopped.done);
    QCOMPARE(m_sandbox.badgeHolders(badge).size(), 300);
    const QHash<QString, qint64> after = m_sandbox.xp();
    for (const QString &u : users)
        QCOMPARE(after.value(u) - before.value(u), qint64(xpPerBadge));
}

void tst_BulkJob::inDoubtRolesAreCheckedNotResent()
{
    // A journal as a killed process leaves it: items 0..3 "sending", only 0
    // with a result; the server applied 1 (the reply was lost), not 2 and 3.
    const QString role = m_sandbox.createRole(QStringLiteral("Bulk Role E"));
    auto pre = job(Action::AddRole, role, {QStringLiteral("41")});
    QVERIFY(run(*pre));
    auto j = job(Action::AddRole, role, ids(40, 44));
    const QString path = journalAsKilled(*j, {0, 1, 2, 3}, {0});
    QVERIFY(!path.isEmpty());
    // ... and a torn last line (the process died while writing it).
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"r\":2,\"st\":\"do");
    }
    QString error;
    auto resumed = BulkJob::resumeFrom(path, &error);
    QVERIFY2(resumed, qPrintable(error));
    QCOMPARE(resumed->inDoubtCount(), 3);
    const int checksBefore = operations(QStringLiteral("getUserRoles"));
    const int addsBefore = operations(QStringLiteral("addRoleToUser"));
    QVERIFY(run(*resumed));
    QCOMPARE(resumed->status(), BulkJob::Status::Finished);
    QCOMPARE(operations(QStringLiteral("getUserRoles")) - checksBefore, 3);
    // Item 1 (user 41) was found applied: adds went to 42, 43 and 44 only.
    QCOMPARE(operations(QStringLiteral("addRoleToUser")) - addsBefore, 3);
    QCOMPARE(resumed->items().at(1).state, BulkItemState::Done);
    QVERIFY(resumed->items().at(1).reason.contains(QStringLiteral("checked")));
    QCOMPARE(resumed->counts().done, 5);
    QCOMPARE(m_sandbox.roleHolders(role),
             QSet<QString>({QStringLiteral("41"), QStringLiteral("42"), QStringLiteral("43"),
                            QStringLiteral("44")}));
}

void tst_BulkJob::inDoubtBadgesAreResentAndCountDone()
{
    const QString badge = m_sandbox.createBadge(QStringLiteral("Bulk F"), xpPerBadge);
    auto pre = job(Action::AwardBadge, badge, {QStringLiteral("51")});
    QVERIFY(run(*pre));
    const QHash<QString, qint64> before = m_sandbox.xp();
    auto j = job(Action::AwardBadge, badge, ids(50, 53));
    const QString path = journalAsKilled(*j, {1, 2}, {});
    QVERIFY(!path.isEmpty());
    QString error;
    auto resumed = BulkJob::resumeFrom(path, &error);
    QVERIFY2(resumed, qPrintable(error));
    QVERIFY(run(*resumed));
    // 51 was awarded by "our" lost attempt: the repeat's 409 counts as done.
    QCOMPARE(resumed->items().at(1).state, BulkItemState::Done);
    QCOMPARE(resumed->items().at(1).httpStatus, 409);
    QCOMPARE(resumed->counts().done, 4);
    QCOMPARE(m_sandbox.badgeHolders(badge).size(), 4);
    const QHash<QString, qint64> after = m_sandbox.xp();
    QCOMPARE(after.value(QStringLiteral("51")), before.value(QStringLiteral("51")));
    QCOMPARE(after.value(QStringLiteral("52")) - before.value(QStringLiteral("52")),
             qint64(xpPerBadge));
}

void tst_BulkJob::retryFailedMakesAJobOfTheFailedOnly()
{
    const QString badge = m_sandbox.createBadge(QStringLiteral("Bulk G"), xpPerBadge);
    m_sandbox.fixture.addFault(QStringLiteral("route=awardBadge;kind=error;status=500;count=6"));
    auto j = job(Action::AwardBadge, badge, ids(60, 65));
    j->setMaxAttempts(1);
    QVERIFY(run(*j, 1)); // one at a time, so the six faults hit the first six sends
    QCOMPARE(j->counts().failed, 6);
    QCOMPARE(j->report().failureReasons().size(), 1);
    QVERIFY(j->report().failureReasons().constFirst().first.startsWith(QStringLiteral("500")));
    auto retry = j->retryFailedJob();
    QVERIFY(retry);
    QCOMPARE(retry->items().size(), 6);
    retry->setJournalDirectory(m_journals.path());
    QVERIFY(run(*retry));
    // The first attempts got no verdict (a 500), so the repeat's answer counts.
    QCOMPARE(retry->counts().done, 6);
    QCOMPARE(m_sandbox.badgeHolders(badge).size(), 6);
}

void tst_BulkJob::concurrentAwardsOfOneMemberAwardOnce()
{
    // Twenty awards of one badge to one member race over separate connections:
    // the sandbox must award once and answer the rest "already has".
    const QString badge = m_sandbox.createBadge(QStringLiteral("Bulk H"), xpPerBadge);
    const qint64 before = m_sandbox.xp().value(QStringLiteral("70"));
    QStringList same;
    for (int i = 0; i < 20; ++i)
        same.append(QStringLiteral("70"));
    auto j = job(Action::AwardBadge, badge, same);
    QVERIFY(run(*j, 20));
    QCOMPARE(j->counts().done, 1);
    QCOMPARE(j->counts().already, 19);
    QCOMPARE(m_sandbox.xp().value(QStringLiteral("70")) - before, qint64(xpPerBadge));
}

// 2,000 members in the suite; scripts/soak-assign.sh sets RA_SOAK_MEMBERS (10,000 by default).
int tst_BulkJob::soakMembers()
{
    const int members = qEnvironmentVariableIntValue("RA_SOAK_MEMBERS");
    return members > 0 ? members : 2000;
}

void tst_BulkJob::twoThousandWithTwentyPercentFaults()
{
    const QString badge = m_sandbox.createBadge(QStringLiteral("Bulk Z"), xpPerBadge);
    const QHash<QString, qint64> before = m_sandbox.xp();
    // About 20% of awards fail: 500 and 502, 429 with Retry-After (mostly 0 s,
    // some 1 s), connections reset, and replies cut off after the award was
    // made (the client cannot know it was).
    for (const char *spec :
         {"route=awardBadge;kind=error;status=500,502;rate=0.08",
          "route=awardBadge;kind=ratelimit;rate=0.04;retryAfter=0",
          "route=awardBadge;kind=ratelimit;rate=0.005;retryAfter=1",
          "route=awardBadge;kind=reset;rate=0.05", "route=awardBadge;kind=truncate;rate=0.03"})
        m_sandbox.fixture.addFault(QString::fromLatin1(spec));
    const QStringList users = ids(1, soakMembers());
    auto j = job(Action::AwardBadge, badge, users);
    const bool ran = run(*j);
    m_sandbox.fixture.clearFaults();
    const BulkProgress p = j->progress();
    qInfo().noquote() << QStringLiteral("| %1 awards with faults |").arg(users.size())
                      << p.elapsedMs << "ms," << p.retries << "retries," << p.throttled
                      << "429s; done" << p.counts.done << "failed" << p.counts.failed << "left"
                      << p.counts.pending + p.counts.inFlight << "limit" << p.inFlightLimit;
    QVERIFY(ran);
    QCOMPARE(j->status(), BulkJob::Status::Finished);
    const BulkCounts c = j->counts();
    QCOMPARE(c.pending + c.inFlight, 0);
    QCOMPARE(c.notFound, 0);
    QCOMPARE(c.already, 0); // no member had it; a repeat after a lost reply counts as done
    QVERIFY(j->progress().retries > users.size() * 15 / 100);
    QVERIFY(j->progress().throttled > users.size() * 25 / 1000);
    QSet<QString> done;
    for (const BulkItem &item : j->items()) {
        if (item.state == BulkItemState::Done)
            done.insert(item.key);
        else
            QVERIFY2(!item.reason.isEmpty() && item.httpStatus != 0, qPrintable(item.key));
    }
    // The job's counts are the sandbox's, and nobody was awarded twice.
    QCOMPARE(m_sandbox.badgeHolders(badge), done);
    const QHash<QString, qint64> after = m_sandbox.xp();
    for (const QString &u : users) {
        const qint64 gained = after.value(u) - before.value(u);
        QCOMPARE(gained, done.contains(u) ? qint64(xpPerBadge) : 0);
    }
}

QTEST_GUILESS_MAIN(tst_BulkJob)
#include "tst_bulkjob.moc"
