// bench_assign: bulk badge awards through BulkJob against returning-sandbox
// (out of process, over loopback). Prints:
//  1. 10,000 awards with the sandbox started with --latency 50 (goal: at most
//     20 s), the rate, the longest event-loop stall while the job ran (goal:
//     at most 50 ms) and resident memory at start, middle and end;
//  2. the same without added latency beside a bare QNetworkAccessManager loop
//     on the same route with the same number in flight, and beside the pool's
//     API clients alone, in the same run, and the job's overhead over each
//     (goal over the bare loop: at most 15%). All three send the same POST
//     /badges/{id}/award with {"userId": N} for N = 1..users, keep the same
//     number in flight over the same number of QNetworkAccessManagers (one per
//     six, as the pool), and each runs against a sandbox started afresh (the
//     sandbox slows down as awards pile up in its database).
// Usage: bench_assign [--users N] [--in-flight N] [--no-latency-only]
// (--no-latency-only skips part 1: for profiling the per-request cost.)
#include "api/apiclient.h"
#include "assign/assignitemkind.h"
#include "bulk/bulkclientpool.h"
#include "bulk/bulkjob.h"
#include "sandboxprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>

#include <ctime>
#include <memory>

using namespace ra;
using bench::say;

namespace {

int g_users = 10000;
int g_inFlight = BulkClientPool::defaultMaxInFlight;
bool g_noLatencyOnly = false;

// The longest gap between turns of the event loop while it is armed.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            if (gap > m_worst)
                m_worst = gap;
        });
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return m_worst;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

// CPU time of the calling (main) thread in microseconds: what each contender
// spends per award on the event-loop thread, steadier than the rates.
qint64 threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

void sayCpu(const QString &what, qint64 startUs)
{
    say(QStringLiteral("%1: main-thread CPU %2 us per award")
            .arg(what)
            .arg(double(threadCpuUs() - startUs) / g_users, 0, 'f', 1));
}

void createBadge(ApiClient &client, const QString &title, std::function<void(QString)> then)
{
    client
        .createBadge({{QStringLiteral("title"), title},
                      {QStringLiteral("action"), QStringLiteral("custom")}})
        ->then(
            &client, [then](const Badge &b) { then(b.id); },
            [](const ApiError &e) {
                say(QStringLiteral("createBadge failed: %1").arg(e.userText()));
                QCoreApplication::exit(1);
            });
}

QList<BulkItem> members(int count)
{
    QList<BulkItem> items;
    items.reserve(count);
    for (int i = 1; i <= count; ++i) {
        BulkItem item;
        item.input = item.key = QString::number(i);
        item.line = i;
        items.append(item);
    }
    return items;
}

struct JobFigures
{
    qint64 ms = 0;
    double rate = 0;
    qint64 stallMs = 0;
    BulkCounts counts;
    qint64 rssStart = 0, rssMiddle = 0, rssEnd = 0;
};

// Runs one award job of every member; calls then() with its figures.
void runJob(const ApiClientConfig &config, const QString &badge, const QString &journalDir,
            std::function<void(JobFigures)> then)
{
    auto *pool = new BulkClientPool(config, nullptr, nullptr, qApp);
    pool->setMaxInFlight(g_inFlight);
    auto *job =
        new BulkJob(std::make_unique<AssignItemKind>(AssignOutcome::Action::AwardBadge, badge),
                    members(g_users), BulkJobInfo(), qApp);
    job->setJournalDirectory(journalDir);
    auto *meter = new StallMeter;
    auto figures = std::make_shared<JobFigures>();
    auto clock = std::make_shared<QElapsedTimer>();
    const qint64 cpuStart = threadCpuUs();
    figures->rssStart = bench::rssKb();
    QObject::connect(job, &BulkJob::progressChanged, job, [figures](const BulkProgress &p) {
        if (figures->rssMiddle == 0 && p.counts.finished() * 2 >= p.counts.total)
            figures->rssMiddle = bench::rssKb();
    });
    QObject::connect(job, &BulkJob::finished, job, [=] {
        figures->ms = clock->elapsed();
        sayCpu(QStringLiteral("BulkJob"), cpuStart);
        figures->stallMs = meter->stop();
        figures->rssEnd = bench::rssKb();
        figures->counts = job->counts();
        figures->rate = figures->counts.total * 1000.0 / qMax<qint64>(1, figures->ms);
        delete meter;
        job->deleteLater();
        pool->deleteLater();
        then(*figures);
    });
    meter->start();
    clock->start();
    QString error;
    if (!job->start(*pool, &error)) {
        say(QStringLiteral("job did not start: %1").arg(error));
        QCoreApplication::exit(1);
    }
}

// The same awards with nothing but QNetworkAccessManagers (one per six in
// flight, as the pool), no journal, no bookkeeping.
void runBare(const ApiClientConfig &config, const QString &badge, std::function<void(double)> then)
{
    const int managers = (g_inFlight + BulkClientPool::connectionsPerManager - 1) /
                         BulkClientPool::connectionsPerManager;
    auto *owner = new QObject(qApp);
    QList<QNetworkAccessManager *> nams;
    for (int i = 0; i < managers; ++i)
        nams.append(new QNetworkAccessManager(owner));
    const QUrl url(config.baseUrl(ApiFamily::System).toString() + QStringLiteral("/badges/") +
                   badge + QStringLiteral("/award"));
    struct State
    {
        int next = 1;
        int finished = 0;
        int failed = 0;
        qint64 cpuStart = 0;
        QElapsedTimer clock;
    };
    auto state = std::make_shared<State>();
    auto send = std::make_shared<std::function<void(int)>>();
    *send = [=](int slot) {
        if (state->next > g_users)
            return;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("x-api-key", config.systemKey.toUtf8());
        const QByteArray body = "{\"userId\":\"" + QByteArray::number(state->next++) + "\"}";
        QNetworkReply *reply = nams.at(slot % nams.size())->post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, owner, [=] {
            reply->readAll();
            if (reply->error() != QNetworkReply::NoError)
                ++state->failed;
            reply->deleteLater();
            if (++state->finished == g_users) {
                const double rate = g_users * 1000.0 / qMax<qint64>(1, state->clock.elapsed());
                sayCpu(QStringLiteral("bare loop"), state->cpuStart);
                if (state->failed)
                    say(QStringLiteral("bare loop: %1 requests failed").arg(state->failed));
                owner->deleteLater();
                then(rate);
                return;
            }
            (*send)(slot);
        });
    };
    state->cpuStart = threadCpuUs();
    state->clock.start();
    for (int i = 0; i < g_inFlight; ++i)
        (*send)(i);
}

// The same awards through the pool's API clients alone, sent as the job's
// kind sends them, but with no job (no journal, states, throttle, report):
// what the client's own per-request work costs, apart from the job's.
void runClients(const ApiClientConfig &config, const QString &badge,
                std::function<void(double)> then)
{
    auto *pool = new BulkClientPool(config, nullptr, nullptr, qApp);
    pool->setMaxInFlight(g_inFlight);
    // The same request as the job's items (AssignItemKind::send()).
    auto kind = std::make_shared<AssignItemKind>(AssignOutcome::Action::AwardBadge, badge);
    auto next = std::make_shared<int>(1);
    auto finished = std::make_shared<int>(0);
    auto clock = std::make_shared<QElapsedTimer>();
    auto send = std::make_shared<std::function<void()>>();
    const qint64 cpuStart = threadCpuUs();
    *send = [=] {
        if (*next > g_users)
            return;
        BulkItem item;
        item.key = QString::number((*next)++);
        ApiReplyBase *reply = kind->send(pool->pick(), item);
        QObject::connect(reply, &ApiReplyBase::finished, pool, [=] {
            if (++*finished == g_users) {
                const double rate = g_users * 1000.0 / qMax<qint64>(1, clock->elapsed());
                sayCpu(QStringLiteral("API clients alone"), cpuStart);
                pool->deleteLater();
                then(rate);
                return;
            }
            (*send)();
        });
    };
    clock->start();
    for (int i = 0; i < g_inFlight; ++i)
        (*send)();
}

void report(const QString &what, const JobFigures &f)
{
    say(QStringLiteral("%1: %2 awards in %3 ms = %4/s; done %5, already %6, failed %7")
            .arg(what)
            .arg(f.counts.total)
            .arg(f.ms)
            .arg(f.rate, 0, 'f', 0)
            .arg(f.counts.done)
            .arg(f.counts.already)
            .arg(f.counts.failed));
    say(QStringLiteral("%1: longest event-loop stall %2 ms (goal <= 50)").arg(what).arg(f.stallMs));
    say(QStringLiteral("%1: resident memory start %2 MB, middle %3 MB, end %4 MB")
            .arg(what)
            .arg(f.rssStart / 1024.0, 0, 'f', 1)
            .arg(f.rssMiddle / 1024.0, 0, 'f', 1)
            .arg(f.rssEnd / 1024.0, 0, 'f', 1));
}

void reportNoLatency(const JobFigures &f, double bareRate, double clientRate)
{
    report(QStringLiteral("no latency, BulkJob"), f);
    say(QStringLiteral("no latency, bare QNetworkAccessManager loop: %1/s; API clients alone: %2/s")
            .arg(bareRate, 0, 'f', 0)
            .arg(clientRate, 0, 'f', 0));
    const auto over = [&f](double rate) {
        return QString::asprintf("%+.1f%%", (rate / f.rate - 1.0) * 100.0);
    };
    say(QStringLiteral("job over the bare loop: %1 (goal <= +15%); job over the API clients "
                       "alone: %2")
            .arg(over(bareRate), over(clientRate)));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    g_noLatencyOnly = args.contains(QStringLiteral("--no-latency-only"));
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--users")
            g_users = qMax(1, args.at(i + 1).toInt());
        else if (args.at(i) == u"--in-flight")
            g_inFlight = qBound(1, args.at(i + 1).toInt(), BulkClientPool::maxMaxInFlight);
    }
#ifndef RA_SANDBOX_BINARY
    say(QStringLiteral("bench_assign needs the returning-sandbox target"));
    return 1;
#else
    QTemporaryDir journals;
    QNetworkAccessManager setupNetwork;
    ApiClient setup(&setupNetwork);
    QProcess *slow = nullptr;
    QProcess *fast = nullptr;
    say(QStringLiteral("bench_assign: %1 members, %2 in flight at most")
            .arg(g_users)
            .arg(g_inFlight));

    // Part 2: each contender on a sandbox of its own, started afresh: the
    // sandbox slows down as awards pile up in its database, so running them
    // one after another on one sandbox favoured whichever ran first (the bare
    // loop, by about 25%).
    using Measure = std::function<void(const ApiClientConfig &, const QString &)>;
    auto fresh = [&](const QString &title, Measure measure) {
        bench::stopSandboxProcess(fast, &app);
        fast = bench::startSandboxProcess(
            &app, QStringLiteral(RA_SANDBOX_BINARY), g_users,
            [&, title, measure](const ApiClientConfig &config) {
                setup.setConfig(config);
                createBadge(setup, title,
                            [config, measure](const QString &badge) { measure(config, badge); });
            });
    };
    std::function<void(double, double)> jobStep = [&](double bareRate, double clientRate) {
        fresh(QStringLiteral("Bench job"),
              [&, bareRate, clientRate](const ApiClientConfig &config, const QString &badge) {
                  runJob(config, badge, journals.path(), [&, bareRate, clientRate](JobFigures f) {
                      reportNoLatency(f, bareRate, clientRate);
                      bench::stopSandboxProcess(fast, &app);
                      QCoreApplication::exit(0);
                  });
              });
    };
    std::function<void(double)> clientsStep = [&](double bareRate) {
        fresh(QStringLiteral("Bench clients"),
              [&, bareRate](const ApiClientConfig &config, const QString &badge) {
                  runClients(config, badge,
                             [&, bareRate](double clientRate) { jobStep(bareRate, clientRate); });
              });
    };
    auto phaseTwo = [&] {
        fresh(QStringLiteral("Bench bare"),
              [&](const ApiClientConfig &config, const QString &badge) {
                  runBare(config, badge, [&](double bareRate) { clientsStep(bareRate); });
              });
    };
    if (g_noLatencyOnly) {
        phaseTwo();
        return app.exec();
    }
    slow = bench::startSandboxProcess(
        &app, QStringLiteral(RA_SANDBOX_BINARY), g_users,
        [&](const ApiClientConfig &config) {
            setup.setConfig(config);
            createBadge(setup, QStringLiteral("Bench latency"), [&, config](const QString &badge) {
                runJob(config, badge, journals.path(), [&](JobFigures f) {
                    report(QStringLiteral("--latency 50"), f);
                    say(QStringLiteral("--latency 50: goal <= 20000 ms, %1")
                            .arg(f.ms <= 20000 ? QStringLiteral("met") : QStringLiteral("missed")));
                    bench::stopSandboxProcess(slow, &app);
                    phaseTwo();
                });
            });
        },
        {QStringLiteral("--latency"), QStringLiteral("50")});
    return app.exec();
#endif
}
