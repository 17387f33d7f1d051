#include "api/apiclient.h"
#include "import/jobfollower.h"
#include "item/apijobtablemodel.h"
#include "item/apilogentrytablemodel.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "stores/apijobstore.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ra;

// ApiJobStore with ApiJobTableModel and ApiLogEntryTableModel against the
// sandbox: the community's jobs with their counts, a job's history, and a
// refresh that updates rows in place.
class tst_ApiJobStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsJobsWithCounts();
    void loadsHistory();
    void loadFailureIsReported();

private:
    QString submit(const QByteArray &csv, const QString &name);
    void waitDone(const QString &id);

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
};

void tst_ApiJobStore::initTestCase()
{
    QVERIFY(m_sandbox.start(20));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
}

QString tst_ApiJobStore::submit(const QByteArray &csv, const QString &name)
{
    auto outcome = track(m_client->bulkImport(FormField::csvData(csv, name)));
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 10000);
    }();
    return outcome->value.id;
}

void tst_ApiJobStore::waitDone(const QString &id)
{
    JobFollower follower(*m_client, id);
    follower.setInterval(20);
    QSignalSpy finished(&follower, &JobFollower::finished);
    follower.start();
    QVERIFY(finished.wait(20000));
}

void tst_ApiJobStore::listsJobsWithCounts()
{
    const QString a = submit("First Name,Last Name,Username,Email\r\nA,B,s_a,s_a@example.com\r\n"
                             "A,B,s_b,nope\r\n",
                             QStringLiteral("store-a.csv"));
    waitDone(a);
    ApiJobStore store(*m_client);
    ApiJobTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&store, &ApiJobStore::loaded);
    store.reload();
    QVERIFY(store.isLoading());
    QVERIFY(loaded.wait(10000));
    QVERIFY(!store.isLoading());
    const int row = model.rowOf(a);
    QVERIFY(row >= 0);
    auto cell = [&](ApiJobTableModel::Column c) {
        return model.index(row, int(c)).data(Qt::DisplayRole);
    };
    QCOMPARE(cell(ApiJobTableModel::Column::File).toString(), QStringLiteral("store-a.csv"));
    QCOMPARE(cell(ApiJobTableModel::Column::State).toString(), QStringLiteral("done"));
    QCOMPARE(cell(ApiJobTableModel::Column::Total).toLongLong(), 2);
    QCOMPARE(cell(ApiJobTableModel::Column::Created).toLongLong(), 1);
    QCOMPARE(cell(ApiJobTableModel::Column::Failed).toLongLong(), 1);
    QCOMPARE(model.index(row, 0).data(int(ApiJobTableModel::DataRole::Id)).toString(), a);
    QVERIFY(!store.hasActiveJobs());

    // A new job appears on refresh; the old row stays where its id is.
    QPersistentModelIndex kept(model.index(row, 0));
    const QString b = submit("First Name,Last Name,Username,Email\r\nA,B,s_c,s_c@example.com\r\n",
                             QStringLiteral("store-b.csv"));
    store.reload();
    QVERIFY(loaded.wait(10000));
    QVERIFY(model.rowOf(b) >= 0);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(int(ApiJobTableModel::DataRole::Id)).toString(), a);
    QCOMPARE(model.headerData(int(ApiJobTableModel::Column::Failed), Qt::Horizontal).toString(),
             QStringLiteral("Failed"));
}

void tst_ApiJobStore::loadsHistory()
{
    QByteArray csv = "First Name,Last Name,Username,Email\r\n";
    for (int i = 0; i < 30; ++i)
        csv += "A,B,h_" + QByteArray::number(i) + ",bad" + QByteArray::number(i) + "\r\n";
    const QString id = submit(csv, QStringLiteral("history.csv"));
    waitDone(id);
    ApiJobStore store(*m_client);
    ApiLogEntryTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy history(&store, &ApiJobStore::historyLoaded);
    connect(&store, &ApiJobStore::historyLoaded, &model, &ApiLogEntryTableModel::setEntries);
    store.loadHistory(id);
    QVERIFY(history.wait(10000));
    QCOMPARE(history.first().at(0).toString(), id);
    QCOMPARE(model.jobId(), id);
    int failures = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(int(ApiLogEntryTableModel::DataRole::Failed)).toBool()) {
            ++failures;
            QVERIFY(model.index(r, int(ApiLogEntryTableModel::Column::Row)).data().toInt() > 1);
            QVERIFY(!model.index(r, int(ApiLogEntryTableModel::Column::Message))
                         .data()
                         .toString()
                         .isEmpty());
        }
    }
    QCOMPARE(failures, 30);
    QVERIFY(model.rowCount() > 30); // plus state changes and progress lines
}

void tst_ApiJobStore::loadFailureIsReported()
{
    QNetworkAccessManager network;
    ApiClient client(&network);
    ApiClientConfig config = m_sandbox.config();
    config.integrationKey = QStringLiteral("wrong-key");
    client.setConfig(config);
    ApiJobStore store(client);
    QSignalSpy failed(&store, &ApiJobStore::loadFailed);
    store.reload();
    QVERIFY(failed.wait(10000));
    QVERIFY(!store.hasLoaded());
    QVERIFY(!failed.first().at(0).value<ApiError>().userText().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ApiJobStore)
#include "tst_apijobstore.moc"
