#include "api/apiclient.h"
#include "import/jobjournal.h"
#include "importcommand.h"
#include "sandboxfixture.h"

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
    QString createMembers(const QString &prefix, int count);
    QHash<QString, qint64> xpOf(const QStringList &emails);
    int run(const QStringList &args);
    QStringList connection() const;
    QString writeCsv(const QString &name, const QByteArray &text);
    // A key file readable by its owner only, in the test's folder.
    QString writeKeyFile(const QString &name, const QString &key);
    // A Bulk Import file of `count` new members <prefix>0..: username and
    // e-mail local part alike.
    static QByteArray membersCsv(const QByteArray &prefix, int count);
    struct ServerJobs
    {
        qint64 jobs = 0;
        qint64 total = 0;
        qint64 created = 0;
        qint64 failed = 0;
    };
    // The API log's jobs whose file name starts with `prefix`, summed.
    ServerJobs serverJobs(const QString &prefix);
    qint64 serverJobsNamed(const QString &prefix) { return serverJobs(prefix).jobs; }
    // Whether the journal at `path` has every chunk of its import handed
    // over with a job id (allSent), or has the import finished (!allSent).
    static bool journalSays(const QString &path, bool allSent);

    QTemporaryDir m_dir;
    SandboxFixture m_sandbox;
    QByteArray m_out;
    QByteArray m_err;
};

void tst_ImportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.start(20));
    const ApiClientConfig c = m_sandbox.config();
    QVERIFY(!writeKeyFile(QStringLiteral("integration.key"), c.integrationKey).isEmpty());
    QVERIFY(!writeKeyFile(QStringLiteral("system.key"), c.systemKey).isEmpty());
}

QString tst_ImportCommand::writeKeyFile(const QString &name, const QString &key)
{
    const QString path = writeCsv(name, key.toUtf8() + '\n');
    if (path.isEmpty() || !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner))
        return {};
    return path;
}

int tst_ImportCommand::run(const QStringList &args)
{
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    const int code = runImportCommand(args, {}, &out, &err);
    m_out = out.data();
    m_err = err.data();
    return code;
}

QStringList tst_ImportCommand::connection() const
{
    const ApiClientConfig c = m_sandbox.config();
    return {QStringLiteral("--base-url"),
            QStringLiteral("integration=") + c.baseUrl(ApiFamily::Integration).toString(),
            QStringLiteral("--base-url"),
            QStringLiteral("system=") + c.baseUrl(ApiFamily::System).toString(),
            QStringLiteral("--key-file"),
            m_dir.filePath(QStringLiteral("integration.key")),
            QStringLiteral("--system-key-file"),
            m_dir.filePath(QStringLiteral("system.key")),
            QStringLiteral("--community"),
            c.communityId,
            QStringLiteral("--journal"),
            m_dir.filePath(QStringLiteral("journal.json")),
            QStringLiteral("--poll-ms"),
            QStringLiteral("50")};
}

QString tst_ImportCommand::writeCsv(const QString &name, const QByteArray &text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return {};
    return path;
}

tst_ImportCommand::ServerJobs tst_ImportCommand::serverJobs(const QString &prefix)
{
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setConfig(m_sandbox.config());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    auto *reply = client.call(QStringLiteral("listApiLogJobs"), {}, query);
    QSignalSpy done(reply, &ApiReplyBase::finished);
    ServerJobs sum;
    if (!done.wait(10000) || reply->hasError()) {
        sum.jobs = -1;
        return sum;
    }
    const QJsonArray jobs = reply->value().data.toArray();
    for (const QJsonValue &v : jobs) {
        const QJsonObject j = v.toObject();
        if (!j.value(u"fileName").toString().startsWith(prefix))
            continue;
        ++sum.jobs;
        sum.total += j.value(u"total").toInteger();
        sum.created += j.value(u"created").toInteger();
        sum.failed += j.value(u"failed").toInteger();
    }
    return sum;
}

QByteArray tst_ImportCommand::membersCsv(const QByteArray &prefix, int count)
{
    QByteArray csv = "First Name,Last Name,Username,Email\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray n = prefix + QByteArray::number(i);
        csv += "Cli,User," + n + "," + n + "@example.com\n";
    }
    return csv;
}

void tst_ImportCommand::importsCleanFileInChunks()
{
    const QString path = writeCsv(QStringLiteral("clean.csv"), membersCsv("cli", 1500));
    const int code =
        run(QStringList{path, QStringLiteral("--max-chunk-bytes"), QStringLiteral("30000")} +
            connection());
    QVERIFY2(code == 0, m_err.constData());
    QVERIFY2(m_out.contains("1,500 created") || m_out.contains("1500 created"), m_out.constData());
    QVERIFY(m_out.contains("0 failed"));
    QVERIFY(m_err.contains("rows processed"));
    QVERIFY(serverJobsNamed(QStringLiteral("clean-")) > 1);
}

void tst_ImportCommand::problemsStopBeforeSending()
{
    const QString path =
        writeCsv(QStringLiteral("problems.csv"), "First Name,Last Name,Username,Email\n"
                                                 "A,B,prob_1,prob1@example.com\n"
                                                 "A,B,prob_2,not-an-address\n");
    QCOMPARE(run(QStringList{path} + connection()), 1);
    QVERIFY2(m_err.contains("row 3, Email"), m_err.constData());
    QVERIFY(m_err.contains("nothing sent"));
    QCOMPARE(serverJobsNamed(QStringLiteral("problems-")), 0);
}

void tst_ImportCommand::forceSendsAndReportsFailedRows()
{
    const QString path =
        writeCsv(QStringLiteral("forced.csv"), "First Name,Last Name,Username,Email\n"
                                               "A,B,force_1,force1@example.com\n"
                                               "A,B,force_2,not-an-address\n");
    QCOMPARE(run(QStringList{path, QStringLiteral("--force")} + connection()), 1);
    QVERIFY2(m_err.contains("failed row 3:"), m_err.constData());
    QVERIFY2(m_out.contains("1 created") && m_out.contains("1 failed"), m_out.constData());
    QCOMPARE(serverJobsNamed(QStringLiteral("forced-")), 1);
}

void tst_ImportCommand::updateChangesExistingUsers()
{
    const QString path = writeCsv(QStringLiteral("update.csv"), "Email,Country\n"
                                                                "cli0@example.com,NZ\n"
                                                                "cli1@example.com,AU\n");
    const int code = run(QStringList{path, QStringLiteral("--update")} + connection());
    QVERIFY2(code == 0, m_err.constData());
    QVERIFY2(m_out.contains("2 updated"), m_out.constData());
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
    QCOMPARE(run(args), 2);
    QVERIFY2(m_err.contains(message), m_err.constData());
}

QString tst_ImportCommand::createMembers(const QString &prefix, int count)
{
    const QString path =
        writeCsv(prefix + QStringLiteral("-members.csv"), membersCsv(prefix.toUtf8(), count));
    const int code = run(QStringList{path} + connection());
    if (code != 0)
        return QString::fromUtf8(m_err);
    return {};
}

QHash<QString, qint64> tst_ImportCommand::xpOf(const QStringList &emails)
{
    // The server's own data, read member by member.
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setConfig(m_sandbox.config());
    QHash<QString, qint64> xp;
    int pending = int(emails.size());
    for (const QString &email : emails) {
        client.getUserData(email)->then(
            this,
            [&xp, &pending, email](const UserData &user) {
                xp.insert(email, user.xp);
                --pending;
            },
            [&pending](const ApiError &) { --pending; });
    }
    if (!QTest::qWaitFor([&] { return pending == 0; }, 60000))
        qWarning("not every member could be read back");
    return xp;
}

void tst_ImportCommand::wrongOrMissingKeyStopsBeforeSending()
{
    const QString path =
        writeCsv(QStringLiteral("wrongkey.csv"), "First Name,Last Name,Username,Email\n"
                                                 "A,B,wrongkey_1,wrongkey1@example.com\n");
    QStringList args = QStringList{path} + connection();
    const int at = int(args.indexOf(QStringLiteral("--key-file")));
    args[at + 1] = writeKeyFile(QStringLiteral("wrong.key"), QStringLiteral("not-the-key"));
    QCOMPARE(run(args), 3);
    QVERIFY2(m_err.contains("refuses the integration key"), m_err.constData());
    QVERIFY(m_err.contains("Nothing was sent"));
    args[at + 1] = m_dir.filePath(QStringLiteral("no-such.key"));
    QCOMPARE(run(args), 3);
    QVERIFY2(m_err.contains("--key-file: cannot read") && m_err.contains("no-such.key"),
             m_err.constData());
    args.removeAt(at);
    args.removeAt(at);
    qputenv("RA_INTEGRATION_KEY", QByteArray());
    QCOMPARE(run(args), 3);
    QVERIFY2(m_err.contains("no integration key"), m_err.constData());
    // The server's API log is the proof: no job of this file exists.
    QCOMPARE(serverJobsNamed(QStringLiteral("wrongkey-")), 0);
}

// Each way of giving the key works: a file, standard input (--key -), the
// environment, and --key itself, which warns that others can read it.
void tst_ImportCommand::keysComeFromFilesStandardInputOrTheEnvironment()
{
    const ApiClientConfig c = m_sandbox.config();
    QStringList base = connection();
    const int at = int(base.indexOf(QStringLiteral("--key-file")));
    base.removeAt(at);
    base.removeAt(at);
    const auto importOne = [&](const QString &name, const QStringList &keyArgs) {
        const QString csv = writeCsv(name + QStringLiteral(".csv"),
                                     "First Name,Last Name,Username,Email\nA,B," + name.toUtf8() +
                                         ',' + name.toUtf8() + "@example.com\n");
        return run(QStringList{csv} + base + keyArgs);
    };

    QCOMPARE(importOne(QStringLiteral("keyliteral"), {QStringLiteral("--key"), c.integrationKey}),
             0);
    QVERIFY2(m_err.contains("can be read by other users"), m_err.constData());
    QVERIFY(!m_out.contains(c.integrationKey.toUtf8()) &&
            !m_err.contains(c.integrationKey.toUtf8()));

    const QString shared = writeKeyFile(QStringLiteral("shared.key"), c.integrationKey);
    QVERIFY(QFile::setPermissions(shared, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    QCOMPARE(importOne(QStringLiteral("keyshared"), {QStringLiteral("--key-file"), shared}), 0);
    QVERIFY2(m_err.contains("shared.key can be read by other users"), m_err.constData());

    qputenv("RA_INTEGRATION_KEY", c.integrationKey.toUtf8());
    QCOMPARE(importOne(QStringLiteral("keyenv"), {}), 0);
    qunsetenv("RA_INTEGRATION_KEY");
    QVERIFY2(!m_err.contains("warning"), m_err.constData());

    // Standard input, through the real executable.
    const QString csv =
        writeCsv(QStringLiteral("keystdin.csv"), "First Name,Last Name,Username,Email\n"
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
    const QString path = writeCsv(QStringLiteral("ratelimited.csv"), membersCsv("rl", 300));
    // More 429s in a row than the client retries by itself.
    m_sandbox.addFault(QStringLiteral("route=bulkImport;kind=ratelimit;count=6;retryAfter=0"));
    const int code =
        run(QStringList{path, QStringLiteral("--max-chunk-bytes"), QStringLiteral("6000")} +
            connection());
    m_sandbox.clearFaults();
    QVERIFY2(code == 0, m_err.constData());
    QVERIFY2(m_out.contains("300 created"), m_out.constData());
    QVERIFY(m_out.contains("0 failed"));
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
    static int run = 0;
    const QString prefix = QStringLiteral("crash%1x").arg(++run);
    QStringList emails;
    for (int i = 0; i < members; ++i)
        emails.append(prefix + QString::number(i) + QStringLiteral("@example.com"));
    QHash<QString, qint64> before;
    QString path;
    if (update) {
        QCOMPARE(createMembers(prefix, members), QString());
        before = xpOf(emails);
        QCOMPARE(before.size(), members);
        QByteArray csv = "Email,xp,xp_op\n";
        for (const QString &email : std::as_const(emails))
            csv += email.toUtf8() + ",7,add\n";
        path = writeCsv(prefix + QStringLiteral("-file.csv"), csv);
    } else {
        path = writeCsv(prefix + QStringLiteral("-file.csv"), membersCsv(prefix.toUtf8(), members));
    }
    const QString journalPath = m_dir.filePath(prefix + QStringLiteral("-journal.json"));
    QStringList args = QStringList{QStringLiteral("import"), path,
                                   QStringLiteral("--max-chunk-bytes"), QStringLiteral("1500")} +
                       connection();
    args[args.indexOf(QStringLiteral("--journal")) + 1] = journalPath;
    if (update)
        args.insert(2, QStringLiteral("--update"));
    const QString jobs = prefix + QStringLiteral("-file-");

    m_sandbox.addFault(fault);
    QProcess first;
    first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    first.start(QStringLiteral(RA_ADMIN_BINARY), args);
    QVERIFY(first.waitForStarted());
    if (midFollow) {
        // Every chunk handed over and journaled, while jobs are still followed.
        QTRY_VERIFY_WITH_TIMEOUT(journalSays(journalPath, true), 120000);
        QVERIFY2(!journalSays(journalPath, false), "the jobs were already followed to the end");
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(serverJobs(jobs).jobs >= 3, 60000);
    }
    first.kill(); // SIGKILL: no chance to tidy up
    QVERIFY(first.waitForFinished());
    const ServerJobs atKill = serverJobs(jobs);
    m_sandbox.clearFaults();

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
        QCOMPARE(serverJobs(jobs).jobs, atKill.jobs); // nothing was sent again

    // The server's own records: each row in exactly one job, none failed.
    const ServerJobs server = serverJobs(jobs);
    QCOMPARE(server.total, members);
    QCOMPARE(server.failed, 0);
    const QHash<QString, qint64> after = xpOf(emails);
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
