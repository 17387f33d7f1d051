#include "api/apiclient.h"
#include "item/userfilterspec.h"
#include "item/usertablemodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ra;

// UserTableModel against the in-process sandbox (450 users: three pages of 200).
class tst_UserTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void fetchMoreCursor();
    void fetchMorePages();
    void serverFilter_data();
    void serverFilter();
    void failureThenRetry();
    void reloadDropsStaleReply();

private:
    void fetchAll(UserTableModel &model);

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
};

void tst_UserTableModel::initTestCase()
{
    QVERIFY(m_sandbox.start(450));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
}

void tst_UserTableModel::init()
{
    m_sandbox.clearFaults();
}

void tst_UserTableModel::fetchAll(UserTableModel &model)
{
    // Drive fetchMore() as a view does when scrolled to the end.
    int guard = 0;
    while (model.canFetchMore({}) && guard++ < 20) {
        QSignalSpy page(&model, &UserTableModel::pageLoaded);
        QSignalSpy failed(&model, &UserTableModel::loadFailed);
        model.fetchMore({});
        QVERIFY(model.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(page.count() + failed.count() > 0, 10000);
        QCOMPARE(failed.count(), 0);
    }
}

void tst_UserTableModel::fetchMoreCursor()
{
    UserTableModel model(*m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy page(&model, &UserTableModel::pageLoaded);
    model.fetchMore({});
    QVERIFY(page.wait(10000));
    // Only the first page: nothing waited for the rest.
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(model.canFetchMore({}));
    fetchAll(model);
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(model.isComplete());
    QCOMPARE(model.pagesLoaded(), 3);
    // Every user once, with the columns filled.
    QSet<QString> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.idAt(r));
    QCOMPARE(ids.size(), 450);
    QVERIFY(!model.textAt(0, UserTableModel::Column::Email).isEmpty());
    QVERIFY(!model.textAt(0, UserTableModel::Column::FirstName).isEmpty());
    QVERIFY(!model.textAt(0, UserTableModel::Column::JoinDate).isEmpty());
    QCOMPARE(model.data(model.index(0, int(UserTableModel::Column::Xp)), Qt::EditRole).toLongLong(),
             model.numberAt(0, UserTableModel::Column::Xp));
    QCOMPARE(model.index(3, 0).data(int(UserTableModel::DataRole::Id)).toString(), model.idAt(3));
    // The lowercase key holds the e-mail.
    const QByteArray email = model.textAt(7, UserTableModel::Column::Email).toLower().toUtf8();
    QVERIFY(model.searchKey(7).toByteArray().contains(email));
}

void tst_UserTableModel::fetchMorePages()
{
    UserTableModel model(*m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPaging(UserTableModel::Paging::Page);
    QSignalSpy page(&model, &UserTableModel::pageLoaded);
    QVERIFY(page.wait(10000));
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(model.totalCount(), 450);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore({}));
}

void tst_UserTableModel::serverFilter_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("range");
    QTest::newRow("email exact") << QStringLiteral("email") << false;
    QTest::newRow("first_name exact") << QStringLiteral("first_name") << false;
    QTest::newRow("last_name exact") << QStringLiteral("last_name") << false;
    QTest::newRow("xp range") << QStringLiteral("xp") << true;
    QTest::newRow("coins range") << QStringLiteral("coins") << true;
    QTest::newRow("join_date range") << QStringLiteral("join_date") << true;
}

void tst_UserTableModel::serverFilter()
{
    QFETCH(QString, key);
    QFETCH(bool, range);
    UserTableModel all(*m_client);
    QSignalSpy first(&all, &UserTableModel::pageLoaded);
    all.fetchMore({});
    QVERIFY(first.wait(10000));
    fetchAll(all);
    UserTableModel::Column column = UserTableModel::Column::Email;
    for (int c = 0; c < int(UserTableModel::Column::Count); ++c) {
        if (UserTableModel::apiField(UserTableModel::Column(c)) == key)
            column = UserTableModel::Column(c);
    }
    // Expected rows computed locally from the unfiltered list.
    const QString probe = all.textAt(17, column);
    const qint64 number = all.numberAt(17, column);
    UserFilterSpec spec;
    int expected = 0;
    for (int r = 0; r < all.rowCount(); ++r) {
        if (!range)
            expected += all.textAt(r, column) == probe;
        else if (UserTableModel::isNumeric(column))
            expected += all.numberAt(r, column) >= number;
        else
            expected += all.textAt(r, column) <= probe;
    }
    if (!range)
        spec.setExact(key, probe);
    else if (UserTableModel::isNumeric(column))
        spec.setRange(key, number, {});
    else
        spec.setRange(key, {}, probe);
    QVERIFY(expected > 0);

    UserTableModel model(*m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy page(&model, &UserTableModel::pageLoaded);
    model.setFilter(spec);
    QVERIFY(page.wait(10000));
    fetchAll(model);
    QCOMPARE(model.rowCount(), expected);
    for (int r = 0; r < model.rowCount(); ++r) {
        if (!range)
            QCOMPARE(model.textAt(r, column), probe);
    }
}

void tst_UserTableModel::failureThenRetry()
{
    m_sandbox.addFault(QStringLiteral("route=getUsersWithFilters;kind=error;status=404;count=1"));
    UserTableModel model(*m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &UserTableModel::loadFailed);
    model.fetchMore({});
    QVERIFY(failed.wait(10000));
    QVERIFY(model.lastError().isError());
    QVERIFY(!model.lastError().userText().isEmpty());
    // No retry storm from a view: only retry() asks again.
    QVERIFY(!model.canFetchMore({}));
    QSignalSpy page(&model, &UserTableModel::pageLoaded);
    model.retry();
    QVERIFY(page.wait(10000));
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(!model.lastError().isError());
}

void tst_UserTableModel::reloadDropsStaleReply()
{
    UserTableModel model(*m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy page(&model, &UserTableModel::pageLoaded);
    model.fetchMore({});
    UserFilterSpec spec;
    spec.setRange(QStringLiteral("xp"), qint64(0), qint64(-1)); // matches nobody
    model.setFilter(spec);
    QVERIFY(page.wait(10000));
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(page.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

QTEST_GUILESS_MAIN(tst_UserTableModel)
#include "tst_usertablemodel.moc"
