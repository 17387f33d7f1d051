#include "api/apiclient.h"
#include "import/jobjournal.h"
#include "importcommand.h"
#include "importcommandkit.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace ra;

// `returning-admin import` against the sandbox over HTTP: a clean file is
// sent and followed to the end (exit 0), rows with problems stop it before
// anything is sent (exit 1), --force sends them and reports each failed row
// (exit 1), an unreadable file or a bad command line exits 2.
class tst_ImportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsCleanFileInChunks();
    void problemsStopBeforeSending();
    void forceSendsAndReportsFailedRows();
    void updateChangesExistingUsers();
    void usageErrors_data();
    void usageErrors();
    void wrongOrMissingKeyStopsBeforeSending();
    void keysComeFromFilesStandardInputOrTheEnvironment();
    void rateLimitedUploadsAreSentAgain();
    void killedImportResumesAndAppliesOnce_data();
    void killedImportResumesAndAppliesOnce();

private:
    // Whether the journal at `path` has every chunk of its import handed
    // over with a job id (allSent), or has the import finished (!allSent).
    static bool journalSays(const QString &path, bool allSent);
    qint64 serverJobsNamed(const QString &prefix) { return m_kit.serverJobs(prefix).jobs; }

    ImportCommandKit m_kit;
};

void tst_ImportCommand::initTestCase()
{
    QVERIFY(m_kit.start(20));
}

void tst_ImportCommand::importsCleanFileInChunks()
{
    const QString path =
        m_kit.writeFile(QStringLiteral("clean.csv"), m_kit.membersCsv("cli", 1500));
    const int code =
        m_kit.run(QStringList{path, QStringLiteral("--max-chunk-bytes"), QStringLiteral("30000")} +
                  m_kit.connection());
    QVERIFY2(code == 0, m_kit.err.constData());
    QVERIFY2(m_kit.out.contains("1,500 created") || m_kit.out.contains("1500 created"),
             m_kit.out.constData());
    QVERIFY(m_kit.out.contains("0 failed"));
    QVERIFY(m_kit.err.contains("rows processed"));
    QVERIFY(serverJobsNamed(QStringLiteral("clean-")) > 1);
}

void tst_ImportCommand::problemsStopBeforeSending()
{
    const QString path =
        m_kit.writeFile(QStringLiteral("problems.csv"), "First Name,Last Name,Username,Email\n"
                                                        "A,B,prob_1,prob1@example.com\n"
                                                        "A,B,prob_2,not-an-address\n");
    QCOMPARE(m_kit.run(QStringList{path} + m_kit.connection()), 1);
    QVERIFY2(m_kit.err.contains("row 3, Email"), m_kit.err.constData());
    QVERIFY(m_kit.err.contains("nothing sent"));
    QCOMPARE(serverJobsNamed(QStringLiteral("problems-")), 0);
}

void tst_ImportCommand::forceSendsAndReportsFailedRows()
{
    const QString path =
        m_kit.writeFile(QStringLiteral("forced.csv"), "First Name,Last Name,Username,Email\n"
                                                      "A,B,force_1,force1@example.com\n"
                                                      "A,B,force_2,not-an-address\n");
    QCOMPARE(m_kit.run(QStringList{path, QStringLiteral("--force")} + m_kit.connection()), 1);
    QVERIFY2(m_kit.err.contains("failed row 3:"), m_kit.err.constData());
    QVERIFY2(m_kit.out.contains("1 created") && m_kit.out.contains("1 failed"),
             m_kit.out.constData());
    QCOMPARE(serverJobsNamed(QStringLiteral("forced-")), 1);
}

void tst_ImportCommand::updateChangesExistingUsers()
{
    const QString path = m_kit.writeFile(QStringLiteral("update.csv"), "Email,Country\n"
                                                                       "cli0@example.com,NZ\n"
                                                                       "cli1@example.com,AU\n");
    const int code = m_kit.run(QStringList{path, QStringLiteral("--update")} + m_kit.connection());
    QVERIFY2(code == 0, m_kit.err.constData());
    QVERIFY2(m_kit.out.contains("2 updated"), m_kit.out.constData());
}

void tst_ImportCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no file") << QStringList{QStringLiteral("--profile"), QStringLiteral("x")}
                             << QByteArray("name the CSV file");
    QTest::newRow("no connection")
        << QStringList{QStringLiteral("f.csv")} << QByteArray("--profile");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("f.csv"), QStringLiteral("--x")}
                                    << QByteArray("unknown option --x");
    QTest::newRow("bad base url") << QStringList{QStringLiteral("f.csv"),
                                                 QStringLiteral("--base-url"),
                                                 QStringLiteral("nothing")}
                                  << QByteArray("FAMILY=URL");
    QTest::newRow("password in url")
        << QStringList{QStringLiteral("f.csv"), QStringLiteral("--base-url"),
                       QStringLiteral("integration=https://me:s3cret@api.example.com")}
        << QByteArray("must not contain a user name or password");
    QTest::newRow("profiles unavailable")
        << QStringList{QStringLiteral("f.csv"), QStringLiteral("--profile"), QStringLiteral("p")}
        << QByteArray("profiles are not available");
}

void tst_ImportCommand::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    QCOMPARE(m_kit.run(args), 2);
    QVERIFY2(m_kit.err.contains(message), m_kit.err.constData());
}

void tst_ImportCommand::wrongOrMissingKeyStopsBeforeSending()
{
    const QString path =
        m_kit.writeFile(QStringLiteral("wrongkey.csv"), "First Name,Last Name,Username,Email\n"
                                                        "A,B,wrongkey_1,wrongkey1@example.com\n");
    QStringList args = QStringList{path} + m_kit.connection();
    const int at = int(args.indexOf(QStringLiteral("--key-file")));
    args[at + 1] = m_kit.writeKeyFile(QStringLiteral("wrong.key"), QStringLiteral("not-the-key"));
    QCOMPARE(m_kit.run(args), 3);
    QVERIFY2(m_kit.err.contains("refuses the integration key"), m_kit.err.constData());
    QVERIFY(m_kit.err.contains("Nothing was sent"));
    args[at + 1] = m_kit.dir.filePath(QStringLiteral("no-such.key"));
    QCOMPARE(m_kit.run(args), 3);
    QVERIFY2(m_kit.err.contains("--key-file: cannot read") && m_kit.err.contains("no-such.key"),
             m_kit.err.constData());
    args.removeAt(at);
    args.removeAt(at);
    qputenv("RA_INTEGRATION_KEY", QByteArray());
    QCOMPARE(m_kit.run(args), 3);
    QVERIFY2(m_kit.err.contains("no integration key"), m_kit.err.constData());
    // The server's API log is the proof: no job of this file exists.
    QCOMPARE(serverJobsNamed(QStringLiteral("wrongkey-")), 0);
}

// Each way of giving the key works: a file, standard input (--key -), the
// environment, and --key itself, which warns that others can read it.
void tst_ImportCommand::keysComeFromFilesStandardInputOrTheEnvironment()
{
    const ApiClientConfig c = m_kit.sandbox.config();
    QStringList base = m_kit.connection();
    const int at = int(base.indexOf(QStringLiteral("--key-file")));
    base.removeAt(at);
    base.removeAt(at);
    const auto importOne = [&](const QString &name, const QStringList &keyArgs) {
        const QString csv =
            m_kit.writeFile(name + QStringLiteral(".csv"),
                            "First Name,Last Name,Username,Email\nA,B," + name.toUtf8() + ',' +
                                name.toUtf8() + "@example.com\n");
        return m_kit.run(QStringList{csv} + base + keyArgs);
    };

    QCOMPARE(importOne(QStringLiteral("keyliteral"), {QStringLiteral("--key"), c.integrationKey}),
             0);
    QVERIFY2(m_kit.err.contains("can be read by other users"), m_kit.err.constData());
    QVERIFY(!m_kit.out.contains(c.integrationKey.toUtf8()) &&
            !m_kit.err.contains(c.integrationKey.toUtf8()));

    const QString shared = m_kit.writeKeyFile(QStringLiteral("shared.key"), c.integrationKey);
    QVERIFY(QFile::setPermissions(shared, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    QCOMPARE(importOne(QStringLiteral("keyshared"), {QStringLiteral("--key-file"), shared}), 0);
    QVERIFY2(m_kit.err.contains("shared.key can be read by other users"), m_kit.err.constData());

    qputenv("RA_INTEGRATION_KEY", c.integrationKey.toUtf8());
    QCOMPARE(importOne(QStringLiteral("keyenv"), {}), 0);
    qunsetenv("RA_INTEGRATION_KEY");
    QVERIFY2(!m_kit.err.contains("warning"), m_kit.err.constData());

    // Standard input, through the real executable.
    const QString csv =
        m_kit.writeFile(QStringLiteral("keystdin.csv"), "First Name,Last Name,Username,Email\n"
                                                        "A,B,keystdin,keystdin@example.com\n");
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(RA_ADMIN_BINARY),
                  QStringList{QStringLiteral("import"), csv} + base +
                      QStringList{QStringLiteral("--key"), QStringLiteral("-")});
    QVERIFY(process.waitForStarted());
    process.write(c.integrationKey.toUtf8() + '\n');
    process.closeWriteChannel();
    QVERIFY(finished.wait(60000));
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, err.constData());
    QVERIFY2(!err.contains("warning"), err.constData());

    for (const char *name : {"keyliteral", "keyshared", "keyenv", "keystdin"})
        QCOMPARE(serverJobsNamed(QString::fromLatin1(name) + u'-'), 1);
}

void tst_ImportCommand::rateLimitedUploadsAreSentAgain()
{
    const QString path =
        m_kit.writeFile(QStringLiteral("ratelimited.csv"), m_kit.membersCsv("rl", 300));
    // More 429s in a row than the client retries by itself.
    m_kit.sandbox.addFault(QStringLiteral("route=bulkImport;kind=ratelimit;count=6;retryAfter=0"));
    const int code =
        m_kit.run(QStringList{path, QStringLiteral("--max-chunk-bytes"), QStringLiteral("6000")} +
                  m_kit.connection());
    m_kit.sandbox.clearFaults();
    QVERIFY2(code == 0, m_kit.err.constData());
    QVERIFY2(m_kit.out.contains("300 created"), m_kit.out.constData());
    QVERIFY(m_kit.out.contains("0 failed"));
}

// A crash of the command (SIGKILL) mid-upload, mid-follow or mid-update,
// then the obvious rerun of the same command: the rerun resumes the
// journal, and the server's data shows every row applied exactly once.
void tst_ImportCommand::killedImportResumesAndAppliesOnce_data()
{
    QTest::addColumn<bool>("update");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("midFollow");
    QTest::newRow("import, killed mid-upload")
        << false << QStringLiteral("route=bulkImport;latency=250") << false;
    QTest::newRow("import, killed mid-follow")
        << false << QStringLiteral("route=getApiLogEntries;latency=400") << true;
    QTest::newRow("update with xp_op, killed mid-upload")
        << true << QStringLiteral("route=bulkUpdate;latency=250") << false;
    QTest::newRow("update with xp_op, killed mid-follow")
        << true << QStringLiteral("route=getApiLogEntries;latency=400") << true;
}

void tst_ImportCommand::killedImportResumesAndAppliesOnce()
{
    QFETCH(bool, update);
    QFETCH(QString, fault);
    QFETCH(bool, midFollow);
    const int members = 400;
    static int runs = 0;
    const QString prefix = QStringLiteral("crash%1x").arg(++runs);
    const QStringList emails = ImportCommandKit::memberEmails(prefix, members);
    QHash<QString, qint64> before;
    QString path;
    if (update) {
        QCOMPARE(m_kit.createMembers(prefix, members), QString());
        before = m_kit.xpOf(emails);
        QCOMPARE(before.size(), members);
        QByteArray csv = "Email,xp,xp_op\n";
        for (const QString &email : std::as_const(emails))
            csv += email.toUtf8() + ",7,add\n";
        path = m_kit.writeFile(prefix + QStringLiteral("-file.csv"), csv);
    } else {
        path = m_kit.writeFile(prefix + QStringLiteral("-file.csv"),
                               m_kit.membersCsv(prefix.toUtf8(), members));
    }
    const QString journalPath = m_kit.dir.filePath(prefix + QStringLiteral("-journal.json"));
    QStringList args = QStringList{QStringLiteral("import"), path,
                                   QStringLiteral("--max-chunk-bytes"), QStringLiteral("1500")} +
                       m_kit.connection();
    args[args.indexOf(QStringLiteral("--journal")) + 1] = journalPath;
    if (update)
        args.insert(2, QStringLiteral("--update"));
    const QString jobs = prefix + QStringLiteral("-file-");

    m_kit.sandbox.addFault(fault);
    QProcess first;
    first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    first.start(QStringLiteral(RA_ADMIN_BINARY), args);
    QVERIFY(first.waitForStarted());
    if (midFollow) {
        // Every chunk handed over and journaled, while jobs are still followed.
        QTRY_VERIFY_WITH_TIMEOUT(journalSays(journalPath, true), 120000);
        QVERIFY2(!journalSays(journalPath, false), "the jobs were already followed to the end");
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(m_kit.serverJobs(jobs).jobs >= 3, 60000);
    }
    first.kill(); // SIGKILL: no chance to tidy up
    QVERIFY(first.waitForFinished());
    const ImportCommandKit::ServerJobs atKill = m_kit.serverJobs(jobs);
    m_kit.sandbox.clearFaults();

    QProcess rerun;
    // The sandbox answers from this thread's event loop: wait by spinning it.
    QSignalSpy rerunFinished(&rerun, &QProcess::finished);
    rerun.start(QStringLiteral(RA_ADMIN_BINARY), args);
    QVERIFY(rerunFinished.wait(120000));
    const QByteArray err = rerun.readAllStandardError();
    const QByteArray out = rerun.readAllStandardOutput();
    QVERIFY2(rerun.exitCode() == 0, err.constData());
    QVERIFY2(err.contains("Resuming the interrupted import"), err.constData());
    QVERIFY2(out.contains(update ? "0 created, 400 updated, 0 failed, 0 unconfirmed, 0 not sent"
                                 : "400 created, 0 updated, 0 failed, 0 unconfirmed, 0 not sent"),
             out.constData());
    if (midFollow)
        QCOMPARE(m_kit.serverJobs(jobs).jobs, atKill.jobs); // nothing was sent again

    // The server's own records: each row in exactly one job, none failed.
    const ImportCommandKit::ServerJobs server = m_kit.serverJobs(jobs);
    QCOMPARE(server.total, members);
    QCOMPARE(server.failed, 0);
    const QHash<QString, qint64> after = m_kit.xpOf(emails);
    QCOMPARE(after.size(), members);
    if (!update)
        return;
    int once = 0;
    for (const QString &email : std::as_const(emails)) {
        const qint64 added = after.value(email) - before.value(email);
        if (added != 7)
            qWarning("%s: XP grew by %lld, not 7", qPrintable(email), added);
        once += added == 7;
    }
    QCOMPARE(once, members);
}

bool tst_ImportCommand::journalSays(const QString &path, bool allSent)
{
    JobJournal journal(path);
    QString error;
    if (!journal.load(&error))
        return false;
    const QList<JournalSession> sessions = journal.unfinished();
    if (sessions.isEmpty())
        return !allSent; // finished sessions leave the unfinished list
    const JournalSession &s = sessions.constFirst();
    if (!allSent)
        return s.isFinished();
    bool allHaveJobs = s.sendingComplete();
    for (const JournalSession::Chunk &c : s.chunks)
        allHaveJobs = allHaveJobs && !c.jobId.isEmpty();
    return allHaveJobs;
}

QTEST_GUILESS_MAIN(tst_ImportCommand)
#include "tst_importcommand.moc"
