#include "api/apiclient.h"
#include "item/userfiltermodel.h"
#include "item/usertablemodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ra;

// UserFilterModel over rows loaded from the in-process sandbox: quick filter and sort.
class tst_UserFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void quickFilter();
    void sortsNumbersAndText();
    void newPagesAreFiltered();
    void filterWhileSortedKeepsOrder();

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<UserTableModel> m_model;
};

void tst_UserFilterModel::initTestCase()
{
    QVERIFY(m_sandbox.start(400));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
    m_model = std::make_unique<UserTableModel>(*m_client);
    QVERIFY(!m_model->canFetchMore({})); // nothing is asked before the first fetchMore()
    do {
        QSignalSpy page(m_model.get(), &UserTableModel::pageLoaded);
        m_model->fetchMore({});
        QVERIFY(page.wait(10000));
    } while (m_model->canFetchMore({}));
    QCOMPARE(m_model->rowCount(), 400);
}

void tst_UserFilterModel::quickFilter()
{
    UserFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setUserModel(m_model.get());
    QCOMPARE(proxy.rowCount(), 400);
    const QString email = m_model->textAt(123, UserTableModel::Column::Email);
    proxy.setQuickFilter(QStringLiteral("  ") + email.toUpper() + QStringLiteral(" "));
    QCOMPARE(proxy.quickFilter(), email.toUpper());
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(int(UserTableModel::DataRole::Id)).toString(),
             m_model->idAt(123));
    // A first name matches every row that has it, in any column.
    const QString first = m_model->textAt(5, UserTableModel::Column::FirstName);
    int expected = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        bool any = false;
        for (int c = 0; c < int(UserTableModel::Column::Xp); ++c)
            any =
                any ||
                m_model->textAt(r, UserTableModel::Column(c)).contains(first, Qt::CaseInsensitive);
        expected += any;
    }
    proxy.setQuickFilter(first.toLower());
    QCOMPARE(proxy.rowCount(), expected);
    proxy.setQuickFilter(QStringLiteral("no such member zzz"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setQuickFilter({});
    QCOMPARE(proxy.rowCount(), 400);
}

void tst_UserFilterModel::sortsNumbersAndText()
{
    UserFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setUserModel(m_model.get());
    proxy.sort(int(UserTableModel::Column::Xp), Qt::DescendingOrder);
    for (int r = 1; r < proxy.rowCount(); ++r) {
        QVERIFY(
            proxy.index(r - 1, int(UserTableModel::Column::Xp)).data(Qt::EditRole).toLongLong() >=
            proxy.index(r, int(UserTableModel::Column::Xp)).data(Qt::EditRole).toLongLong());
    }
    proxy.sort(int(UserTableModel::Column::LastName), Qt::AscendingOrder);
    for (int r = 1; r < proxy.rowCount(); ++r) {
        const QString a =
            proxy.index(r - 1, int(UserTableModel::Column::LastName)).data().toString();
        const QString b = proxy.index(r, int(UserTableModel::Column::LastName)).data().toString();
        QVERIFY2(a.toLower().toUtf8() <= b.toLower().toUtf8(), qPrintable(a + u" > " + b));
    }
}

void tst_UserFilterModel::newPagesAreFiltered()
{
    UserTableModel model(*m_client);
    UserFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setUserModel(&model);
    const QString email = m_model->textAt(350, UserTableModel::Column::Email); // on page 2
    proxy.setQuickFilter(email);
    QSignalSpy page(&model, &UserTableModel::pageLoaded);
    model.fetchMore({});
    QVERIFY(page.wait(10000));
    QCOMPARE(proxy.rowCount(), 0);
    model.fetchMore({});
    QVERIFY(page.wait(10000));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, int(UserTableModel::Column::Email)).data().toString(), email);
}

void tst_UserFilterModel::filterWhileSortedKeepsOrder()
{
    UserFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setUserModel(m_model.get());
    auto sorted = [&proxy](int column, Qt::SortOrder order) {
        for (int r = 1; r < proxy.rowCount(); ++r) {
            const QVariant a = proxy.index(r - 1, column).data(int(UserTableModel::DataRole::Sort));
            const QVariant b = proxy.index(r, column).data(int(UserTableModel::DataRole::Sort));
            const bool inOrder =
                a.typeId() == QMetaType::LongLong
                    ? (order == Qt::AscendingOrder ? a.toLongLong() <= b.toLongLong()
                                                   : a.toLongLong() >= b.toLongLong())
                    : (order == Qt::AscendingOrder
                           ? a.toString().toUtf8() <= b.toString().toUtf8()
                           : a.toString().toUtf8() >= b.toString().toUtf8());
            if (!inOrder)
                return false;
        }
        return true;
    };
    for (int column :
         {int(UserTableModel::Column::FirstName), int(UserTableModel::Column::Coins)}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.setQuickFilter({});
            proxy.sort(column, order);
            QVERIFY(sorted(column, order));
            // The first filter while sorted builds the ranks; the order must not change.
            proxy.setQuickFilter(QStringLiteral("an"));
            QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < 400);
            QVERIFY(sorted(column, order));
            proxy.setQuickFilter(QStringLiteral("ann"));
            QVERIFY(sorted(column, order));
            proxy.setQuickFilter({});
            QCOMPARE(proxy.rowCount(), 400);
            QVERIFY(sorted(column, order));
        }
    }
}

QTEST_GUILESS_MAIN(tst_UserFilterModel)
#include "tst_userfiltermodel.moc"
