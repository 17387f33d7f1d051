// bench_appstart: how long `returning-admin --sandbox` takes from process
// start to the first pane filled (the Servers pane's getMyServers reply,
// read from --log-requests), offscreen, with a throw-away home folder:
//   first start  - no kept demo community yet: the sandbox seeds one (into the
//                  data folder's file since the community is kept);
//   restart      - the demo community kept by an earlier run is reopened.
// Prints the median and the spread of each. Options: --binary PATH (another
// build, e.g. an older one, to compare), --runs N (5), --users N (1000).
// Not run by ctest.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace {

// Milliseconds until the log shows the first pane's list, or -1.
double startOnce(const QString &binary, const QString &home, int users)
{
    const QString log = QDir(home).filePath(QStringLiteral("requests.jsonl"));
    QFile::remove(log);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/ra-bench-no-bus"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.setStandardOutputFile(QProcess::nullDevice());
    app.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    app.start(binary, {QStringLiteral("--sandbox"), QStringLiteral("--sandbox-users"),
                       QString::number(users), QStringLiteral("--log-requests"), log});
    if (!app.waitForStarted(10000))
        return -1;
    double ms = -1;
    while (clock.elapsed() < 120000 && app.state() == QProcess::Running) {
        QFile file(log);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray text = file.readAll();
            qsizetype at = 0;
            while ((at = text.indexOf("\"operation\":\"getMyServers\"", at)) >= 0) {
                const qsizetype end = text.indexOf('\n', at);
                const QByteArray line = text.mid(at, end < 0 ? -1 : end - at);
                if (line.contains("\"status\":200")) {
                    ms = double(clock.nsecsElapsed()) / 1e6;
                    break;
                }
                at += 1;
            }
        }
        if (ms >= 0)
            break;
        QThread::msleep(2);
    }
    app.terminate();
    if (!app.waitForFinished(10000)) {
        app.kill();
        app.waitForFinished(5000);
    }
    return ms;
}

void report(const char *what, QList<double> ms)
{
    if (ms.contains(-1)) {
        std::printf("%-12s failed: the first pane was not filled within 120 s\n", what);
        return;
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-12s median %7.0f ms   min %7.0f ms   max %7.0f ms   (%lld runs)\n", what,
                ms.at(ms.size() / 2), ms.constFirst(), ms.constLast(), qlonglong(ms.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
#ifdef RA_ADMIN_BINARY
    const QString defaultBinary = QStringLiteral(RA_ADMIN_BINARY);
#else
    const QString defaultBinary;
#endif
    const QCommandLineOption binaryOption(QStringLiteral("binary"),
                                          QStringLiteral("The returning-admin to start."),
                                          QStringLiteral("PATH"), defaultBinary);
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption usersOption(QStringLiteral("users"),
                                         QStringLiteral("Demo community size."),
                                         QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOptions({binaryOption, runsOption, usersOption});
    parser.process(app);
    const QString binary = parser.value(binaryOption);
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const int users = qMax(1, parser.value(usersOption).toInt());
    if (binary.isEmpty()) {
        std::fprintf(stderr, "bench_appstart: give --binary PATH\n");
        return 2;
    }

    std::printf("app start to the first pane filled, %s, %d demo members\n", qPrintable(binary),
                users);
    QList<double> first;
    QList<double> restart;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir home;
        first << startOnce(binary, home.path(), users);
        restart << startOnce(binary, home.path(), users);
    }
    report("first start", first);
    report("restart", restart);
    std::printf("goal: a restart no slower than the first start\n");
    return 0;
}
