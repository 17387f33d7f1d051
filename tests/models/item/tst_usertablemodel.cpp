#include "api/apiclient.h"
#include "item/tablecsvwriter.h"
#include "item/userfilterspec.h"
#include "item/usertablemodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDate>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QScopeGuard>
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
    void csvKeepsPlainNumbersUnderGerman();

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

// The table shows numbers and dates the way the chosen language writes them ("12.345",
// "01.05.24" in German), while Export CSV writes numbers plain ("12345") and the join date as
// the API's ISO text, whatever the language, so that a spreadsheet or script reads the file the
// same everywhere.
void tst_UserTableModel::csvKeepsPlainNumbersUnderGerman()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    UserTableModel model(*m_client);
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0 && !model.isLoading(), 10000);
    const int xp = int(UserTableModel::Column::Xp);
    const int joined = int(UserTableModel::Column::JoinDate);
    int big = -1; // a row whose XP needs a thousands separator
    for (int row = 0; row < model.rowCount() && big < 0; ++row) {
        if (model.index(row, xp).data(Qt::EditRole).toLongLong() >= 1000)
            big = row;
    }
    QVERIFY2(big >= 0, "the demo community has a member with 1,000 XP or more");
    const qint64 value = model.index(big, xp).data(Qt::EditRole).toLongLong();
    QCOMPARE(model.index(big, xp).data().toString(), QLocale().toString(value));
    QVERIFY(model.index(big, xp).data().toString().contains(u'.'));
    // The join date as German writes a date ("01.05.24"), from the API's ISO text.
    const QString isoJoined = model.index(big, joined).data(Qt::EditRole).toString();
    const QDate day = QDate::fromString(isoJoined.left(10), Qt::ISODate);
    QVERIFY2(day.isValid(), qPrintable(isoJoined));
    QCOMPARE(model.index(big, joined).data().toString(),
             QLocale().toString(day, QLocale::ShortFormat));
    QCOMPARE(model.index(big, joined).data().toString(), day.toString(QStringLiteral("dd.MM.yy")));

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    TableCsvWriter writer(model, {xp, joined}, buffer);
    QVERIFY(writer.writeHeader());
    QVERIFY(writer.writeRows(model.rowCount()));
    const QStringList lines =
        QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), model.rowCount() + 1);
    const QStringList cells = lines.at(big + 1).split(u',');
    QCOMPARE(cells.value(0), QString::number(value));
    QCOMPARE(cells.value(1), isoJoined);
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}"));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QStringList c = lines.at(row + 1).split(u',');
        QVERIFY2(!c.value(0).contains(u'.'), qPrintable(lines.at(row + 1)));
        if (!c.value(1).isEmpty())
            QVERIFY2(iso.match(c.value(1)).hasMatch(), qPrintable(lines.at(row + 1)));
    }
}

QTEST_GUILESS_MAIN(tst_UserTableModel)
#include "tst_usertablemodel.moc"
