// bench_export: Export CSV of every member a filter matches (MemberExportJob, what the Users pane
// runs when not every row is loaded) against returning-sandbox run out of process with N members
// (default 1,000,000; an empty filter matches them all). Prints:
//   sandbox start      process start to its startup line: what seeding N members costs
//   export             wall time to write every member (goal <= 60 s), rows written, pages,
//                      rows/s and the file's size
//   longest stall      the largest gap of a 1 ms PreciseTimer on this event loop during the
//                      export (goal <= 50 ms), with the CPU time this thread spent in the
//                      largest gap (a gap with little CPU in it was the shared machine)
// Not run by ctest.
//
//   bench_export [--users N] [--paging cursor|page] [--out FILE] [--sandbox PATH]
#include "api/apiclient.h"
#include "item/memberexportjob.h"
#include "item/usertablemodel.h"
#include "sandboxprocess.h"
#include "stallprobe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#ifndef RA_SANDBOX_BINARY
#define RA_SANDBOX_BINARY ""
#endif

using namespace ra;
using ra::bench::say;
using ra::bench::verdict;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Members."),
                                         QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption pagingOption(QStringLiteral("paging"),
                                          QStringLiteral("cursor or page."), QStringLiteral("M"),
                                          QStringLiteral("cursor"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("CSV file."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"), QStringLiteral("returning-sandbox binary."),
        QStringLiteral("PATH"), QStringLiteral(RA_SANDBOX_BINARY));
    parser.addOptions({usersOption, pagingOption, outOption, sandboxOption});
    parser.process(app);
    const int users = parser.value(usersOption).toInt();
    QTemporaryDir dir;
    const QString out = parser.isSet(outOption) ? parser.value(outOption)
                                                : dir.filePath(QStringLiteral("members.csv"));

    QNetworkAccessManager network;
    ApiClient client(&network);
    UserTableModel shown(client);
    QObject owner;
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<MemberExportJob> job;
    bench::StallProbe probe;

    QProcess *sandbox = bench::startSandboxProcess(
        &owner, parser.value(sandboxOption), users, [&](const ApiClientConfig &config) {
            say(QStringLiteral("sandbox start with %1 members (seeding): %2 s")
                    .arg(users)
                    .arg(double(clock.elapsed()) / 1000, 0, 'f', 1));
            client.setConfig(config);
            shown.setPaging(parser.value(pagingOption) == QStringLiteral("page")
                                ? UserTableModel::Paging::Page
                                : UserTableModel::Paging::Cursor);
            QList<int> columns;
            for (int c = 0; c < int(UserTableModel::Column::Count); ++c)
                columns.append(c);
            job = std::make_unique<MemberExportJob>(shown, QString(), columns, out);
            QObject::connect(job.get(), &MemberExportJob::finished, &owner,
                             [&](const QString &error) {
                                 const double seconds = double(clock.elapsed()) / 1000;
                                 probe.stop();
                                 if (!error.isEmpty()) {
                                     say(QStringLiteral("export failed: %1").arg(error));
                                     QCoreApplication::exit(1);
                                     return;
                                 }
                                 say(QStringLiteral("export: %1 s for %2 rows in %3 pages, "
                                                    "%4 rows/s, %5 MB (goal <= 60 s) %6")
                                         .arg(seconds, 0, 'f', 1)
                                         .arg(job->rowsWritten())
                                         .arg(job->pagesRead())
                                         .arg(qint64(job->rowsWritten() / seconds))
                                         .arg(double(QFileInfo(out).size()) / 1e6, 0, 'f', 1)
                                         .arg(verdict(seconds, 60)));
                                 const double stallMs = probe.longestMs();
                                 say(QStringLiteral("longest event-loop stall during the export: "
                                                    "%1 ms (goal <= 50 ms) %2; this thread's CPU "
                                                    "in it %3 ms; %4 gaps over 20 ms")
                                         .arg(stallMs, 0, 'f', 1)
                                         .arg(verdict(stallMs, 50))
                                         .arg(probe.cpuInLongestMs(), 0, 'f', 1)
                                         .arg(probe.gapsOver20Ms()));
                                 QCoreApplication::exit(0);
                             });
            clock.restart();
            probe.start();
            job->start();
        });
    const int rc = app.exec();
    job.reset();
    bench::stopSandboxProcess(sandbox, &owner);
    return rc;
}
