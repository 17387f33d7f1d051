#include "api/apiclient.h"
#include "api/requestlog.h"
#include "charts/chartexport.h"
#include "charts/fieldhistorychart.h"
#include "history/addhistoryentrydialog.h"
#include "history/fieldhistoryaction.h"
#include "history/fieldhistorypane.h"
#include "item/fieldhistorymodel.h"
#include "item/fieldhistoryseries.h"
#include "sandboxfixture.h"
#include "stores/fieldhistorystore.h"
#include "testservices.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ra;

// The Field history pane offscreen over HTTP against the in-process sandbox: it asks for nothing
// until shown, then one page; its filters narrow the server's request; the chart draws a member's
// number field, hovers, zooms and exports; Add Entry refuses a wrong value before sending and
// records a good one; the History action names the field of the current row.
class tst_FieldHistoryPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstPageWhenShown();
    void filtersNarrowTheRequest();
    void chartOfAMembersField();
    void addEntryThroughTheDialog();
    void historyActionNamesTheField();

private:
    QString fieldId(const QString &key) const;
    int requestsOf(const QString &operation) const;
    bool waitPage();

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    RequestLog m_log;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<FieldHistoryStore> m_store;
    std::unique_ptr<FieldHistoryModel> m_model;
    std::unique_ptr<FieldHistorySeries> m_series;
    std::unique_ptr<FieldHistoryPane> m_pane;
    QString m_member; // an ObjectId
};

void tst_FieldHistoryPane::initTestCase()
{
    QVERIFY(m_sandbox.start(80));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
    m_client->setRequestLog(&m_log);
    FieldHistoryQuery q;
    q.userId = QStringLiteral("3");
    bool done = false;
    m_client->getFieldHistoryPage(q, 1, 1)->then(
        this,
        [this, &done](const FieldHistoryPage &page) {
            m_member = page.entries.value(0).userId;
            done = true;
        },
        [&done](const ApiError &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY(!m_member.isEmpty());
}

void tst_FieldHistoryPane::init()
{
    m_store = std::make_unique<FieldHistoryStore>(*m_client);
    m_model = std::make_unique<FieldHistoryModel>(*m_client);
    m_series = std::make_unique<FieldHistorySeries>(*m_client);
    m_pane = std::make_unique<FieldHistoryPane>(*m_store, *m_model, *m_series);
    m_pane->resize(1000, 700);
}

void tst_FieldHistoryPane::cleanup()
{
    m_pane.reset();
    m_series.reset();
    m_model.reset();
    m_store.reset();
}

QString tst_FieldHistoryPane::fieldId(const QString &key) const
{
    for (const UserField &f : m_store->fields()) {
        if (f.field == key)
            return f.id;
    }
    return {};
}

int tst_FieldHistoryPane::requestsOf(const QString &operation) const
{
    int n = 0;
    for (const RequestRecord &r : m_log.records())
        n += r.operationId == operation ? 1 : 0;
    return n;
}

bool tst_FieldHistoryPane::waitPage()
{
    QSignalSpy page(m_model.get(), &PagedTableModel::pageLoaded);
    return page.wait(10000);
}

void tst_FieldHistoryPane::firstPageWhenShown()
{
    const int before = int(m_log.records().size());
    QTest::qWait(0);
    QCOMPARE(int(m_log.records().size()), before); // a pane nobody opened costs nothing
    QSignalSpy fields(m_store.get(), &FieldHistoryStore::fieldsChanged);
    m_pane->show();
    QVERIFY(waitPage());
    QVERIFY(fields.count() || fields.wait(10000));
    QCOMPARE(m_model->rowCount(), FieldHistoryModel::PageSize);
    QVERIFY(m_pane->countText().contains(QLocale().toString(m_model->totalCount())));
    QCOMPARE(m_pane->fieldFilter()->count(), 1 + int(m_store->fields().size()));
    QVERIFY(!m_pane->chartAction()->isEnabled()); // no member and field yet
    test::saveScreenshot(*m_pane, QStringLiteral("fieldhistory-pane"));
}

void tst_FieldHistoryPane::filtersNarrowTheRequest()
{
    m_pane->show();
    QVERIFY(waitPage());
    QSignalSpy fields(m_store.get(), &FieldHistoryStore::fieldsChanged);
    QVERIFY(!m_store->fields().isEmpty() || fields.wait(10000));
    const QString deposit = fieldId(QStringLiteral("deposit-amount"));
    m_pane->fieldFilter()->setCurrentIndex(m_pane->fieldFilter()->findData(deposit));
    QVERIFY(waitPage());
    QVERIFY2(m_log.records().last().url.contains(u"/user-fields/" + deposit + u"/histories?"),
             qPrintable(m_log.records().last().url));
    m_pane->memberFilter()->setText(m_member);
    emit m_pane->memberFilter()->editingFinished();
    QVERIFY(waitPage());
    QVERIFY(m_log.records().last().url.contains(u"/user-fields/" + deposit + u"/histories/" +
                                                m_member + u'?'));
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->entryAt(row).userId, m_member);
    QVERIFY(m_pane->chartAction()->isEnabled());
    test::saveScreenshot(*m_pane, QStringLiteral("fieldhistory-filtered"));
    m_pane->fromDate()->setDate(QDate(2000, 1, 1));
    m_pane->fromCheck()->setChecked(true);
    QVERIFY(waitPage());
    QVERIFY(m_log.records().last().url.contains(u"from=2000-01-01"));
    m_pane->toDate()->setDate(QDate(2000, 12, 31));
    m_pane->toCheck()->setChecked(true);
    QVERIFY(waitPage() || m_model->rowCount() == 0);
    QVERIFY(m_log.records().last().url.contains(u"to=2000-12-31"));
    QCOMPARE(m_model->rowCount(), 0); // the demo's history is recent
}

void tst_FieldHistoryPane::chartOfAMembersField()
{
    m_pane->show();
    QSignalSpy fields(m_store.get(), &FieldHistoryStore::fieldsChanged);
    QVERIFY(fields.wait(10000));
    QSignalSpy loaded(m_series.get(), &FieldHistorySeries::loaded);
    m_pane->showMemberField(m_member, fieldId(QStringLiteral("deposit-amount")));
    QVERIFY(m_pane->chartAction()->isChecked());
    QVERIFY(loaded.wait(10000));
    FieldHistoryChart *chart = m_pane->chart();
    QVERIFY(chart->isVisible());
    QVERIFY(chart->pointCount() >= 2);
    QCOMPARE(chart->pointCount(), int(m_series->points().size()));
    QCOMPARE(chart->values().last(), m_series->points().last().value);
    QVERIFY(chart->stateText().isEmpty());
    const int last = chart->pointCount() - 1;
    chart->hoverAt(chart->pointOf(last));
    test::saveScreenshot(*m_pane, QStringLiteral("fieldhistory-chart"));
    QVERIFY2(
        chart->hoverText().endsWith(QLocale().toString(m_series->points().last().value, 'g', 15)),
        qPrintable(chart->hoverText()));
    QVERIFY(!chart->isZoomed());
    chart->zoom(0.5);
    QVERIFY(chart->isZoomed());
    chart->resetZoom();
    QVERIFY(!chart->isZoomed());
    QTemporaryDir dir;
    QString error;
    QVERIFY2(chart->exporter()->savePng(dir.filePath(QStringLiteral("h.png")), &error),
             qPrintable(error));
    QVERIFY2(chart->exporter()->savePdf(dir.filePath(QStringLiteral("h.pdf")), &error),
             qPrintable(error));
    QVERIFY2(chart->exporter()->saveCsv(dir.filePath(QStringLiteral("h.csv")), &error),
             qPrintable(error));
    QFile csv(dir.filePath(QStringLiteral("h.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count('\n'), chart->pointCount() + 1);
    QVERIFY(QFile(dir.filePath(QStringLiteral("h.png"))).size() > 1000);
    QVERIFY(QFile(dir.filePath(QStringLiteral("h.pdf"))).size() > 1000);
    // A text field is not charted.
    m_pane->showMemberField(m_member, fieldId(QStringLiteral("tier")));
    QVERIFY(!m_pane->chartAction()->isEnabled());
    QVERIFY(!chart->isVisible());
}

void tst_FieldHistoryPane::addEntryThroughTheDialog()
{
    m_pane->show();
    QSignalSpy fields(m_store.get(), &FieldHistoryStore::fieldsChanged);
    QVERIFY(fields.wait(10000));
    const QString deposit = fieldId(QStringLiteral("deposit-amount"));
    m_pane->showMemberField(m_member, deposit);
    QVERIFY(waitPage());
    m_pane->addEntry();
    auto *dialog = m_pane->findChild<AddHistoryEntryDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->memberEdit()->text(), m_member);
    QCOMPARE(dialog->fieldCombo()->currentData().toString(), deposit);
    const int sent = requestsOf(QStringLiteral("createFieldHistory"));
    dialog->valueEdit()->setText(QStringLiteral("a lot"));
    dialog->accept();
    test::saveScreenshot(*dialog, QStringLiteral("fieldhistory-add-refused"));
    QVERIFY2(dialog->problemText().contains(u"deposit-amount"), qPrintable(dialog->problemText()));
    QCOMPARE(requestsOf(QStringLiteral("createFieldHistory")), sent); // refused before sending
    QVERIFY(dialog->isVisible());
    dialog->valueEdit()->setText(QStringLiteral("4242"));
    QSignalSpy added(dialog, &AddHistoryEntryDialog::entryAdded);
    QSignalSpy page(m_model.get(), &PagedTableModel::pageLoaded);
    dialog->accept();
    QVERIFY(added.wait(10000));
    QCOMPARE(requestsOf(QStringLiteral("createFieldHistory")), sent + 1);
    QVERIFY(page.wait(10000));
    QCOMPARE(historyValueText(m_model->entryAt(0).value), QStringLiteral("4242"));
    QCOMPARE(m_model->entryAt(0).changedBy, QStringLiteral("createFieldHistory"));
}

void tst_FieldHistoryPane::historyActionNamesTheField()
{
    QTreeWidget fields;
    fields.setColumnCount(2);
    fields.addTopLevelItem(
        new QTreeWidgetItem({QStringLiteral("customerid"), QStringLiteral("C1")}));
    fields.addTopLevelItem(
        new QTreeWidgetItem({QStringLiteral("deposit-amount"), QStringLiteral("250")}));
    auto *action = new FieldHistoryAction(&fields);
    QVERIFY(fields.actions().contains(action->action()));
    QSignalSpy requested(action, &FieldHistoryAction::requested);
    action->action()->trigger();
    QCOMPARE(requested.count(), 0); // no current row
    fields.setCurrentItem(fields.topLevelItem(1), 1);
    action->action()->trigger();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), QStringLiteral("deposit-amount"));
}

QTEST_MAIN(tst_FieldHistoryPane)
#include "tst_fieldhistorypane.moc"
