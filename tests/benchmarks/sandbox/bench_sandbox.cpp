// bench_sandbox: starts the sandbox in-process with a large demo community and
// measures (1) Get User Data requests per second over loopback with wrk
// (8 connections, 2 threads, 10 s; random user ids through a Lua script) and
// (2) a bulk import of N CSV rows from upload to job done, polled through the
// API-log routes. Prints one line per figure with its goal. Not run by ctest.
#include "fakebackend.h"
#include "server/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace ra;
using namespace ra::sandbox;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

} // namespace

class SandboxBench : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int users = 100000;
        int rows = 100000;
        int connections = 8;
        int threads = 2;
        int seconds = 10;
        bool wrk = true;
        bool bulk = true;
        bool httpOnly = false; // a fake backend: the HTTP layer alone
    };

    explicit SandboxBench(const Options &options)
        : m_options(options)
    {
        SandboxConfig config;
        config.users = options.users;
        config.seed = 1;
        m_server = new SandboxServer(config, this);
        if (options.httpOnly) {
            DemoInfo demo;
            demo.communityId = QStringLiteral("c1");
            demo.integrationKey = QStringLiteral("int-key");
            m_server->setBackend(&m_fake, demo);
        }
        connect(m_server, &SandboxServer::started, this, &SandboxBench::onStarted);
        connect(m_server, &SandboxServer::failed, this, [](const QString &error) {
            say(QStringLiteral("sandbox failed to start: %1").arg(error));
            QCoreApplication::exit(1);
        });
    }

    void start()
    {
        m_clock.start();
        m_server->start();
    }

private:
    QString url(ApiFamily family, const QString &path) const
    {
        return m_server->baseUrls().value(family).toString() + path;
    }

    void onStarted()
    {
        say(QStringLiteral("sandbox seeded %1 users in %2 s")
                .arg(m_options.httpOnly ? 0 : m_options.users)
                .arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1));
        if (m_options.wrk)
            runWrk();
        else
            runBulk();
    }

    void runWrk()
    {
        const QString script = m_dir.filePath(QStringLiteral("userinfo.lua"));
        QFile file(script);
        if (!file.open(QIODevice::WriteOnly)) {
            say(QStringLiteral("cannot write %1").arg(script));
            return finish(1);
        }
        // Random user ids across the whole community, one body per request.
        file.write(QStringLiteral("wrk.method = \"POST\"\n"
                                  "wrk.headers[\"Content-Type\"] = \"application/json\"\n"
                                  "wrk.headers[\"Authorization\"] = \"Bearer %1\"\n"
                                  "math.randomseed(42)\n"
                                  "request = function()\n"
                                  "  local body = '{\"idOrEmail\":' .. math.random(1, %2) .. '}'\n"
                                  "  return wrk.format(nil, nil, nil, body)\n"
                                  "end\n")
                       .arg(m_server->demo().integrationKey)
                       .arg(qMax(1, m_options.users))
                       .toUtf8());
        file.close();
        auto *wrk = new QProcess(this);
        wrk->setProcessChannelMode(QProcess::MergedChannels);
        connect(wrk, &QProcess::finished, this, [this, wrk](int exitCode) {
            const QString out = QString::fromUtf8(wrk->readAll());
            wrk->deleteLater();
            const auto rps =
                QRegularExpression(QStringLiteral("Requests/sec:\\s*([0-9.]+)")).match(out);
            const auto non2xx =
                QRegularExpression(QStringLiteral("Non-2xx or 3xx responses:\\s*(\\d+)"))
                    .match(out);
            if (exitCode != 0 || !rps.hasMatch()) {
                say(QStringLiteral("wrk failed (exit %1):\n%2").arg(exitCode).arg(out));
                m_failed = true;
            } else {
                const double value = rps.captured(1).toDouble();
                say(out.trimmed());
                say(QStringLiteral("sandbox getUserData%1 rps: %2 (goal >= 5000)%3")
                        .arg(m_options.httpOnly ? QStringLiteral(" (HTTP layer only)") : QString())
                        .arg(qRound(value))
                        .arg(non2xx.hasMatch()
                                 ? QStringLiteral(", non-2xx responses: %1").arg(non2xx.captured(1))
                                 : QString()));
                if (non2xx.hasMatch())
                    m_failed = true;
            }
            if (m_options.bulk)
                runBulk();
            else
                finish(m_failed ? 1 : 0);
        });
        connect(wrk, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart) {
                say(QStringLiteral("wrk could not be started; is it installed?"));
                finish(1);
            }
        });
        wrk->start(QStringLiteral("wrk"),
                   {QStringLiteral("-c%1").arg(m_options.connections),
                    QStringLiteral("-t%1").arg(m_options.threads),
                    QStringLiteral("-d%1s").arg(m_options.seconds), QStringLiteral("-s"), script,
                    url(ApiFamily::Integration, QStringLiteral("/apis/v1/users/info"))});
    }

    void runBulk()
    {
        QByteArray csv("First Name,Last Name,Username,Email\n");
        csv.reserve(64 * (m_options.rows + 1));
        for (int i = 0; i < m_options.rows; ++i) {
            const QByteArray n = QByteArray::number(i);
            csv += "Bench" + n + ",Import" + n + ",bench_import_" + n + ",bench" + n +
                   "@import.example\n";
        }
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart community;
        community.setHeader(QNetworkRequest::ContentDispositionHeader,
                            QByteArray("form-data; name=\"communityId\""));
        community.setBody(m_server->demo().communityId.toUtf8());
        QHttpPart data;
        data.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArray("form-data; name=\"data\"; filename=\"users.csv\""));
        data.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/csv"));
        data.setBody(csv);
        multi->append(community);
        multi->append(data);
        m_clock.restart();
        QNetworkReply *reply =
            m_nam.post(QNetworkRequest(QUrl(url(ApiFamily::Integration,
                                                QStringLiteral("/apis/v1/users/bulk-import")))),
                       multi);
        multi->setParent(reply);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
            const QJsonObject d = o.value(u"data").toObject();
            m_jobId = d.value(u"jobId").toString();
            if (m_jobId.isEmpty())
                m_jobId = d.value(u"id").toString();
            if (m_jobId.isEmpty()) {
                say(QStringLiteral("bulk import upload failed: HTTP %1 %2")
                        .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())
                        .arg(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))));
                return finish(1);
            }
            pollJob();
        });
    }

    void pollJob()
    {
        QNetworkRequest request(
            QUrl(url(ApiFamily::Integration, QStringLiteral("/apis/v1/api-log/jobs/") + m_jobId)));
        request.setRawHeader("Authorization", "Bearer " + m_server->demo().integrationKey.toUtf8());
        QNetworkReply *reply = m_nam.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
            const QJsonObject job = o.value(u"data").toObject();
            QString state = job.value(u"state").toString().toLower();
            if (state.isEmpty())
                state = job.value(u"status").toString().toLower();
            if (state == u"done" || state == u"completed" || state == u"finished" ||
                state == u"failed") {
                say(QStringLiteral("sandbox bulk import of %1 rows: %2 s (goal <= 10 s), job %3")
                        .arg(m_options.rows)
                        .arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 2)
                        .arg(QString::fromUtf8(QJsonDocument(job).toJson(QJsonDocument::Compact))
                                 .left(400)));
                return finish(state == u"failed" || m_failed ? 1 : 0);
            }
            if (m_clock.elapsed() > 600000) {
                say(QStringLiteral("bulk import did not finish within 10 minutes"));
                return finish(1);
            }
            QTimer::singleShot(50, this, &SandboxBench::pollJob);
        });
    }

    void finish(int code) { QCoreApplication::exit(code); }

    Options m_options;
    test::FakeBackend m_fake;
    SandboxServer *m_server = nullptr;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    QElapsedTimer m_clock;
    QString m_jobId;
    bool m_failed = false;
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Per-request debug lines would measure stderr, not the server.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sandbox throughput benchmark"));
    parser.addHelpOption();
    const QCommandLineOption users(QStringLiteral("users"), QStringLiteral("Demo users."),
                                   QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("Bulk import rows."),
                                  QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption seconds(QStringLiteral("duration"),
                                     QStringLiteral("wrk duration in seconds."),
                                     QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption connections(QStringLiteral("connections"),
                                         QStringLiteral("wrk connections."), QStringLiteral("n"),
                                         QStringLiteral("8"));
    const QCommandLineOption noWrk(QStringLiteral("skip-wrk"), QStringLiteral("Skip wrk."));
    const QCommandLineOption noBulk(QStringLiteral("skip-bulk"),
                                    QStringLiteral("Skip the bulk import."));
    const QCommandLineOption httpOnly(
        QStringLiteral("http-only"),
        QStringLiteral("Serve a fake echo backend to measure the HTTP layer alone."));
    parser.addOptions({users, rows, seconds, connections, noWrk, noBulk, httpOnly});
    parser.process(app);

    SandboxBench::Options options;
    options.users = parser.value(users).toInt();
    options.rows = parser.value(rows).toInt();
    options.seconds = qMax(1, parser.value(seconds).toInt());
    options.connections = qMax(1, parser.value(connections).toInt());
    options.wrk = !parser.isSet(noWrk);
    options.httpOnly = parser.isSet(httpOnly);
    options.bulk = !parser.isSet(noBulk) && !options.httpOnly;
    SandboxBench bench(options);
    QTimer::singleShot(0, &bench, &SandboxBench::start);
    return app.exec();
}

#include "bench_sandbox.moc"
