#include "../testservices.h"
#include "api/apiclient.h"
#include "api/requestlog.h"
#include "api/requestlogmodel.h"
#include "apilog/apilogpane.h"
#include "item/apijobtablemodel.h"
#include "item/apilogentrytablemodel.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "stores/apijobstore.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace ra;

// The API log pane offscreen against the sandbox: the community's bulk jobs
// load when the pane is shown, selecting one shows its history with the
// failed rows, a running job is refreshed by itself until it is done, and
// the client's request log grows live.
class tst_ApiLogPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsJobsHistoryAndRequests();
    void clearLeavesNothingOfTheOldProfile();

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    RequestLog m_log;
    std::unique_ptr<ApiClient> m_client;
};

void tst_ApiLogPane::initTestCase()
{
    QVERIFY(m_sandbox.start(20));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setRequestLog(&m_log);
    m_client->setConfig(m_sandbox.config());
}

void tst_ApiLogPane::showsJobsHistoryAndRequests()
{
    ApiJobStore store(*m_client);
    ApiLogPane pane(store, &m_log);
    QAbstractItemModelTester jobsTester(pane.jobsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester historyTester(pane.historyModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester requestsTester(pane.requestsModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int requestsBefore = pane.requestsModel()->rowCount();

    // A job with 2000 rows, 3 of them bad: still running when the pane opens.
    QByteArray csv = "First Name,Last Name,Username,Email\r\n";
    for (int i = 0; i < 2000; ++i)
        csv += "A,B,log_" + QByteArray::number(i) + ',' +
               (i % 700 == 5 ? QByteArray("bad") : "log" + QByteArray::number(i) + "@example.com") +
               "\r\n";
    auto accepted =
        track(m_client->bulkImport(FormField::csvData(csv, QStringLiteral("pane.csv"))));
    QTRY_VERIFY_WITH_TIMEOUT(accepted->done, 10000);
    QVERIFY2(!accepted->error.isError(), qPrintable(accepted->error.userText()));
    const QString id = accepted->value.id;
    QVERIFY(!id.isEmpty());

    pane.resize(900, 600);
    pane.show(); // the first show loads the list
    QTRY_VERIFY_WITH_TIMEOUT(pane.jobsModel()->rowOf(id) >= 0, 10000);
    QVERIFY(pane.selectJob(id));
    // The pane keeps refreshing while the job runs, so it ends up done.
    const int row = pane.jobsModel()->rowOf(id);
    QTRY_COMPARE_WITH_TIMEOUT(
        pane.jobsModel()->index(row, int(ApiJobTableModel::Column::State)).data().toString(),
        QStringLiteral("done"), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(
        pane.jobsModel()->index(row, int(ApiJobTableModel::Column::Failed)).data().toLongLong(),
        qint64(3), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(pane.historyModel()->jobId(), id, 10000);
    auto failures = [&] {
        int n = 0;
        for (int r = 0; r < pane.historyModel()->rowCount(); ++r)
            n += pane.historyModel()
                     ->index(r, 0)
                     .data(int(ApiLogEntryTableModel::DataRole::Failed))
                     .toBool();
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(failures(), 3, 10000);

    test::saveScreenshot(pane, QStringLiteral("apilogpane-jobs"));
    // The client's own requests are listed live.
    QTRY_VERIFY(pane.requestsModel()->rowCount() > requestsBefore);
    pane.tabs()->setCurrentIndex(1);
    const int before = pane.requestsModel()->rowCount();
    pane.refresh();
    QTRY_VERIFY(pane.requestsModel()->rowCount() > before);
    const QModelIndex last = pane.requestsModel()->index(pane.requestsModel()->rowCount() - 1,
                                                         RequestLogModel::OperationColumn);
    QCOMPARE(last.data().toString(), QStringLiteral("listApiLogJobs"));
    test::saveScreenshot(pane, QStringLiteral("apilogpane-requests"));
}

void tst_ApiLogPane::clearLeavesNothingOfTheOldProfile()
{
    ApiJobStore store(*m_client);
    ApiLogPane pane(store, &m_log);
    auto accepted = track(m_client->bulkImport(FormField::csvData(
        "First Name,Last Name,Username,Email\r\nA,B,clear_1,clear1@example.com\r\n",
        QStringLiteral("clear.csv"))));
    QTRY_VERIFY_WITH_TIMEOUT(accepted->done, 10000);
    QVERIFY2(!accepted->error.isError(), qPrintable(accepted->error.userText()));
    const QString id = accepted->value.id;
    auto *summary = pane.findChild<QLabel *>(QStringLiteral("jobsSummary"));
    auto *historyTitle = pane.findChild<QLabel *>(QStringLiteral("historyTitle"));
    QVERIFY(summary && historyTitle);
    pane.resize(900, 600);
    pane.show();
    QTRY_VERIFY_WITH_TIMEOUT(pane.jobsModel()->rowOf(id) >= 0, 10000);
    QVERIFY(pane.selectJob(id));
    QTRY_VERIFY_WITH_TIMEOUT(
        pane.historyModel()->jobId() == id && pane.historyModel()->rowCount() > 0, 10000);
    QVERIFY(summary->text().contains(QStringLiteral("in the API log")));
    QVERIFY(historyTitle->text().contains(id));

    // A profile switch: the old community's jobs, the selected job's history and the counts go.
    store.clear();
    QCOMPARE(pane.jobsModel()->rowCount(), 0);
    QCOMPARE(pane.historyModel()->rowCount(), 0);
    QVERIFY(pane.historyModel()->jobId().isEmpty());
    QVERIFY2(!historyTitle->text().contains(id), qPrintable(historyTitle->text()));
    QVERIFY2(!summary->text().contains(QStringLiteral("in the API log")),
             qPrintable(summary->text()));
    QVERIFY(!store.hasLoaded());

    // An answer to a request sent for the old profile does not bring them back.
    store.reload();
    store.clear();
    QTRY_COMPARE_WITH_TIMEOUT(m_client->inFlightCount(), 0, 10000);
    QCoreApplication::sendPostedEvents();
    QCOMPARE(pane.jobsModel()->rowCount(), 0);
    QVERIFY(!store.hasLoaded());
}

QTEST_MAIN(tst_ApiLogPane)
#include "tst_apilogpane.moc"
