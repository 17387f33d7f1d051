// bench_fieldhistory: the Field history pane over a sandbox community with a million history
// entries, run out of process (returning-sandbox --port 0 --users N --histories H; its JSON
// startup line gives the URLs and key). The real pane (offscreen platform by default) shows
// FieldHistoryModel in its table, exactly as the app does. Prints:
//   first page shown   from showing the pane (which asks for the fields and the first page) to
//                      the first page painted in its table (goal 300 ms); fonts and style are
//                      warmed first, as the main window has done by the time the pane is opened
//   longest stall      the largest gap of a 1 ms PreciseTimer while R rows arrive, fetched by
//                      scrolling the view to the end after each page (goal 50 ms), and the
//                      longest CPU-busy stretch of the GUI thread
//   filtered page      the first page of one member's field (a narrower server request)
// Not run by ctest.
//
//   bench_fieldhistory [--users N] [--histories H] [--rows R] [--sandbox PATH]
#include "api/apiclient.h"
#include "history/fieldhistorypane.h"
#include "item/fieldhistorymodel.h"
#include "item/fieldhistoryseries.h"
#include "sandboxprocess.h"
#include "stallprobe.h"
#include "stores/fieldhistorystore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTableView>
#include <QTimer>

#ifndef RA_SANDBOX_BINARY
#define RA_SANDBOX_BINARY ""
#endif

using namespace ra;
using ra::bench::say;
using ra::bench::threadCpuNs;
using ra::bench::verdict;

class HistoryBench : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int users = 100000;
        qint64 histories = 1000000;
        int rows = 20000;
        QString sandboxPath;
    };

    explicit HistoryBench(const Options &options)
        : m_options(options)
    {
    }
    ~HistoryBench() override { bench::stopSandboxProcess(m_sandbox, this); }

    void start()
    {
        m_clock.start();
        m_sandbox = bench::startSandboxProcess(
            this, m_options.sandboxPath, m_options.users,
            [this](const ApiClientConfig &config) {
                say(QStringLiteral("sandbox ready after %1 s (%2 users, %3 history entries)")
                        .arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1)
                        .arg(m_options.users)
                        .arg(m_options.histories));
                run(config);
            },
            {QStringLiteral("--histories"), QString::number(m_options.histories)});
    }

private:
    void run(const ApiClientConfig &config)
    {
        m_client = new ApiClient(&m_network, this);
        m_client->setConfig(config);
        m_store = new FieldHistoryStore(*m_client, this);
        m_model = new FieldHistoryModel(*m_client, this);
        m_series = new FieldHistorySeries(*m_client, this);
        m_pane = new FieldHistoryPane(*m_store, *m_model, *m_series);
        m_pane->resize(1300, 800);
        m_view = m_pane->table();
        connect(m_model, &PagedTableModel::loadFailed, this, [](const ApiError &error) {
            say(QStringLiteral("load failed: %1").arg(error.userText()));
            QCoreApplication::exit(1);
        });
        connect(m_model, &PagedTableModel::pageLoaded, this, &HistoryBench::onPage);
        m_probe.setOnLongest([this] { m_maxGapRows = m_model->rowCount(); });
        QLabel warm(QStringLiteral("Returning Admin — warming up fonts and style"));
        warm.show();
        warm.repaint();
        warm.hide();
        m_pane->ensurePolished();
        m_clock.restart();
        m_pane->show(); // showing the pane asks for the first page, as in the app
    }

    void onPage()
    {
        if (m_filtering) {
            m_view->viewport()->repaint();
            const double ms = double(m_clock.nsecsElapsed()) / 1e6;
            say(QStringLiteral("filtered first page (one member's field, %1 rows) shown: %2 ms")
                    .arg(m_model->rowCount())
                    .arg(ms, 0, 'f', 1));
            QTimer::singleShot(0, this, [this] {
                delete m_pane;
                m_pane = nullptr;
                QCoreApplication::exit(0);
            });
            return;
        }
        if (!m_firstShown) {
            const double arrivedMs = double(m_clock.nsecsElapsed()) / 1e6;
            m_view->viewport()->repaint(); // the first page on screen
            const double shownMs = double(m_clock.nsecsElapsed()) / 1e6;
            m_firstShown = true;
            say(QStringLiteral("first page shown: %1 ms (goal <= 300 ms) %2; the page arrived "
                               "after %3 ms; %L4 entries in all")
                    .arg(shownMs, 0, 'f', 1)
                    .arg(verdict(shownMs, 300))
                    .arg(arrivedMs, 0, 'f', 1)
                    .arg(m_model->totalCount()));
            m_probe.start();
            m_fetchClock.start();
            m_fetchCpu = threadCpuNs();
        }
        if (m_model->rowCount() >= m_options.rows || !m_model->canFetchMore({})) {
            QTimer::singleShot(0, this, &HistoryBench::finish);
            return;
        }
        // Scroll to the end as a user would; the view asks for more (fetchMore) itself.
        QTimer::singleShot(0, this, [this] {
            m_view->scrollToBottom();
            if (!m_model->isLoading() && m_model->canFetchMore({}))
                m_model->fetchMore({}); // the view did not: ask as its updateGeometries would
        });
    }

    void finish()
    {
        m_probe.stop();
        const double fetchS = double(m_fetchClock.elapsed()) / 1000.0;
        const double cpuPerPageMs =
            double(threadCpuNs() - m_fetchCpu) / 1e6 / std::max(1, m_model->pagesLoaded() - 1);
        say(QStringLiteral("fetched %1 rows in %2 pages while scrolling, %3 s")
                .arg(m_model->rowCount())
                .arg(m_model->pagesLoaded())
                .arg(fetchS, 0, 'f', 2));
        say(QStringLiteral("longest event-loop stall while scrolling: %1 ms (goal <= 50 ms) %2; "
                           "at %3 rows; %4 stalls over 20 ms")
                .arg(m_probe.longestMs(), 0, 'f', 1)
                .arg(verdict(m_probe.longestMs(), 50))
                .arg(m_maxGapRows)
                .arg(m_probe.gapsOver20Ms()));
        say(QStringLiteral("longest busy stretch of the GUI thread (CPU time between two ticks): "
                           "%1 ms (goal <= 50 ms) %2; GUI CPU per page %3 ms")
                .arg(m_probe.longestBusyMs(), 0, 'f', 1)
                .arg(verdict(m_probe.longestBusyMs(), 50))
                .arg(cpuPerPageMs, 0, 'f', 1));
        // A narrower request: the member and field of a row in the middle.
        const FieldHistoryEntry &e = m_model->entryAt(m_model->rowCount() / 2);
        m_filtering = true;
        m_clock.restart();
        m_pane->showMemberField(e.userId, e.fieldId);
    }

    Options m_options;
    QProcess *m_sandbox = nullptr;
    QNetworkAccessManager m_network;
    ApiClient *m_client = nullptr;
    FieldHistoryStore *m_store = nullptr;
    FieldHistoryModel *m_model = nullptr;
    FieldHistorySeries *m_series = nullptr;
    FieldHistoryPane *m_pane = nullptr;
    QTableView *m_view = nullptr;
    QElapsedTimer m_clock;
    QElapsedTimer m_fetchClock;
    bench::StallProbe m_probe;
    qint64 m_fetchCpu = 0;
    int m_maxGapRows = 0;
    bool m_firstShown = false;
    bool m_filtering = false;
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption users(QStringLiteral("users"), QStringLiteral("community size"),
                                   QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption histories(QStringLiteral("histories"),
                                       QStringLiteral("history entries to seed"),
                                       QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("rows to scroll through"),
                                  QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QStringLiteral("returning-sandbox binary"),
                                     QStringLiteral("path"), QStringLiteral(RA_SANDBOX_BINARY));
    parser.addOptions({users, histories, rows, sandbox});
    parser.process(app);
    HistoryBench::Options options;
    options.users = parser.value(users).toInt();
    options.histories = parser.value(histories).toLongLong();
    options.rows = parser.value(rows).toInt();
    options.sandboxPath = parser.value(sandbox);
    if (options.sandboxPath.isEmpty()) {
        say(QStringLiteral("no returning-sandbox binary; pass --sandbox PATH"));
        return 2;
    }
    HistoryBench bench(options);
    bench.start();
    return app.exec();
}

#include "bench_fieldhistory.moc"
