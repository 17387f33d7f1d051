// bench_csv: the CSV import reading figures, printed, on a generated
// template CSV (default 1,000,000 rows, about 100 MB, with quoted fields,
// doubled quotes and embedded newlines), next to Python's csv module reading
// the same file in the same run:
//   - parse only (CsvReader, every field touched): MB/s, best of 3;
//   - Python csv.reader over the same file: MB/s, best of 3;
//   - parse + validate every row (ImportScanner), with the validation on a
//     second thread (the default) and on the reading thread: best of 3;
//   - `returning-admin csv-check FILE`, the whole command: wall time (best of
//     3), its ratio to Python's reading time (goal: at most a third of it)
//     and its peak resident memory (VmHWM of the child, polled from /proc
//     while it runs; the highest of the runs);
//   - csv-check on one line of 60,000,000 commas after a good row: wall
//     time, peak memory and exit code (goal: well under 1 s, under 100 MB,
//     exit 2 naming the cell limit);
//   - time from ImportDocument::open() to previewReady, for this file and a
//     small one.
// The machine may be shared: the load average is printed first; run it when
// that is low, several times.
// Usage: bench_csv [--rows N] [--file F] [--keep]
#include "commaline.h"
#include "import/csvreader.h"
#include "import/importdocument.h"
#include "import/importscanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <ctime>
#include <functional>

using namespace ra;

namespace {

void generate(const QString &path, qint64 rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    static const char *countries[] = {"United Kingdom", "Germany", "France", "Japan", "Brazil"};
    static const char *languages[] = {"English", "German", "French", "Japanese", "Portuguese"};
    QByteArray buf = "First Name,Last Name,Username,Email,Phone,Country,Language,Role,Tag\r\n";
    for (qint64 i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        buf += "Ada" + n + ',';
        if (i % 7 == 0)
            buf += "\"Love \"\"the\"\" lace\",";
        else
            buf += "Lovelace,";
        buf += "ada_" + n + ",ada." + n + "@example.com,+44 20 7946 " + n.right(4) + ',';
        buf += countries[i % 5];
        buf += ',';
        buf += languages[i % 5];
        buf += ",\"Member,Moderator\",";
        if (i % 10 == 0)
            buf += "\"VIP\nGold\"";
        else
            buf += "VIP";
        buf += "\r\n";
        if (buf.size() > (1 << 20)) {
            f.write(buf);
            buf.clear();
        }
    }
    f.write(buf);
}

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Best of three wall-clock runs; `cpu` gets the process CPU time of the same
// run (the machine is shared, so wall time includes waiting for a core).
double bestOf3(const std::function<void()> &run, double *cpu)
{
    double best = 1e9;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        const double c0 = cpuSeconds();
        t.start();
        run();
        const double wall = double(t.nsecsElapsed()) / 1e9;
        if (wall < best) {
            best = wall;
            *cpu = cpuSeconds() - c0;
        }
    }
    return best;
}

double pythonSeconds(const QString &path, double *cpu)
{
    const QString script =
        QStringLiteral("import csv, sys, time\n"
                       "best = (1e9, 0)\n"
                       "for _ in range(3):\n"
                       "    t = time.perf_counter(); c = time.process_time(); n = 0\n"
                       "    with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                       "        for row in csv.reader(f):\n"
                       "            n += len(row)\n"
                       "    best = min(best, (time.perf_counter() - t, time.process_time() - c))\n"
                       "print(best[0], best[1], n)\n");
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, path});
    if (!p.waitForFinished(600000))
        return -1;
    const QList<QByteArray> out = p.readAllStandardOutput().split(' ');
    *cpu = out.value(1).toDouble();
    return out.value(0).toDouble();
}

qint64 csvCheckPeakKiB(const QString &path, double *seconds, int *exitCode,
                       QByteArray *output = nullptr)
{
    QProcess p;
    if (!output)
        p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral(RA_ADMIN_BINARY), {QStringLiteral("csv-check"), path});
    if (!p.waitForStarted())
        return -1;
    qint64 peak = 0;
    const QString status = QStringLiteral("/proc/%1/status").arg(p.processId());
    while (!p.waitForFinished(5)) {
        QFile f(status);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                peak = qMax(peak, line.mid(6).trimmed().split(' ').value(0).toLongLong());
        }
    }
    *seconds = double(t.nsecsElapsed()) / 1e9;
    *exitCode = p.exitCode();
    if (output)
        *output = p.readAllStandardOutput();
    return peak;
}

// csv-check `runs` times: the best wall time, the highest peak RSS.
qint64 csvCheckBest(const QString &path, int runs, double *best, int *exitCode)
{
    qint64 peak = 0;
    *best = 1e9;
    for (int i = 0; i < runs; ++i) {
        double seconds = 0;
        peak = qMax(peak, csvCheckPeakKiB(path, &seconds, exitCode));
        *best = qMin(*best, seconds);
    }
    return peak;
}

double previewMs(const QString &path)
{
    ImportDocument document;
    QElapsedTimer t;
    double ms = -1;
    QObject::connect(&document, &ImportDocument::previewReady, &document, [&] {
        ms = double(t.nsecsElapsed()) / 1e6;
        QCoreApplication::quit();
    });
    t.start();
    if (!document.open(path))
        return -1;
    QCoreApplication::exec();
    document.close();
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 rows = 1000000;
    QString path;
    bool keep = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--rows" && i + 1 < args.size())
            rows = args.at(++i).toLongLong();
        else if (args.at(i) == u"--file" && i + 1 < args.size())
            path = args.at(++i);
        else if (args.at(i) == u"--keep")
            keep = true;
    }
    QTemporaryDir dir;
    dir.setAutoRemove(!keep);
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("bench.csv"));
        generate(path, rows);
    }
    const double mb = double(QFileInfo(path).size()) / 1e6;
    std::printf("file: %s, %.1f MB, %lld data rows\n", qPrintable(path), mb, rows);
    {
        QFile la(QStringLiteral("/proc/loadavg"));
        if (la.open(QIODevice::ReadOnly))
            std::printf("load average (1/5/15 min, 2 shared cores): %s", la.readAll().constData());
    }

    qint64 fields = 0;
    double parseCpu = 0;
    const double parse = bestOf3(
        [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            CsvReader reader(&f, CsvDialect::detect(f.peek(65536)));
            qint64 bytes = 0;
            fields = 0;
            while (reader.readRecord()) {
                for (int i = 0; i < reader.fieldCount(); ++i)
                    bytes += reader.field(i).size();
                fields += reader.fieldCount();
            }
            if (bytes == 0)
                std::printf("no bytes read\n");
        },
        &parseCpu);
    std::printf("parse only (CsvReader):        %7.3f s wall %7.1f MB/s | %6.3f s CPU %7.1f MB/s"
                "  (%lld fields)\n",
                parse, mb / parse, parseCpu, mb / parseCpu, fields);
    double pythonCpu = 0;
    const double python = pythonSeconds(path, &pythonCpu);
    std::printf("parse only (Python csv):       %7.3f s wall %7.1f MB/s | %6.3f s CPU %7.1f MB/s\n",
                python, mb / python, pythonCpu, mb / pythonCpu);
    std::printf(
        "speed-up over Python:          %7.1fx wall, %.1fx CPU (goal >= 10x, >= 400 MB/s)\n",
        python / parse, pythonCpu / parseCpu);

    qint64 problems = 0;
    auto scan = [&](bool pipeline) {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        ImportScanner::Options o;
        o.dialect = CsvDialect::detect(f.peek(65536));
        o.pipeline = pipeline;
        ImportScanner scanner;
        problems = scanner.run(&f, o).problems;
    };
    double validateCpu = 0;
    const double validate = bestOf3([&] { scan(true); }, &validateCpu);
    std::printf("parse + validate every row:    %7.3f s wall | %6.3f s CPU (goal <= 1.5 s; "
                "%lld problems; validating on a second thread)\n",
                validate, validateCpu, problems);
    double serialCpu = 0;
    const double serial = bestOf3([&] { scan(false); }, &serialCpu);
    std::printf("  the same on one thread:      %7.3f s wall | %6.3f s CPU\n", serial, serialCpu);

    double checkSeconds = 0;
    int exitCode = -1;
    const qint64 peak = csvCheckBest(path, 3, &checkSeconds, &exitCode);
    std::printf("csv-check, whole command:      %7.3f s wall, best of 3 (exit %d)\n", checkSeconds,
                exitCode);
    std::printf("  Python csv reading / csv-check: %5.2fx (goal >= 3x: csv-check in a third of "
                "Python's time)\n",
                python / checkSeconds);
    std::printf("  csv-check peak RSS (VmHWM):  %7.1f MB (goal <= 64 MB)\n", double(peak) / 1024.0);

    const QString wide = dir.filePath(QStringLiteral("wide.csv"));
    if (!writeCommaLine(
            wide, "First Name,Last Name,Username,Email\r\nAda,Lovelace,ada,ada@x.org\r\n", "\r\n"))
        qFatal("cannot write %s", qPrintable(wide));
    double wideSeconds = 0;
    QByteArray wideOutput;
    const qint64 widePeak = csvCheckPeakKiB(wide, &wideSeconds, &exitCode, &wideOutput);
    std::printf("csv-check, 60,000,000 commas:  %7.3f s wall, peak RSS %.1f MB, exit %d (goal: "
                "<< 1 s, < 100 MB, exit 2)\n  %s",
                wideSeconds, double(widePeak) / 1024.0, exitCode,
                wideOutput.left(wideOutput.indexOf('\n') + 1).constData());
    QFile::remove(wide);

    std::printf("open -> first preview rows:    %7.2f ms (goal <= 100 ms)\n", previewMs(path));
    const QString small = dir.filePath(QStringLiteral("small.csv"));
    generate(small, 50);
    std::printf("  same for a 50-row file:      %7.2f ms\n", previewMs(small));
    return 0;
}
