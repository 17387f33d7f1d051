#include "api/apiclient.h"
#include "api/requestlog.h"
#include "item/fieldhistorymodel.h"
#include "item/fieldhistoryseries.h"
#include "sandboxfixture.h"
#include "stores/fieldhistorystore.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace ra;

// The Field history timeline, its chart series and its store against the in-process sandbox
// over HTTP: paging, the four list operations chosen by the filters, the time range and order in
// the request, a bulk update's change in the member's history and chart data, and adding an
// entry.
class tst_FieldHistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesNewestFirst();
    void filtersNarrowTheRequest_data();
    void filtersNarrowTheRequest();
    void dateRangeNarrowsTheRows();
    void bulkUpdateAppearsInHistoryAndChart();
    void addedEntryIsListed();
    void textFieldHasNoChart();
    void fieldColumnNamesTheField();

private:
    QString fieldId(const QString &key) const;
    QString lastUrl() const;
    bool waitPage(FieldHistoryModel &model);

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    RequestLog m_log;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<FieldHistoryStore> m_store;
    UserData m_member;
    QString m_memberId; // the ObjectId the history lists name members by
};

void tst_FieldHistoryModel::initTestCase()
{
    QVERIFY(m_sandbox.start(120));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
    m_client->setRequestLog(&m_log);
    m_store = std::make_unique<FieldHistoryStore>(*m_client);
    QSignalSpy fields(m_store.get(), &FieldHistoryStore::fieldsChanged);
    m_store->reloadFields();
    QVERIFY(fields.wait(10000));
    QVERIFY(!fieldId(QStringLiteral("deposit-amount")).isEmpty());
    bool done = false;
    m_client->getUserData(QStringLiteral("7"))
        ->then(
            this,
            [this, &done](const UserData &u) {
                m_member = u;
                done = true;
            },
            [&done](const ApiError &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    // The lists name members by ObjectId; Get User Data gives the numeric id.
    FieldHistoryQuery byNumber;
    byNumber.userId = m_member.userId;
    done = false;
    m_client->getFieldHistoryPage(byNumber, 1, 1)
        ->then(
            this,
            [this, &done](const FieldHistoryPage &page) {
                m_memberId = page.entries.value(0).userId;
                done = true;
            },
            [&done](const ApiError &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY(!m_memberId.isEmpty());
}

QString tst_FieldHistoryModel::fieldId(const QString &key) const
{
    for (const UserField &f : m_store->fields()) {
        if (f.field == key)
            return f.id;
    }
    return {};
}

QString tst_FieldHistoryModel::lastUrl() const
{
    return m_log.records().isEmpty() ? QString() : m_log.records().last().url;
}

bool tst_FieldHistoryModel::waitPage(FieldHistoryModel &model)
{
    QSignalSpy page(&model, &PagedTableModel::pageLoaded);
    QSignalSpy failed(&model, &PagedTableModel::loadFailed);
    if (!page.wait(10000) || !failed.isEmpty()) {
        qWarning() << "no page:" << (failed.isEmpty() ? QString() : model.lastError().userText());
        return false;
    }
    return true;
}

void tst_FieldHistoryModel::pagesNewestFirst()
{
    FieldHistoryModel model(*m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery({});
    QVERIFY(waitPage(model));
    QCOMPARE(model.rowCount(), FieldHistoryModel::PageSize);
    QVERIFY(model.totalCount() > FieldHistoryModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(waitPage(model));
    QCOMPARE(model.rowCount(), 2 * FieldHistoryModel::PageSize);
    QDateTime previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QDateTime when =
            model.index(row, 0).data(int(FieldHistoryModel::DataRole::Timestamp)).toDateTime();
        QVERIFY(when.isValid());
        if (previous.isValid())
            QVERIFY2(when <= previous, qPrintable(QString::number(row)));
        previous = when;
    }
    const QModelIndex by = model.index(0, int(FieldHistoryModel::Column::ChangedBy));
    QCOMPARE(by.data().toString(), FieldHistoryModel::changedByText(QStringLiteral("seed")));
}

void tst_FieldHistoryModel::filtersNarrowTheRequest_data()
{
    QTest::addColumn<bool>("byField");
    QTest::addColumn<bool>("byMember");
    QTest::addColumn<QString>("path");
    QTest::newRow("all") << false << false << QStringLiteral("/user-field-histories?");
    QTest::newRow("field") << true << false << QStringLiteral("/user-fields/F/histories?");
    QTest::newRow("member") << false << true << QStringLiteral("/users/U/user-field-histories?");
    QTest::newRow("field and member")
        << true << true << QStringLiteral("/user-fields/F/histories/U?");
}

void tst_FieldHistoryModel::filtersNarrowTheRequest()
{
    QFETCH(bool, byField);
    QFETCH(bool, byMember);
    QFETCH(QString, path);
    const QString deposit = fieldId(QStringLiteral("deposit-amount"));
    FieldHistoryQuery q;
    if (byField)
        q.fieldId = deposit;
    if (byMember)
        q.userId = m_memberId;
    FieldHistoryModel model(*m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(q);
    QVERIFY(waitPage(model));
    path.replace(QStringLiteral("F"), deposit).replace(QStringLiteral("U"), m_memberId);
    QVERIFY2(lastUrl().contains(path), qPrintable(lastUrl()));
    QVERIFY(lastUrl().contains(QStringLiteral("order=desc")));
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const FieldHistoryEntry &e = model.entryAt(row);
        if (byField)
            QCOMPARE(e.fieldId, deposit);
        if (byMember)
            QCOMPARE(e.userId, m_memberId);
    }
}

void tst_FieldHistoryModel::dateRangeNarrowsTheRows()
{
    FieldHistoryModel all(*m_client);
    all.setQuery({});
    QVERIFY(waitPage(all));
    // The range of one day of the newest page: fewer rows, all inside it.
    const QDateTime newest =
        all.index(0, 0).data(int(FieldHistoryModel::DataRole::Timestamp)).toDateTime();
    FieldHistoryQuery q;
    q.from = QDateTime(newest.date(), QTime(0, 0), Qt::UTC);
    q.to = QDateTime(newest.date(), QTime(23, 59, 59, 999), Qt::UTC);
    FieldHistoryModel model(*m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(q);
    QVERIFY(waitPage(model));
    const QUrlQuery sent(QUrl(lastUrl()).query());
    QCOMPARE(QDateTime::fromString(sent.queryItemValue(QStringLiteral("from")), Qt::ISODateWithMs),
             q.from);
    QCOMPARE(QDateTime::fromString(sent.queryItemValue(QStringLiteral("to")), Qt::ISODateWithMs),
             q.to);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.totalCount() < all.totalCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QDateTime when =
            model.index(row, 0).data(int(FieldHistoryModel::DataRole::Timestamp)).toDateTime();
        QVERIFY(when >= q.from && when <= q.to);
    }
}

void tst_FieldHistoryModel::bulkUpdateAppearsInHistoryAndChart()
{
    const QString deposit = fieldId(QStringLiteral("deposit-amount"));
    const QString before = m_member.customFields.value(QStringLiteral("deposit-amount")).toString();
    QVERIFY(!before.isEmpty());
    const QString after = QString::number(before.toLongLong() + 4321);
    ImportJob job;
    m_client
        ->bulkUpdate(FormField::csvData("Email,deposit-amount\n" + m_member.email.toUtf8() + ',' +
                                            after.toUtf8() + '\n',
                                        QStringLiteral("deposit.csv")))
        ->then(
            this, [&job](const ImportJob &j) { job = j; }, [](const ApiError &) {});
    QTRY_VERIFY_WITH_TIMEOUT(!job.id.isEmpty(), 10000);
    QString state;
    QElapsedTimer waited;
    waited.start();
    while (state != u"done" && state != u"failed" && waited.elapsed() < 20000) {
        bool answered = false;
        m_client->getApiLogJob(job.id)->then(
            this,
            [&](const ImportJob &j) {
                state = j.state;
                answered = true;
            },
            [&](const ApiError &) { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    }
    QCOMPARE(state, QStringLiteral("done"));

    FieldHistoryModel model(*m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FieldHistoryQuery q;
    q.fieldId = deposit;
    q.userId = m_memberId;
    model.setQuery(q);
    QVERIFY(waitPage(model));
    QVERIFY(model.rowCount() >= 2);
    const FieldHistoryEntry &newest = model.entryAt(0);
    QCOMPARE(historyValueText(newest.value), after);
    QCOMPARE(historyValueText(newest.previousValue), before);
    QCOMPARE(newest.changedBy, QStringLiteral("bulkUpdate"));

    FieldHistorySeries series(*m_client);
    QSignalSpy loaded(&series, &FieldHistorySeries::loaded);
    series.load(deposit, m_memberId);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(series.kind(), FieldHistorySeries::Kind::Number);
    QCOMPARE(series.points().size(), model.rowCount());
    QCOMPARE(series.points().last().value, after.toDouble());
    QCOMPARE(series.points().at(series.points().size() - 2).value, before.toDouble());
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(series.writeCsv(&csv, &error));
    QVERIFY(csv.data().startsWith("when,deposit-amount\r\n"));
    const QByteArray lastLine = "," + after.toUtf8() + "\r\n";
    QVERIFY(csv.data().endsWith(lastLine));
}

void tst_FieldHistoryModel::addedEntryIsListed()
{
    const QString birthday = fieldId(QStringLiteral("birthday"));
    QSignalSpy added(m_store.get(), &FieldHistoryStore::entryAdded);
    m_store->addEntry(m_member.email, birthday, QStringLiteral("1990-04-01"));
    QVERIFY(added.wait(10000));
    const auto entry = added.first().first().value<FieldHistoryEntry>();
    QCOMPARE(entry.changedBy, QStringLiteral("createFieldHistory"));
    FieldHistoryModel model(*m_client);
    FieldHistoryQuery q;
    q.fieldId = birthday;
    q.userId = m_memberId;
    model.setQuery(q);
    QVERIFY(waitPage(model));
    QCOMPARE(model.entryAt(0).id, entry.id);
    QCOMPARE(historyValueText(model.entryAt(0).value), QStringLiteral("1990-04-01"));

    FieldHistorySeries series(*m_client);
    QSignalSpy loaded(&series, &FieldHistorySeries::loaded);
    series.load(birthday, m_memberId);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(series.kind(), FieldHistorySeries::Kind::Date);
    QCOMPARE(series.points().last().value, double(QDate(1970, 1, 1).daysTo(QDate(1990, 4, 1))));

    // A value of the wrong type is refused, naming the field.
    QSignalSpy refused(m_store.get(), &FieldHistoryStore::addFailed);
    m_store->addEntry(m_member.email, birthday, QStringLiteral("next week"));
    QVERIFY(refused.wait(10000));
    QVERIFY2(refused.first().first().value<ApiError>().userText().contains(u"birthday"),
             qPrintable(refused.first().first().value<ApiError>().userText()));
}

void tst_FieldHistoryModel::textFieldHasNoChart()
{
    FieldHistorySeries series(*m_client);
    QSignalSpy loaded(&series, &FieldHistorySeries::loaded);
    series.load(fieldId(QStringLiteral("tier")), m_memberId);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(series.kind(), FieldHistorySeries::Kind::None);
    QVERIFY(series.points().isEmpty());
}

// The Field column shows the community's name for a field once the names are known, by the
// entry's field id, and tells the view which cells changed.
void tst_FieldHistoryModel::fieldColumnNamesTheField()
{
    FieldHistoryModel model(*m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery({});
    QVERIFY(waitPage(model));
    const int field = int(FieldHistoryModel::Column::Field);
    const QString id = model.index(0, 0).data(int(FieldHistoryModel::DataRole::FieldId)).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(model.index(0, field).data().toString() != QStringLiteral("Named for the test"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setFieldNames({{id, QStringLiteral("Named for the test")}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, field).data().toString(), QStringLiteral("Named for the test"));
}

QTEST_GUILESS_MAIN(tst_FieldHistoryModel)
#include "tst_fieldhistorymodel.moc"
