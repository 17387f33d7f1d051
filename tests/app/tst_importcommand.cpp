#include "api/apiclient.h"
#include "importcommand.h"
#include "sandboxfixture.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
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

private:
    int run(const QStringList &args);
    QStringList connection() const;
    QString writeCsv(const QString &name, const QByteArray &text);
    qint64 serverJobsNamed(const QString &prefix);

    QTemporaryDir m_dir;
    SandboxFixture m_sandbox;
    QByteArray m_out;
    QByteArray m_err;
};

void tst_ImportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.start(20));
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
            QStringLiteral("--key"),
            c.integrationKey,
            QStringLiteral("--system-key"),
            c.systemKey,
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

qint64 tst_ImportCommand::serverJobsNamed(const QString &prefix)
{
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setConfig(m_sandbox.config());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    auto *reply = client.call(QStringLiteral("listApiLogJobs"), {}, query);
    QSignalSpy done(reply, &ApiReplyBase::finished);
    if (!done.wait(10000))
        return -1;
    qint64 n = 0;
    const QJsonArray jobs = reply->value().data.toArray();
    for (const QJsonValue &j : jobs)
        n += j.toObject().value(u"fileName").toString().startsWith(prefix) ? 1 : 0;
    return n;
}

void tst_ImportCommand::importsCleanFileInChunks()
{
    QByteArray csv = "First Name,Last Name,Username,Email\n";
    for (int i = 0; i < 1500; ++i)
        csv += "Cli,User,cli_" + QByteArray::number(i) + ",cli" + QByteArray::number(i) +
               "@example.com\n";
    const QString path = writeCsv(QStringLiteral("clean.csv"), csv);
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

QTEST_GUILESS_MAIN(tst_ImportCommand)
#include "tst_importcommand.moc"
