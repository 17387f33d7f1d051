#include "importcommandkit.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTest>
#include <QTextStream>

using namespace ra;

// The soak: `import` and then `import --update` with an xp_op column, each
// sent in small chunks while about a fifth of the sandbox's replies are
// faults (500/502, 429 with Retry-After: 1, connection resets, cut-off and
// malformed replies), once per seed. Every run must end with exit 0, and the
// server's own data must show every row applied exactly once: each member in
// one import job, none failed, and each member's XP grown by exactly the
// file's amount.
//
// RA_SOAK_ROWS (default 2000), RA_SOAK_SEEDS (default 1,2,3) and
// RA_SOAK_CHUNK_BYTES (default 6000) make it the full soak
// (scripts/soak-import.sh: 10,000 rows, ten seeds), which prints a table.
class tst_ImportSoak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void soak_data();
    void soak();
    void cleanupTestCase();

private:
    void injectFaults(quint64 seed);
    // Runs the command through the faults; the seconds it took, or -1.
    double runThroughFaults(const QStringList &args, quint64 seed);

    ImportCommandKit m_kit;
    int m_rows = 2000;
    QString m_chunkBytes = QStringLiteral("6000");
    QStringList m_table;
};

void tst_ImportSoak::initTestCase()
{
    // Thousands of requests: keep the log to warnings, so the table shows.
    QLoggingCategory::setFilterRules(QStringLiteral("ra.*.debug=false\nra.*.info=false"));
    QVERIFY(m_kit.start(20));
    if (qEnvironmentVariableIsSet("RA_SOAK_ROWS"))
        m_rows = qEnvironmentVariableIntValue("RA_SOAK_ROWS");
    if (qEnvironmentVariableIsSet("RA_SOAK_CHUNK_BYTES"))
        m_chunkBytes = qEnvironmentVariable("RA_SOAK_CHUNK_BYTES");
    QVERIFY(m_rows > 0);
    m_table.append(QStringLiteral("| seed | rows | import s | update s | requests | faults | "
                                  "server: imported once | server: XP added once |"));
    m_table.append(QStringLiteral("|---|---|---|---|---|---|---|---|"));
}

void tst_ImportSoak::soak_data()
{
    QTest::addColumn<quint64>("seed");
    const QString seeds = qEnvironmentVariable("RA_SOAK_SEEDS", QStringLiteral("1,2,3"));
    for (const QString &s : seeds.split(u',', Qt::SkipEmptyParts))
        QTest::addRow("seed %s", qPrintable(s)) << s.trimmed().toULongLong();
}

void tst_ImportSoak::injectFaults(quint64 seed)
{
    m_kit.sandbox.clearFaults();
    m_kit.sandbox.server->faults()->setSeed(seed);
    for (const char *spec :
         {"kind=error;status=500,502;rate=0.06", "kind=ratelimit;retryAfter=1;rate=0.05",
          "kind=reset;rate=0.04", "kind=truncate;rate=0.03", "kind=malformed;rate=0.02"})
        m_kit.sandbox.addFault(QString::fromLatin1(spec));
}

double tst_ImportSoak::runThroughFaults(const QStringList &args, quint64 seed)
{
    injectFaults(seed);
    QElapsedTimer clock;
    clock.start();
    const int code = m_kit.run(args + m_kit.connection());
    const double seconds = double(clock.elapsed()) / 1000.0;
    m_kit.sandbox.clearFaults(); // the checks read the server without faults
    if (code != 0) {
        qWarning("exit %d\n%s\n%s", code, m_kit.out.constData(), m_kit.err.right(4000).constData());
        return -1;
    }
    return seconds;
}

void tst_ImportSoak::soak()
{
    QFETCH(quint64, seed);
    const QString prefix = QStringLiteral("soak%1n").arg(seed);
    const QStringList emails = ImportCommandKit::memberEmails(prefix, m_rows);
    const quint64 askedBefore = m_kit.sandbox.server->faults()->requestsWithRules();
    const quint64 faultsBefore = m_kit.sandbox.server->faults()->faultsInjected();

    const QString importFile =
        m_kit.writeFile(QStringLiteral("soak%1-import.csv").arg(seed),
                        ImportCommandKit::membersCsv(prefix.toUtf8(), m_rows));
    const double importSeconds =
        runThroughFaults({importFile, QStringLiteral("--max-chunk-bytes"), m_chunkBytes}, seed);
    QVERIFY(importSeconds >= 0);
    const ImportCommandKit::ServerJobs imported =
        m_kit.serverJobs(QStringLiteral("soak%1-import-").arg(seed));
    QCOMPARE(imported.total, m_rows);
    QCOMPARE(imported.created, m_rows);
    QCOMPARE(imported.failed, 0);
    const QHash<QString, qint64> before = m_kit.xpOf(emails);
    QCOMPARE(before.size(), m_rows);

    // Add 1 to 5 XP per member, with the _op column before the value.
    QByteArray update = "Email,xp_op,xp\n";
    for (int i = 0; i < m_rows; ++i)
        update += emails.at(i).toUtf8() + ",add," + QByteArray::number(i % 5 + 1) + '\n';
    const QString updateFile =
        m_kit.writeFile(QStringLiteral("soak%1-update.csv").arg(seed), update);
    const double updateSeconds = runThroughFaults(
        {updateFile, QStringLiteral("--update"), QStringLiteral("--max-chunk-bytes"), m_chunkBytes},
        seed + 1000);
    QVERIFY(updateSeconds >= 0);
    const ImportCommandKit::ServerJobs updated =
        m_kit.serverJobs(QStringLiteral("soak%1-update-").arg(seed));
    QCOMPARE(updated.total, m_rows);
    QCOMPARE(updated.failed, 0);
    const QHash<QString, qint64> after = m_kit.xpOf(emails);
    int once = 0;
    for (int i = 0; i < m_rows; ++i) {
        const qint64 added = after.value(emails.at(i), -1) - before.value(emails.at(i));
        if (added != i % 5 + 1 && once - i > -5)
            qWarning("%s: XP grew by %lld, not %d", qPrintable(emails.at(i)), added, i % 5 + 1);
        once += added == i % 5 + 1;
    }
    const quint64 asked = m_kit.sandbox.server->faults()->requestsWithRules() - askedBefore;
    const quint64 faults = m_kit.sandbox.server->faults()->faultsInjected() - faultsBefore;
    m_table.append(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 (%7%) | %8 of %2 | %9 of %2 |")
                       .arg(seed)
                       .arg(m_rows)
                       .arg(importSeconds, 0, 'f', 1)
                       .arg(updateSeconds, 0, 'f', 1)
                       .arg(asked)
                       .arg(faults)
                       .arg(asked ? 100.0 * double(faults) / double(asked) : 0.0, 0, 'f', 0)
                       .arg(imported.created)
                       .arg(once));
    QCOMPARE(once, m_rows);
}

void tst_ImportSoak::cleanupTestCase()
{
    QTextStream out(stdout);
    for (const QString &line : std::as_const(m_table))
        out << line << '\n';
}

QTEST_GUILESS_MAIN(tst_ImportSoak)
#include "tst_importsoak.moc"
