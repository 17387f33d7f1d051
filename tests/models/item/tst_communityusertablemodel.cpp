#include "api/apiclient.h"
#include "item/communityusertablemodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ra;

// CommunityUserTableModel against the in-process sandbox (250 members, 100 per page).
class tst_CommunityUserTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fetchMorePages();
    void searchAndRefresh();

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
};

void tst_CommunityUserTableModel::initTestCase()
{
    QVERIFY(m_sandbox.start(250));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
}

void tst_CommunityUserTableModel::fetchMorePages()
{
    CommunityUserTableModel model(*m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy page(&model, &CommunityUserTableModel::pageLoaded);
    model.fetchMore({});
    QVERIFY(page.wait(10000));
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.totalCount(), 250);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QVERIFY(page.wait(10000));
    }
    QCOMPARE(model.rowCount(), 250);
    QCOMPARE(page.count(), 3);
    QVERIFY(!model.idAt(0).isEmpty());
    QVERIFY(
        !model.index(0, int(CommunityUserTableModel::Column::Email)).data().toString().isEmpty());
}

void tst_CommunityUserTableModel::searchAndRefresh()
{
    CommunityUserTableModel model(*m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy page(&model, &CommunityUserTableModel::pageLoaded);
    model.fetchMore({});
    QVERIFY(page.wait(10000));
    const User probe = model.userAt(42);
    model.setSearch(probe.email);
    QVERIFY(page.wait(10000));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.idAt(0), probe.id);
    QSignalSpy refreshed(&model, &CommunityUserTableModel::userRefreshed);
    model.refreshUser(probe.id);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(model.userAt(0).username, probe.username);
    QCOMPARE(model.rowOfId(probe.id), 0);
}

QTEST_GUILESS_MAIN(tst_CommunityUserTableModel)
#include "tst_communityusertablemodel.moc"
