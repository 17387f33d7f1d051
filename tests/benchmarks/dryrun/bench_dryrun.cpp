// bench_dryrun: the import wizard's dry run (DryRunChecker) over a sandbox community run out of
// process (returning-sandbox --port 0 --users N). The file's identifiers are half e-mails of
// members (read from the server first) and half absent ones. Prints, for each strategy (one
// lookup per row; the member list read once; Auto's choice), the wall time, rows per second
// and the outcome counts, which must agree. Not run by ctest.
//
//   bench_dryrun [--users N] [--rows R] [--lookup-rows L] [--sandbox PATH]
#include "api/apiclient.h"
#include "import/dryrunchecker.h"
#include "sandboxprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>

#ifndef RA_SANDBOX_BINARY
#define RA_SANDBOX_BINARY ""
#endif

using namespace ra;
using ra::bench::say;

class DryRunBench : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int users = 100000;
        int rows = 10000;
        int lookupRows = 2000; // row-by-row lookups are slow: a sample of the file
        QString sandboxPath;
    };

    explicit DryRunBench(const Options &options)
        : m_options(options)
    {
    }
    ~DryRunBench() override { bench::stopSandboxProcess(m_sandbox, this); }

    void start()
    {
        m_sandbox = bench::startSandboxProcess(this, m_options.sandboxPath, m_options.users,
                                               [this](const ApiClientConfig &config) {
                                                   m_client = new ApiClient(&m_network, this);
                                                   m_client->setConfig(config);
                                                   collectMembers({});
                                               });
    }

private:
    // Members' e-mails for the "existing" half of the file, spread over the first pages.
    void collectMembers(const QString &cursor)
    {
        m_client->getUsersByCursor({QStringLiteral("email")}, {}, cursor)
            ->then(
                this,
                [this](const UserPage &page) {
                    for (int i = 0; i < page.users.size(); i += 2)
                        m_members << page.users.at(i).email;
                    if (m_members.size() < m_options.rows / 2 && !page.nextCursor.isEmpty()) {
                        collectMembers(page.nextCursor);
                        return;
                    }
                    for (int i = 0; i < m_options.rows; ++i)
                        m_ids << (i % 2 == 0 && i / 2 < m_members.size()
                                      ? m_members.at(i / 2)
                                      : QStringLiteral("absent%1@example.com").arg(i));
                    say(QStringLiteral("file: %1 rows, %2 of them members; community: %3 users")
                            .arg(m_ids.size())
                            .arg(qMin(qsizetype(m_ids.size() + 1) / 2, m_members.size()))
                            .arg(m_options.users));
                    runNext();
                },
                [](const ApiError &e) {
                    say(QStringLiteral("member list failed: %1").arg(e.userText()));
                    QCoreApplication::exit(1);
                });
    }

    void runNext()
    {
        static const QList<QPair<DryRunChecker::Strategy, QString>> runs = {
            {DryRunChecker::Strategy::Directory, QStringLiteral("member list")},
            {DryRunChecker::Strategy::Auto, QStringLiteral("auto")},
            {DryRunChecker::Strategy::Lookup, QStringLiteral("lookup per row")}};
        if (m_run >= runs.size()) {
            QCoreApplication::exit(m_disagree ? 1 : 0);
            return;
        }
        const auto [strategy, name] = runs.at(m_run++);
        const QStringList ids = strategy == DryRunChecker::Strategy::Lookup
                                    ? m_ids.mid(0, m_options.lookupRows)
                                    : m_ids;
        auto *checker = new DryRunChecker(*m_client, this);
        checker->setStrategy(strategy);
        auto clock = std::make_shared<QElapsedTimer>();
        connect(checker, &DryRunChecker::finished, this, [=] {
            const double s = double(clock->nsecsElapsed()) / 1e9;
            say(QStringLiteral("%1: %2 rows in %3 s (%4 rows/s), %5 exist, %6 new, %7 errors%8")
                    .arg(name)
                    .arg(checker->total())
                    .arg(s, 0, 'f', 2)
                    .arg(double(checker->total()) / s, 0, 'f', 0)
                    .arg(checker->existing())
                    .arg(checker->fresh())
                    .arg(checker->errors())
                    .arg(checker->strategyUsed() == DryRunChecker::Strategy::Directory
                             ? QStringLiteral(", %1 pages").arg(checker->pagesRead())
                             : QStringLiteral(", row by row")));
            // Members sit at even rows: both strategies must say so for every row they saw.
            for (qint64 row = 0; row < checker->total(); ++row) {
                const bool member = row % 2 == 0 && row / 2 < m_members.size();
                const auto expected =
                    member ? DryRunChecker::Outcome::Exists : DryRunChecker::Outcome::New;
                if (checker->outcome(row) != expected) {
                    say(QStringLiteral("  DISAGREES at row %1").arg(row));
                    m_disagree = true;
                    break;
                }
            }
            checker->deleteLater();
            runNext();
        });
        clock->start();
        checker->start(ids);
    }

    Options m_options;
    QProcess *m_sandbox = nullptr;
    QNetworkAccessManager m_network;
    ApiClient *m_client = nullptr;
    QStringList m_members;
    QStringList m_ids;
    int m_run = 0;
    bool m_disagree = false;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption users(QStringLiteral("users"), QStringLiteral("community size"),
                                   QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("rows in the file"),
                                  QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption lookupRows(QStringLiteral("lookup-rows"),
                                        QStringLiteral("rows checked one by one"),
                                        QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QStringLiteral("returning-sandbox binary"),
                                     QStringLiteral("path"), QStringLiteral(RA_SANDBOX_BINARY));
    parser.addOptions({users, rows, lookupRows, sandbox});
    parser.process(app);
    DryRunBench::Options options;
    options.users = parser.value(users).toInt();
    options.rows = parser.value(rows).toInt();
    options.lookupRows = parser.value(lookupRows).toInt();
    options.sandboxPath = parser.value(sandbox);
    DryRunBench bench(options);
    bench.start();
    return app.exec();
}

#include "bench_dryrun.moc"
