// bench_apiclient: Get User Data through ra::ApiClient against the sandbox,
// and the same route driven by wrk, at the same concurrency, in one run.
// By default the sandbox runs out of process (the returning-sandbox binary,
// started with --port 0; its JSON startup line gives the URLs and keys), so
// the client and wrk are in the same situation: a separate process talking to
// the server over loopback. --in-process runs it on a thread of this process
// instead (as before). Prints `client rps`, `wrk rps`, their ratio (goal:
// >= 0.80) and the client's RSS at the start, middle and end of its run
// (goal: flat). Not run by ctest.
//
//   bench_apiclient [--calls N] [--concurrency C] [--users U] [--wrk-seconds S]
//                   [--raw-qnam] [--in-process] [--sandbox PATH]
#include "api/apiclient.h"
#include "api/requestlog.h"
#include "sandboxprocess.h"
#include "server/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>

#ifndef RA_SANDBOX_BINARY
#define RA_SANDBOX_BINARY "" // no returning-sandbox target: in process only
#endif

using namespace ra;
using ra::bench::rssKb;
using ra::bench::say;

namespace {

} // namespace

class ClientBench : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int calls = 10000;
        int concurrency = 6;
        int users = 2000;
        int wrkSeconds = 5;
        int warmup = 600;
        bool rawQnam = false;
        bool inProcess = false;
        QString sandboxPath;
    };

    explicit ClientBench(const Options &options)
        : m_options(options)
    {
        if (!options.inProcess)
            return;
        sandbox::SandboxConfig config;
        config.users = options.users;
        m_server = new sandbox::SandboxServer(config);
        m_server->moveToThread(&m_serverThread);
        connect(&m_serverThread, &QThread::finished, m_server, &QObject::deleteLater);
        connect(m_server, &sandbox::SandboxServer::started, this, &ClientBench::onInProcessStarted,
                Qt::QueuedConnection);
        connect(m_server, &sandbox::SandboxServer::failed, this, [](const QString &error) {
            say(QStringLiteral("sandbox failed: %1").arg(error));
            QCoreApplication::exit(1);
        });
        m_serverThread.start();
    }

    ~ClientBench() override
    {
        bench::stopSandboxProcess(m_sandbox, this);
        m_serverThread.quit();
        m_serverThread.wait();
    }

    void start()
    {
        if (m_options.inProcess) {
            QMetaObject::invokeMethod(m_server, &sandbox::SandboxServer::start,
                                      Qt::QueuedConnection);
            return;
        }
        startSandboxProcess();
    }

private:
    void onInProcessStarted()
    {
        ApiClientConfig config;
        config.baseUrls = m_server->baseUrls();
        config.integrationKey = m_server->demo().integrationKey;
        config.communityId = m_server->demo().communityId;
        onStarted(config);
    }

    // returning-sandbox --port 0: reads its one JSON startup line (base URLs,
    // community id, keys). Its per-request logging is switched off, as in
    // process, and its stderr discarded.
    void startSandboxProcess()
    {
        m_sandbox = bench::startSandboxProcess(
            this, m_options.sandboxPath, m_options.users,
            [this](const ApiClientConfig &config) { onStarted(config); });
    }

    void onStarted(ApiClientConfig config)
    {
        say(QStringLiteral("sandbox: %1")
                .arg(m_options.inProcess ? QStringLiteral("in process")
                                         : QStringLiteral("out of process")));
        config.maxPerHost = m_options.concurrency;
        m_config = config;
        m_client = new ApiClient(&m_network, this);
        m_client->setConfig(config);
        m_log.setCapacity(1000); // what the app keeps for the API log view
        m_client->setRequestLog(&m_log);
        // Emails of the demo users, to spread the lookups.
        m_client->getCommunityUsers(1, 100)->then(
            this,
            [this](const CommunityUserPage &page) {
                for (const User &u : page.users)
                    m_emails.append(u.email);
                if (m_emails.isEmpty()) {
                    say(QStringLiteral("no demo users"));
                    QCoreApplication::exit(1);
                    return;
                }
                runClient(m_options.warmup, [this] {
                    m_rssStart = rssKb();
                    m_clock.start();
                    runClient(m_options.calls, [this] { onClientDone(); });
                });
            },
            [](const ApiError &e) {
                say(QStringLiteral("setup failed: %1").arg(e.userText()));
                QCoreApplication::exit(1);
            });
    }

    // Keeps `concurrency` calls in flight until `total` have finished.
    void runClient(int total, std::function<void()> done)
    {
        m_total = total;
        m_issued = m_finished = m_failed = 0;
        m_done = std::move(done);
        for (int i = 0; i < m_options.concurrency && m_issued < m_total; ++i)
            issue();
    }

    void issue()
    {
        const QString email = m_emails.at(m_issued % m_emails.size());
        ++m_issued;
        ApiReply<UserData> *reply = m_client->getUserData(email);
        connect(reply, &ApiReplyBase::finished, this, [this, reply] {
            if (reply->hasError() && ++m_failed == 1)
                say(QStringLiteral("client error: %1").arg(reply->error().userText()));
            ++m_finished;
            if (m_finished == m_total / 2 && m_clock.isValid())
                m_rssMiddle = rssKb();
            if (m_issued < m_total)
                issue();
            else if (m_finished == m_total)
                QTimer::singleShot(0, this, m_done);
        });
    }

    // The same loop over QNetworkAccessManager alone (no ApiClient), to show
    // how much of the gap to wrk is Qt's HTTP stack and how much the client.
    void runRawQnam(int total)
    {
        m_total = total;
        m_issued = m_finished = 0;
        m_rawClock.start();
        for (int i = 0; i < m_options.concurrency; ++i)
            issueRaw();
    }

    void issueRaw()
    {
        QUrl url = m_config.baseUrl(ApiFamily::Integration);
        url.setPath(url.path() + QStringLiteral("/apis/v1/users/info"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_config.integrationKey.toUtf8());
        const QByteArray body =
            "{\"idOrEmail\":\"" + m_emails.at(m_issued % m_emails.size()).toUtf8() + "\"}";
        ++m_issued;
        QNetworkReply *reply = m_network.post(request, body);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            (void)QJsonDocument::fromJson(reply->readAll());
            ++m_finished;
            if (m_issued < m_total) {
                issueRaw();
            } else if (m_finished == m_total) {
                say(QStringLiteral("raw qnam rps: %1 (QNetworkAccessManager alone, same loop)")
                        .arg(m_total / (m_rawClock.elapsed() / 1000.0), 0, 'f', 0));
                runWrk();
            }
        });
    }

    void onClientDone()
    {
        const double seconds = m_clock.elapsed() / 1000.0;
        m_clientRps = m_total / seconds;
        m_rssEnd = rssKb();
        say(QStringLiteral("client calls: %1 in %2 s, %3 failed, concurrency %4")
                .arg(m_total)
                .arg(seconds, 0, 'f', 2)
                .arg(m_failed)
                .arg(m_options.concurrency));
        say(QStringLiteral("client rps: %1").arg(m_clientRps, 0, 'f', 0));
        if (m_options.rawQnam)
            runRawQnam(m_options.calls);
        else
            runWrk();
    }

    void runWrk()
    {
        const QString body = QStringLiteral("{\"idOrEmail\":\"%1\"}").arg(m_emails.first());
        const QString script =
            QStringLiteral("wrk.method = \"POST\"\n"
                           "wrk.body = '%1'\n"
                           "wrk.headers[\"Content-Type\"] = \"application/json\"\n"
                           "wrk.headers[\"Authorization\"] = \"Bearer %2\"\n")
                .arg(body, m_config.integrationKey);
        QFile f(m_dir.filePath(QStringLiteral("getuserdata.lua")));
        if (!f.open(QIODevice::WriteOnly)) {
            say(QStringLiteral("cannot write the wrk script"));
            QCoreApplication::exit(1);
            return;
        }
        f.write(script.toUtf8());
        f.close();
        QUrl url = m_config.baseUrl(ApiFamily::Integration);
        url.setPath(url.path() + QStringLiteral("/apis/v1/users/info"));
        auto *wrk = new QProcess(this);
        wrk->setProcessChannelMode(QProcess::MergedChannels);
        connect(wrk, &QProcess::errorOccurred, this, [](QProcess::ProcessError) {
            say(QStringLiteral("wrk rps: n/a (wrk is not installed: apt-get install wrk)"));
            QCoreApplication::exit(2);
        });
        connect(wrk, &QProcess::finished, this, [this, wrk] {
            const QString out = QString::fromUtf8(wrk->readAll());
            static const QRegularExpression re(QStringLiteral("Requests/sec:\\s*([0-9.]+)"));
            const auto m = re.match(out);
            if (!m.hasMatch()) {
                say(QStringLiteral("wrk output not understood:\n%1").arg(out));
                QCoreApplication::exit(1);
                return;
            }
            const double wrkRps = m.captured(1).toDouble();
            say(QStringLiteral("wrk rps: %1 (wrk -t1 -c%2 -d%3s)")
                    .arg(wrkRps, 0, 'f', 0)
                    .arg(m_options.concurrency)
                    .arg(m_options.wrkSeconds));
            say(QStringLiteral("ratio: %1 (goal >= 0.80)").arg(m_clientRps / wrkRps, 0, 'f', 2));
            say(QStringLiteral("client rss kB: start %1, middle %2, end %3 (goal: flat)")
                    .arg(m_rssStart)
                    .arg(m_rssMiddle)
                    .arg(m_rssEnd));
            QCoreApplication::exit(0);
        });
        wrk->start(QStringLiteral("wrk"),
                   {QStringLiteral("-t1"), QStringLiteral("-c%1").arg(m_options.concurrency),
                    QStringLiteral("-d%1s").arg(m_options.wrkSeconds), QStringLiteral("-s"),
                    f.fileName(), url.toString()});
    }

    Options m_options;
    QThread m_serverThread;
    sandbox::SandboxServer *m_server = nullptr; // lives on m_serverThread (--in-process)
    QProcess *m_sandbox = nullptr;              // returning-sandbox (default)
    QNetworkAccessManager m_network;
    ApiClient *m_client = nullptr;
    ApiClientConfig m_config;
    RequestLog m_log;
    QStringList m_emails;
    QTemporaryDir m_dir;
    QElapsedTimer m_clock;
    QElapsedTimer m_rawClock;
    std::function<void()> m_done;
    int m_total = 0;
    int m_issued = 0;
    int m_finished = 0;
    int m_failed = 0;
    double m_clientRps = 0;
    qint64 m_rssStart = 0;
    qint64 m_rssMiddle = 0;
    qint64 m_rssEnd = 0;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Per-request server logging would dominate both measurements.
    QLoggingCategory::setFilterRules(QStringLiteral("ra.sandbox*=false\n*.debug=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption calls(QStringLiteral("calls"), QStringLiteral("client calls"),
                             QStringLiteral("N"), QStringLiteral("10000"));
    QCommandLineOption concurrency(QStringLiteral("concurrency"), QStringLiteral("in flight"),
                                   QStringLiteral("C"), QStringLiteral("6"));
    QCommandLineOption users(QStringLiteral("users"), QStringLiteral("demo users"),
                             QStringLiteral("U"), QStringLiteral("2000"));
    QCommandLineOption seconds(QStringLiteral("wrk-seconds"), QStringLiteral("wrk duration"),
                               QStringLiteral("S"), QStringLiteral("5"));
    QCommandLineOption raw(QStringLiteral("raw-qnam"),
                           QStringLiteral("also time QNetworkAccessManager alone"));
    QCommandLineOption inProcess(QStringLiteral("in-process"),
                                 QStringLiteral("run the sandbox on a thread of this process"));
    QCommandLineOption sandboxPath(QStringLiteral("sandbox"),
                                   QStringLiteral("the returning-sandbox binary"),
                                   QStringLiteral("PATH"), QStringLiteral(RA_SANDBOX_BINARY));
    parser.addOptions({calls, concurrency, users, seconds, raw, inProcess, sandboxPath});
    parser.process(app);
    ClientBench::Options o;
    o.calls = std::max(1, parser.value(calls).toInt());
    o.concurrency = std::max(1, parser.value(concurrency).toInt());
    o.users = std::max(10, parser.value(users).toInt());
    o.wrkSeconds = std::max(1, parser.value(seconds).toInt());
    o.rawQnam = parser.isSet(raw);
    o.sandboxPath = parser.value(sandboxPath);
    o.inProcess = parser.isSet(inProcess) || o.sandboxPath.isEmpty();
    ClientBench bench(o);
    bench.start();
    return app.exec();
}

#include "bench_apiclient.moc"
