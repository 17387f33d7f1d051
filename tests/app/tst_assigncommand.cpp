#include "assigncommand.h"
#include "bulk/bulkjournal.h"
#include "bulksandbox.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace ra;

// `returning-admin assign` against the sandbox over HTTP: run in-process for
// the exit codes and messages, and as the real executable for a SIGKILL
// mid-job and the rerun that resumes it. The sandbox's tables (holders, XP;
// each test badge awards 5 XP) prove what was sent, and that nobody got a
// badge twice.
class tst_AssignCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void idsUsernamesAndEmailsAreAwarded();
    void exitCodes_data();
    void exitCodes();
    void badLinesAreNamedAndNothingIsSent();
    void skipBadSendsTheRest();
    void roleByNameGivenThenUndone();
    void csvColumnIsRead();
    void lookupsAreRetried();
    void killedJobResumesWithEveryMemberOnce();

private:
    int run(const QStringList &args);
    QStringList connection() const;
    QString writeFile(const QString &name, const QByteArray &bytes);
    QString newBadge();

    BulkSandbox m_sandbox;
    QByteArray m_out;
    QByteArray m_err;
};

void tst_AssignCommand::initTestCase()
{
    QVERIFY(m_sandbox.start(400));
    const ApiClientConfig c = m_sandbox.config();
    for (const auto &[name, key] :
         {std::pair{"system.key", c.systemKey}, {"app.key", c.integrationKey}}) {
        const QString path = writeFile(QString::fromLatin1(name), key.toUtf8() + '\n');
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    }
}

QString tst_AssignCommand::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_sandbox.dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QStringList tst_AssignCommand::connection() const
{
    const ApiClientConfig c = m_sandbox.config();
    return {QStringLiteral("--base-url"),
            QStringLiteral("system=") + c.baseUrl(ApiFamily::System).toString(),
            QStringLiteral("--base-url"),
            QStringLiteral("application=") + c.baseUrl(ApiFamily::Application).toString(),
            QStringLiteral("--system-key-file"),
            m_sandbox.dir.filePath(QStringLiteral("system.key")),
            QStringLiteral("--key-file"),
            m_sandbox.dir.filePath(QStringLiteral("app.key")),
            QStringLiteral("--community"),
            c.communityId,
            QStringLiteral("--journal-dir"),
            m_sandbox.dir.filePath(QStringLiteral("jobs"))};
}

int tst_AssignCommand::run(const QStringList &args)
{
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    const int code = runAssignCommand(args + connection(), {}, &out, &err);
    m_out = out.data();
    m_err = err.data();
    return code;
}

QString tst_AssignCommand::newBadge()
{
    static int n = 0;
    return m_sandbox.createBadge(QStringLiteral("Cli Badge %1").arg(++n), 5);
}

void tst_AssignCommand::idsUsernamesAndEmailsAreAwarded()
{
    const QString badge = newBadge();
    const QPair<QString, QString> m12 = m_sandbox.member(QStringLiteral("12"));
    const QPair<QString, QString> m13 = m_sandbox.member(QStringLiteral("13"));
    QVERIFY(!m12.first.isEmpty() && !m13.second.isEmpty());
    const QString list = writeFile(QStringLiteral("mixed.txt"),
                                   "11\n" + m12.first.toUtf8() + '\n' + m13.second.toUtf8() + '\n');
    const QString report = m_sandbox.dir.filePath(QStringLiteral("mixed-report.csv"));
    const int code = run({QStringLiteral("--badge"), badge, QStringLiteral("--users"), list,
                          QStringLiteral("--report"), report});
    QVERIFY2(code == 0, m_err.constData());
    QVERIFY2(m_out.contains("Done 3 · already 0 · not found 0 · failed 0"), m_out.constData());
    QCOMPARE(m_sandbox.badgeHolders(badge),
             QSet<QString>({QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("13")}));
    QFile csv(report);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    const QByteArray line2 = text.split('\n').value(2);
    QVERIFY2(line2.startsWith(QByteArray("2," + m12.first.toUtf8() + ',')), text.constData());
    QVERIFY2(line2.contains(",done,done,200,"), text.constData());

    // The same list again: everyone already has it, still exit 0.
    QCOMPARE(run({QStringLiteral("--badge"), badge, QStringLiteral("--users"), list}), 0);
    QVERIFY2(m_out.contains("Done 0 · already 3"), m_out.constData());
}

void tst_AssignCommand::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("list");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("message");
    const QString badge = QStringLiteral("BADGE");
    const QString users = QStringLiteral("--users");
    QTest::newRow("unknown badge")
        << QStringList{QStringLiteral("--badge"), QStringLiteral("No Such Badge"), users}
        << QByteArray("1\n") << 4 << QByteArray("no badge \"No Such Badge\"");
    QTest::newRow("unknown role") << QStringList{QStringLiteral("--role"),
                                                 QStringLiteral("No Such Role"), users}
                                  << QByteArray("1\n") << 4 << QByteArray("no role");
    QTest::newRow("unknown member")
        << QStringList{QStringLiteral("--badge"), badge, users} << QByteArray("21\n987654321\n")
        << 1 << QByteArray("987654321\" not found");
    QTest::newRow("username not matched")
        << QStringList{QStringLiteral("--badge"), badge, users} << QByteArray("22\nnobody.here\n")
        << 1 << QByteArray("line 2: \"nobody.here\" not matched");
    QTest::newRow("no usable column") << QStringList{QStringLiteral("--badge"), badge, users}
                                      << QByteArray("Note,Comment\nhi there,big win\n") << 2
                                      << QByteArray("No column holds member ids");
    QTest::newRow("no badge or role") << QStringList{users} << QByteArray("1\n") << 2
                                      << QByteArray("give one of --badge or --role");
}

void tst_AssignCommand::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, list);
    QFETCH(int, code);
    QFETCH(QByteArray, message);
    static QString badge;
    if (badge.isEmpty())
        badge = newBadge();
    args.replaceInStrings(QStringLiteral("BADGE"), badge);
    static int n = 0;
    args.append(writeFile(QStringLiteral("codes%1.txt").arg(++n), list));
    QCOMPARE(run(args), code);
    QVERIFY2(m_err.contains(message), m_err.constData());
}

void tst_AssignCommand::badLinesAreNamedAndNothingIsSent()
{
    const QString badge = newBadge();
    const QString list = writeFile(QStringLiteral("bad.txt"), "31\nnot a member\n32\n\n31\n");
    QCOMPARE(run({QStringLiteral("--badge"), badge, QStringLiteral("--users"), list}), 5);
    QVERIFY2(m_err.contains("Line 2: \"not a member\" is not a member id"), m_err.constData());
    QVERIFY(m_err.contains("Line 4: blank"));
    QVERIFY(m_err.contains("Line 5: \"31\" repeats line 1"));
    QVERIFY(m_err.contains("nothing was sent"));
    QVERIFY(m_sandbox.badgeHolders(badge).isEmpty());

    // Without a key nothing is read from the server either (exit 3).
    const QStringList noKey = {QStringLiteral("--badge"), badge, QStringLiteral("--users"),
                               writeFile(QStringLiteral("good.txt"), "31\n")};
    QStringList args = noKey + connection();
    const int at = int(args.indexOf(QStringLiteral("--system-key-file")));
    args.remove(at, 2);
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    qunsetenv("RA_SYSTEM_KEY");
    QCOMPARE(runAssignCommand(args, {}, &out, &err), 3);
    QVERIFY(err.data().contains("no system key"));
    QVERIFY(m_sandbox.badgeHolders(badge).isEmpty());
}

void tst_AssignCommand::skipBadSendsTheRest()
{
    const QString badge = newBadge();
    const QString list = writeFile(QStringLiteral("skip.txt"), "33\nnot a member\n34\n");
    QCOMPARE(run({QStringLiteral("--badge"), badge, QStringLiteral("--users"), list,
                  QStringLiteral("--skip-bad")}),
             5);
    QVERIFY2(m_out.contains("Done 2"), m_out.constData());
    QCOMPARE(m_sandbox.badgeHolders(badge),
             QSet<QString>({QStringLiteral("33"), QStringLiteral("34")}));
}

void tst_AssignCommand::roleByNameGivenThenUndone()
{
    const QString roleName = QStringLiteral("Cli Role Undo");
    const QString role = m_sandbox.createRole(roleName);
    const QString list = writeFile(QStringLiteral("role.txt"), "41\n42\n43\n");
    QCOMPARE(run({QStringLiteral("--role"), roleName.toLower(), QStringLiteral("--users"), list}),
             0);
    QCOMPARE(m_sandbox.roleHolders(role).size(), 3);
    const QByteArray jobLine = m_err.mid(m_err.indexOf("Job ") + 4);
    const QString jobId = QString::fromUtf8(jobLine.left(jobLine.indexOf(' ')));
    QVERIFY(!jobId.isEmpty());
    // Known before sending: all three hold it now, so the rerun sends nothing.
    QCOMPARE(run({QStringLiteral("--role"), role, QStringLiteral("--users"), list}), 0);
    QVERIFY2(m_err.contains("already as asked: 3"), m_err.constData());
    QCOMPARE(run({QStringLiteral("--undo"), jobId}), 0);
    QVERIFY2(m_out.contains("Done 3"), m_out.constData());
    QVERIFY(m_sandbox.roleHolders(role).isEmpty());
}

void tst_AssignCommand::csvColumnIsRead()
{
    const QString badge = newBadge();
    const QPair<QString, QString> m51 = m_sandbox.member(QStringLiteral("51"));
    const QString list = writeFile(QStringLiteral("people.csv"),
                                   "Name,Who\nSomeone," + m51.second.toUtf8() + "\nOther,52\n");
    QCOMPARE(run({QStringLiteral("--badge"), badge, QStringLiteral("--users"), list,
                  QStringLiteral("--column"), QStringLiteral("Who")}),
             0);
    QCOMPARE(m_sandbox.badgeHolders(badge),
             QSet<QString>({QStringLiteral("51"), QStringLiteral("52")}));
}

// The badge list and the member lookups are reads: a 503 on them is tried
// again, not the end of the run.
void tst_AssignCommand::lookupsAreRetried()
{
    const QString badge = newBadge();
    const QPair<QString, QString> m61 = m_sandbox.member(QStringLiteral("61"));
    const QString list = writeFile(QStringLiteral("retried.txt"), m61.first.toUtf8() + "\n62\n");
    m_sandbox.fixture.addFault(QStringLiteral("route=getBadges;kind=error;status=503;count=1"));
    m_sandbox.fixture.addFault(
        QStringLiteral("route=getCommunityUsers;kind=error;status=502;count=1"));
    const int code = run({QStringLiteral("--badge"), badge, QStringLiteral("--users"), list});
    m_sandbox.fixture.clearFaults();
    QVERIFY2(code == 0, m_err.constData());
    QCOMPARE(m_sandbox.badgeHolders(badge),
             QSet<QString>({QStringLiteral("61"), QStringLiteral("62")}));
}

void tst_AssignCommand::killedJobResumesWithEveryMemberOnce()
{
    const QString badge = newBadge();
    const QHash<QString, qint64> before = m_sandbox.xp();
    QByteArray ids;
    for (int i = 101; i <= 400; ++i)
        ids += QByteArray::number(i) + '\n';
    const QString list = writeFile(QStringLiteral("killed.txt"), ids);
    const QString jobs = m_sandbox.dir.filePath(QStringLiteral("killed-jobs"));
    QStringList args = QStringList{QStringLiteral("assign"),
                                   QStringLiteral("--badge"),
                                   badge,
                                   QStringLiteral("--users"),
                                   list,
                                   QStringLiteral("--max-in-flight"),
                                   QStringLiteral("4")} +
                       connection();
    args[args.indexOf(QStringLiteral("--journal-dir")) + 1] = jobs;
    m_sandbox.fixture.addFault(QStringLiteral("route=awardBadge;latency=40"));
    QProcess first;
    first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    first.start(QStringLiteral(RA_ADMIN_BINARY), args);
    QVERIFY(first.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.badgeHolders(badge).size() >= 40, 60000);
    first.kill(); // SIGKILL, mid-job: requests on the wire, results unrecorded
    QVERIFY(first.waitForFinished());
    m_sandbox.fixture.clearFaults();
    const int atKill = int(m_sandbox.badgeHolders(badge).size());
    QVERIFY2(atKill < 300, "the job finished before it was killed");
    const QList<BulkJournal::Summary> open = BulkJournal::unfinished(jobs);
    QCOMPARE(open.size(), 1);

    QProcess rerun;
    QSignalSpy finished(&rerun, &QProcess::finished);
    rerun.start(QStringLiteral(RA_ADMIN_BINARY), args);
    QVERIFY(finished.wait(120000));
    const QByteArray err = rerun.readAllStandardError();
    const QByteArray out = rerun.readAllStandardOutput();
    QVERIFY2(rerun.exitCode() == 0, err.constData());
    QVERIFY2(
        err.contains(QByteArray("Resuming the interrupted job " + open.at(0).info.id.toUtf8())),
        err.constData());
    QVERIFY2(out.contains("Done 300 · already 0"), out.constData());
    QCOMPARE(m_sandbox.badgeHolders(badge).size(), 300);
    const QHash<QString, qint64> after = m_sandbox.xp();
    for (int i = 101; i <= 400; ++i) {
        const QString u = QString::number(i);
        QCOMPARE(after.value(u) - before.value(u), qint64(5));
    }
    QVERIFY(BulkJournal::unfinished(jobs).isEmpty());
}

QTEST_GUILESS_MAIN(tst_AssignCommand)
#include "tst_assigncommand.moc"
