// bench_userdetail: the user detail panel against the in-process sandbox (offscreen). Prints, as
// the median of --runs opens of different users:
//   open <range>          from showUser() to every part (data, roles, history, stats) loaded and
//                         the charts rebuilt, for a 30-day and a 365-day range (GET history form)
//   open 30 days (POST)   the same with the 2026 POST history form (one call per day)
//   paint                 one full paint of the panel's Activity tab with 365 days
// Not run by ctest.
//
//   bench_userdetail [--runs N]
#include "api/apiclient.h"
#include "charts/gamificationchart.h"
#include "item/gamificationseriesmodel.h"
#include "questionprovider.h"
#include "sandboxfixture.h"
#include "stores/useraccountstore.h"
#include "stores/userdetailstore.h"
#include "users/userdetailpanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace ra;

namespace {
void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// Runs the event loop until `done` or 30 s (a benchmark, not product code).
bool spinUntil(const std::function<bool()> &done)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return done();
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("ra.*=false"));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Opens per figure."),
                      QStringLiteral("N"), QStringLiteral("7")});
    parser.addHelpOption();
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    SandboxFixture sandbox;
    if (!sandbox.start(200)) {
        say(QStringLiteral("the sandbox did not start"));
        return 1;
    }
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setConfig(sandbox.config());
    UserDetailStore details(client);
    UserAccountStore accounts(client);
    struct NoQuestions : QuestionProvider
    {
        void confirm(QWidget *, const Question &, QObject *, Callback) override {}
        void choose(QWidget *, const Question &, const QStringList &, QObject *,
                    ChoiceCallback) override
        {
        }
    } questions;
    UserDetailPanel panel(details, accounts, questions);
    panel.resize(800, 900);
    panel.show();
    if (auto *tabs = panel.findChild<QTabWidget *>())
        tabs->setCurrentIndex(1);

    const QDate today = QDateTime::currentDateTimeUtc().date();
    int next = 1;
    const auto measure = [&](int days) {
        QList<double> ms;
        panel.setRange(today.addDays(-(days - 1)), today);
        for (int i = 0; i < runs; ++i) {
            const QString id = QString::number(next++);
            QElapsedTimer t;
            t.start();
            panel.showUser(id);
            const bool ok = spinUntil([&] {
                return details.hasUser() && !details.isLoading() &&
                       panel.seriesModel()->rowCount() == days &&
                       panel.historyChart()->dates().size() == days;
            });
            if (!ok) {
                say(QStringLiteral("user %1 did not load").arg(id));
                return -1.0;
            }
            ms.append(double(t.nsecsElapsed()) / 1e6);
        }
        return median(ms);
    };
    say(QStringLiteral("open 30 days:          %1 ms").arg(measure(30), 0, 'f', 1));
    say(QStringLiteral("open 365 days:         %1 ms").arg(measure(365), 0, 'f', 1));

    QList<double> paint;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        panel.grab();
        paint.append(double(t.nsecsElapsed()) / 1e6);
    }
    say(QStringLiteral("paint 365 days:        %1 ms").arg(median(paint), 0, 'f', 1));

    ApiClientConfig post = sandbox.config();
    post.historyShape = GamificationHistoryShape::PostBody;
    client.setConfig(post);
    say(QStringLiteral("open 30 days (POST):   %1 ms").arg(measure(30), 0, 'f', 1));
    return 0;
}
