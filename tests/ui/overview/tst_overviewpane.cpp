#include "api/apiclient.h"
#include "charts/countchart.h"
#include "mainwindow.h"
#include "overview/communityoverview.h"
#include "overview/countseriesmodel.h"
#include "overview/overviewpane.h"
#include "overviewpanes.h"
#include "sandboxfixture.h"
#include "testservices.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

// The Overview pane in a real main window, counting against the in-process sandbox.
class tst_OverviewPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstPaneOnStart();
    void showsTheCounts();
    void refreshCountsAgain();
    void chartsExport();

private:
    struct Window
    {
        explicit Window(const QString &ini)
            : services(ini)
            , window(services.settings, services.profiles, services.activity, services.questions)
        {
        }
        test::Services services;
        MainWindow window;
    };
    std::unique_ptr<Window> makeWindow(OverviewComposition *overview);
    bool load(CommunityOverview &overview);

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_dir;
};

void tst_OverviewPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_sandbox.start(600));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
}

std::unique_ptr<tst_OverviewPane::Window>
tst_OverviewPane::makeWindow(OverviewComposition *overview)
{
    auto w = std::make_unique<Window>(m_dir.filePath(QStringLiteral("settings.ini")));
    *overview = installOverviewPane(w->window, *m_client, &w->window);
    w->window.resize(1280, 800);
    return w;
}

bool tst_OverviewPane::load(CommunityOverview &overview)
{
    QSignalSpy finished(&overview, &CommunityOverview::finished);
    overview.reload();
    return finished.wait(60000);
}

void tst_OverviewPane::firstPaneOnStart()
{
    OverviewComposition overview;
    auto w = makeWindow(&overview);
    // The first entry, shown when no other pane was remembered, with Ctrl+1.
    QCOMPARE(w->window.paneIds().value(0), QStringLiteral("overview"));
    QCOMPARE(w->window.currentPaneId(), QStringLiteral("overview"));
    QCOMPARE(w->window.pane(QStringLiteral("overview")), overview.pane);
    auto *action = w->window.findChild<QAction *>(QStringLiteral("overviewPaneAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
    // Before a connection nothing is counted and the pane says it waits.
    QCOMPARE(overview.overview->requestCount(), 0);
    QVERIFY(overview.pane->statusLabel()->text().contains(QStringLiteral("Waiting")));
}

void tst_OverviewPane::showsTheCounts()
{
    OverviewComposition overview;
    auto w = makeWindow(&overview);
    OverviewPane *pane = overview.pane;
    pane->setCommunity(QStringLiteral("Trading Floor"), true);
    w->window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w->window));
    QVERIFY(load(*overview.overview));
    CommunityOverview &o = *overview.overview;
    QCOMPARE(o.errorText(), QString());

    // The community is named; the figures are the overview's, in the locale's digits.
    QVERIFY(pane->heading()->text().contains(QStringLiteral("Trading Floor")));
    QVERIFY2(pane->totalLabel()->text().contains(QLocale().toString(600)),
             qPrintable(pane->totalLabel()->text()));
    QVERIFY(pane->joinedLabel()->text().contains(QLocale().toString(o.joinedInWeeks())));
    QVERIFY2(pane->statusLabel()->text().contains(QString::number(o.requestCount())),
             qPrintable(pane->statusLabel()->text()));

    // Each chart draws its model: a bar per range, as high as its count.
    const QList<QPair<CountChart *, CountSeriesModel *>> charts = {{pane->joinsChart(), o.joins()},
                                                                   {pane->xpChart(), o.xp()},
                                                                   {pane->coinsChart(), o.coins()}};
    for (const auto &[chart, model] : charts) {
        QCOMPARE(chart->barValues().size(), model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(chart->barValues().at(row), double(model->countAt(row)));
            QCOMPARE(chart->barLabels().at(row), model->labelAt(row));
        }
    }
    QCOMPARE(pane->joinsChart()->barValues().size(), CommunityOverview::weekCount);
    // Pointing at a bar names its range and count.
    pane->xpChart()->hoverAt(pane->xpChart()->pointOf(1));
    QVERIFY2(pane->xpChart()->hoverText().startsWith(o.xp()->labelAt(1)),
             qPrintable(pane->xpChart()->hoverText()));

    // The top ten, most XP first.
    QTableWidget *top = pane->topTable();
    QCOMPARE(top->rowCount(), CommunityOverview::topCount);
    const QList<UserData> members = o.topMembers();
    for (int row = 0; row < top->rowCount(); ++row) {
        QCOMPARE(top->item(row, 2)->text(), QLocale().toString(members.at(row).xp));
        QVERIFY(top->item(row, 1)->text().contains(members.at(row).username));
        if (row > 0)
            QVERIFY(members.at(row - 1).xp >= members.at(row).xp);
    }
    test::saveScreenshot(w->window, QStringLiteral("overview"));
}

void tst_OverviewPane::refreshCountsAgain()
{
    OverviewComposition overview;
    auto w = makeWindow(&overview);
    QVERIFY(load(*overview.overview));
    const int first = overview.overview->requestCount();
    QVERIFY(first > 0);
    // F5 reaches the pane through the window's Refresh action.
    QSignalSpy finished(overview.overview, &CommunityOverview::finished);
    w->window.show();
    w->window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w->window));
    QTest::keyClick(&w->window, Qt::Key_F5);
    QVERIFY(overview.overview->isLoading());
    QVERIFY(finished.wait(60000));
    QVERIFY(overview.overview->requestCount() > 0);
    QCOMPARE(overview.overview->total(), qint64(600));
}

void tst_OverviewPane::chartsExport()
{
    OverviewComposition overview;
    auto w = makeWindow(&overview);
    QVERIFY(load(*overview.overview));
    w->window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w->window));
    CountChart *chart = overview.pane->xpChart();
    const QString png = m_dir.filePath(QStringLiteral("xp.png"));
    const QString pdf = m_dir.filePath(QStringLiteral("xp.pdf"));
    const QString csv = m_dir.filePath(QStringLiteral("xp.csv"));
    QString error;
    QVERIFY2(chart->savePng(png, &error), qPrintable(error));
    QVERIFY2(chart->savePdf(pdf, &error), qPrintable(error));
    QVERIFY2(chart->saveCsv(csv, &error), qPrintable(error));
    QImage image(png);
    QVERIFY(!image.isNull());
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5).startsWith("%PDF"));
    // The CSV holds raw bounds and counts, one line a band after the header.
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csvFile.readAll())
                                  .remove(QChar(0xfeff))
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CountSeriesModel *model = overview.overview->xp();
    QCOMPARE(lines.size(), model->rowCount() + 1);
    QCOMPARE(lines.first(), QStringLiteral("From,To,Members"));
    QCOMPARE(lines.at(2), QStringLiteral("%1,%2,%3")
                              .arg(model->range(1).from.toLongLong())
                              .arg(model->range(1).to.toLongLong())
                              .arg(model->countAt(1)));
    // An unwritable place is a message naming the file.
    QVERIFY(!chart->saveCsv(QStringLiteral("/nonexistent/dir/xp.csv"), &error));
    QVERIFY2(error.contains(QStringLiteral("xp.csv")), qPrintable(error));
}

QTEST_MAIN(tst_OverviewPane)
#include "tst_overviewpane.moc"
