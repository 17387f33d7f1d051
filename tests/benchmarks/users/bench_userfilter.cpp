// bench_userfilter: Get Users with Filters with custom-field conditions against a sandbox
// community of a million users, run out of process (returning-sandbox --port 0 --users N).
// The sandbox checks custom conditions in C++ while it walks the SQL candidates, so a page-mode
// request (whose total counts every match) and a cursor request with rare matches both walk the
// whole community. Prints, per request: wall-clock milliseconds from send to decoded reply, the
// sandbox process's CPU milliseconds for it (the machine is shared, so wall time alone says
// little), the users returned and the total. Goal: a full walk of 1M users under 3 s.
// Not run by ctest.
//
//   bench_userfilter [--users N] [--sandbox PATH]
#include "api/apiclient.h"
#include "sandboxprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>

#include <unistd.h>

#ifndef RA_SANDBOX_BINARY
#define RA_SANDBOX_BINARY ""
#endif

using namespace ra;
using ra::bench::say;

namespace {

struct Case
{
    const char *label;
    const char *filter;
    int page; // 0: cursor mode
};

// Custom fields of the seeded community (DemoActivity): customerid, deposit-amount, tier,
// birthday.
const Case cases[] = {
    {"platform only, cursor page 1", "{}", 0},
    {"platform only, page 2 (SQL count)", "{}", 2},
    {"tier exact, cursor page 1", R"({"tier":"Gold"})", 0},
    {"tier exact, page 1 (full walk)", R"({"tier":"Gold"})", 1},
    {"tier exact, page 2000 (full walk)", R"({"tier":"Gold"})", 2000},
    {"customerid exact, cursor (rare: full walk)", R"({"customerid":"C0000042"})", 0},
    {"customerid exact, page 1 (full walk)", R"({"customerid":"C0000042"})", 1},
    {"deposit-amount range, cursor page 1", R"({"deposit-amount":{"gte":900,"lte":1000}})", 0},
    {"deposit-amount range, page 1 (full walk)", R"({"deposit-amount":{"gte":900,"lte":1000}})", 1},
    {"birthday range + xp, page 1 (full walk)",
     R"({"birthday":{"gte":"1980-01-01","lt":"1981-01-01"},"xp":{"gte":20000}})", 1},
};

// utime + stime of a process in ms, or -1.
qint64 cpuMsOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = f.readAll();
    // Fields after the ")" that ends the command name: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return (fields.at(11).toLongLong() + fields.at(12).toLongLong()) * 1000 / sysconf(_SC_CLK_TCK);
}

class FilterBench : public QObject
{
    Q_OBJECT

public:
    FilterBench(const QString &sandboxPath, int users)
        : m_path(sandboxPath)
        , m_users(users)
    {
    }
    ~FilterBench() override { bench::stopSandboxProcess(m_sandbox, this); }

    void start()
    {
        QElapsedTimer clock;
        clock.start();
        m_sandbox = bench::startSandboxProcess(
            this, m_path, m_users, [this, clock](const ApiClientConfig &config) {
                say(QStringLiteral("sandbox ready after %1 s (%2 users)")
                        .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
                        .arg(m_users));
                ApiClientConfig c = config;
                c.timeoutMs = 120000;
                m_client = new ApiClient(&m_network, this);
                m_client->setConfig(c);
                next();
            });
    }

private:
    void next()
    {
        if (m_index >= int(std::size(cases))) {
            QCoreApplication::exit(0);
            return;
        }
        const Case &c = cases[m_index++];
        const QJsonObject filter = QJsonDocument::fromJson(c.filter).object();
        const QStringList fields{QStringLiteral("email"), QStringLiteral("tier")};
        const qint64 cpu = cpuMsOf(m_sandbox->processId());
        m_clock.start();
        ApiReply<UserPage> *reply = c.page > 0 ? m_client->getUsersByPage(fields, filter, c.page)
                                               : m_client->getUsersByCursor(fields, filter);
        reply->then(
            this,
            [this, c, cpu](const UserPage &p) {
                const double ms = double(m_clock.nsecsElapsed()) / 1e6;
                const qint64 used = cpuMsOf(m_sandbox->processId()) - cpu;
                say(QStringLiteral("%1: %2 ms wall, %3 ms sandbox CPU, %4 users%5%6")
                        .arg(QLatin1String(c.label))
                        .arg(ms, 0, 'f', 0)
                        .arg(used)
                        .arg(p.users.size())
                        .arg(p.total >= 0 ? QStringLiteral(", total %1").arg(p.total) : QString())
                        .arg(p.nextCursor.isEmpty() ? QString() : QStringLiteral(", more")));
                next();
            },
            [c](const ApiError &error) {
                say(QStringLiteral("%1 failed: %2").arg(QLatin1String(c.label), error.userText()));
                QCoreApplication::exit(1);
            });
    }

    QString m_path;
    int m_users = 0;
    int m_index = 0;
    QProcess *m_sandbox = nullptr;
    QNetworkAccessManager m_network;
    ApiClient *m_client = nullptr;
    QElapsedTimer m_clock;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption users(QStringLiteral("users"), QStringLiteral("community size"),
                                   QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QStringLiteral("returning-sandbox binary"),
                                     QStringLiteral("path"), QStringLiteral(RA_SANDBOX_BINARY));
    parser.addOptions({users, sandbox});
    parser.process(app);
    if (parser.value(sandbox).isEmpty()) {
        say(QStringLiteral("no returning-sandbox binary; pass --sandbox PATH"));
        return 2;
    }
    FilterBench bench(parser.value(sandbox), parser.value(users).toInt());
    bench.start();
    return app.exec();
}

#include "bench_userfilter.moc"
