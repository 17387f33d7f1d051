#include "api/apiclient.h"
#include "api/requestlog.h"
#include "domain/userfield.h"
#include "item/communityusertablemodel.h"
#include "item/csvexportjob.h"
#include "item/userfiltermodel.h"
#include "item/usertablemodel.h"
#include "messagebar.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "stores/newuserrequest.h"
#include "stores/userfieldstore.h"
#include "testservices.h"
#include "users/columnchooser.h"
#include "users/communityusersview.h"
#include "users/savedfiltermenu.h"
#include "users/userfilterbar.h"
#include "users/userspane.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ra;

namespace {
// A minimal RFC 4180 reader for reading the export back.
QList<QStringList> parseCsv(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(cell);
            cell.clear();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            row.append(cell);
            cell.clear();
            rows.append(row);
            row.clear();
        } else {
            cell += c;
        }
    }
    return rows;
}
} // namespace

// The Users pane offscreen against the in-process sandbox (450 users): paging, the server
// filter bar, the quick filter, the column chooser, export, saved filters, errors with Retry
// and the Community tab.
class tst_UsersPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void loadsFirstPageAndPagesOnScroll();
    void serverFilterFromBar();
    void customFieldFilterFromBar();
    void invalidRangeNamesField();
    void quickFilterAndSelection();
    void exportVisibleColumnsWithFormulaGuard();
    void exportReadsEveryMatchingMember();
    void countsSayTotalOrUnknown();
    void savedFiltersPerProfile();
    void moreFiltersRemembered();
    void loadFailureShowsRetry();
    void communityTab();
    void shortcutsEmit();

private:
    std::unique_ptr<UsersPane> makePane();

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    RequestLog m_log; // every request the client has finished
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<test::Services> m_services;
    std::unique_ptr<UserTableModel> m_users;
    std::unique_ptr<CommunityUserTableModel> m_community;
    QString m_formulaName = QStringLiteral("=SUM(1,2)");
};

void tst_UsersPane::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.start(450));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
    m_client->setRequestLog(&m_log);
    // A member whose first name a spreadsheet would run as a formula.
    NewUserRequest user;
    user.firstName = m_formulaName;
    user.lastName = QStringLiteral("Formula");
    user.username = QStringLiteral("formula.user");
    user.displayName = QStringLiteral("Formula User");
    user.email = QStringLiteral("formula@example.com");
    user.password = user.confirmPassword = QStringLiteral("secret-123");
    auto created = track(m_client->createUser(user.toJson()));
    QTRY_VERIFY_WITH_TIMEOUT(created->done, 10000);
    QVERIFY2(!created->error.isError(), qPrintable(created->error.userText()));
}

void tst_UsersPane::init()
{
    m_sandbox.clearFaults();
    m_services = std::make_unique<test::Services>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_users = std::make_unique<UserTableModel>(*m_client);
    m_community = std::make_unique<CommunityUserTableModel>(*m_client);
}

void tst_UsersPane::cleanup()
{
    m_users.reset();
    m_community.reset();
    m_services.reset();
}

std::unique_ptr<UsersPane> tst_UsersPane::makePane()
{
    auto *detail = new QLabel(QStringLiteral("detail"));
    auto pane = std::make_unique<UsersPane>(*m_users, *m_community, m_services->settings,
                                            m_services->profiles, detail);
    pane->resize(1300, 700);
    pane->show();
    return pane;
}

void tst_UsersPane::loadsFirstPageAndPagesOnScroll()
{
    // Built but not shown (the app builds every pane at start-up): its tables lay out, and
    // item views ask for more rows when they lay out, yet nothing is requested.
    m_log.clear();
    auto *detail = new QLabel(QStringLiteral("detail"));
    auto pane = std::make_unique<UsersPane>(*m_users, *m_community, m_services->settings,
                                            m_services->profiles, detail);
    pane->resize(1300, 700);
    pane->view()->doItemsLayout();
    pane->findChild<QTableView *>(QStringLiteral("communityTable"))->doItemsLayout();
    // Whatever the layouts queued has run: no request was started.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(m_client->inFlightCount(), 0);
    QCOMPARE(m_log.size(), 0);
    QCOMPARE(m_users->pagesLoaded(), 0);
    QCOMPARE(m_community->pagesLoaded(), 0);
    QVERIFY(!m_users->canFetchMore({}));
    pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(pane.get()));
    // Showing the pane asks for the first page only.
    QTRY_COMPARE_WITH_TIMEOUT(pane->proxy()->rowCount(), 200, 10000);
    QVERIFY(m_log.size() > 0); // the log does record the pane's requests
    QVERIFY(m_users->canFetchMore({}));
    QTRY_VERIFY(!m_users->isLoading());
    // Scrolling to the end makes the view ask for the next page.
    pane->view()->scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(m_users->rowCount(), 400, 10000);
    QTRY_VERIFY(!m_users->isLoading());
    pane->view()->scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(m_users->rowCount(), 451, 10000);
    QTRY_VERIFY(m_users->isComplete());
    QVERIFY(pane->findChild<QLabel *>(QStringLiteral("usersStatus"))->text().contains(u"451"));
    test::saveScreenshot(*pane, QStringLiteral("users-pane"));
}

void tst_UsersPane::serverFilterFromBar()
{
    auto pane = makePane();
    QTRY_COMPARE_WITH_TIMEOUT(m_users->rowCount(), 200, 10000);
    const QString email = m_users->textAt(42, UserTableModel::Column::Email);
    auto *edit = pane->findChild<QLineEdit *>(QStringLiteral("filterEmail"));
    QVERIFY(edit);
    QTest::keyClicks(edit, email);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_users->isLoading() && m_users->rowCount() == 1, 10000);
    QCOMPARE(m_users->textAt(0, UserTableModel::Column::Email), email);
    QCOMPARE(m_users->filter().toJson().value(u"email").toString(), email);
    // An XP range through the editors, in page mode.
    pane->filterBar()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(m_users->rowCount(), 200, 10000);
    pane->filterBar()->setPaging(UserTableModel::Paging::Page);
    m_users->setPaging(UserTableModel::Paging::Page);
    QTest::keyClicks(pane->findChild<QLineEdit *>(QStringLiteral("filterXpMin")),
                     QStringLiteral("2000"));
    QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("filterApply")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_users->isLoading() && m_users->pagesLoaded() == 1, 10000);
    QVERIFY(m_users->totalCount() >= 0);
    for (int r = 0; r < m_users->rowCount(); ++r)
        QVERIFY(m_users->numberAt(r, UserTableModel::Column::Xp) >= 2000);
}

void tst_UsersPane::customFieldFilterFromBar()
{
    // Three members get a tier no seeded member has, through the API.
    auto fields = track(m_client->getUserFields());
    QTRY_VERIFY_WITH_TIMEOUT(fields->done, 10000);
    QString tierId;
    for (const UserField &f : std::as_const(fields->value)) {
        if (f.field == u"tier")
            tierId = f.id;
    }
    QVERIFY(!tierId.isEmpty());
    const QStringList diamond = {QStringLiteral("12"), QStringLiteral("250"),
                                 QStringLiteral("431")};
    for (const QString &id : diamond) {
        auto set = track(m_client->createFieldHistory(id, tierId, QStringLiteral("Diamond")));
        QTRY_VERIFY_WITH_TIMEOUT(set->done, 10000);
        QVERIFY2(!set->error.isError(), qPrintable(set->error.userText()));
    }
    // A seeded member's derived customer id, as Get User Data reports it.
    auto member = track(m_client->getUserData(QStringLiteral("77")));
    QTRY_VERIFY_WITH_TIMEOUT(member->done, 10000);
    const QString customer =
        member->value.customFields.value(QStringLiteral("customerid")).toString();
    QVERIFY(!customer.isEmpty());

    auto pane = makePane();
    QTRY_COMPARE_WITH_TIMEOUT(m_users->rowCount(), 200, 10000);
    // The bar offers the community's fields by name, not a free-text key.
    UserFieldStore fieldStore(*m_client);
    fieldStore.reload();
    QTRY_VERIFY_WITH_TIMEOUT(fieldStore.hasLoaded(), 10000);
    pane->filterBar()->setUserFields(&fieldStore);
    auto *key = pane->findChild<QComboBox *>(QStringLiteral("filterCustomKey"));
    auto *value = pane->findChild<QLineEdit *>(QStringLiteral("filterCustomValue"));
    auto *apply = pane->findChild<QPushButton *>(QStringLiteral("filterApply"));
    QVERIFY(key && value && apply);
    auto shownIds = [&pane] {
        QStringList ids;
        for (int r = 0; r < pane->proxy()->rowCount(); ++r)
            ids.append(
                pane->proxy()->index(r, int(UserTableModel::Column::UserId)).data().toString());
        return ids;
    };
    QCOMPARE(key->count(), int(fieldStore.fields().size()) + 1); // and "(none)"
    QVERIFY(key->findText(QStringLiteral("Deposit Amount")) > 0);
    key->setCurrentIndex(key->findText(QStringLiteral("Tier")));
    QCOMPARE(key->currentData().toString(), QStringLiteral("tier"));
    QTest::keyClicks(value, QStringLiteral("Diamond"));
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_users->isLoading() && m_users->isComplete() &&
                                 m_users->rowCount() == diamond.size(),
                             10000);
    QCOMPARE(m_users->filter().toJson(),
             QJsonObject({{QStringLiteral("tier"), QStringLiteral("Diamond")}}));
    QCOMPARE(shownIds(), diamond);
    test::saveScreenshot(*pane, QStringLiteral("users-custom-filter"));
    // A seeded (derived) value, in page mode: the one member it belongs to.
    pane->filterBar()->setPaging(UserTableModel::Paging::Page);
    m_users->setPaging(UserTableModel::Paging::Page);
    value->clear();
    // A value that does not suit the field's type is refused, naming the field.
    key->setCurrentIndex(key->findData(QStringLiteral("deposit-amount")));
    QTest::keyClicks(value, QStringLiteral("lots"));
    QVERIFY(!apply->isEnabled());
    QVERIFY2(pane->filterBar()->problem().contains(QStringLiteral("Deposit Amount")),
             qPrintable(pane->filterBar()->problem()));
    value->clear();
    key->setCurrentIndex(key->findData(QStringLiteral("customerid")));
    QTest::keyClicks(value, customer);
    QTest::keyClick(value, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_users->isLoading() && m_users->pagesLoaded() == 1 &&
                                 m_users->filter().toJson().contains(u"customerid"),
                             10000);
    QCOMPARE(shownIds(), QStringList{QStringLiteral("77")});
    QCOMPARE(m_users->totalCount(), qint64(1));
}

void tst_UsersPane::invalidRangeNamesField()
{
    auto pane = makePane();
    UserFilterBar *bar = pane->filterBar();
    QTest::keyClicks(pane->findChild<QLineEdit *>(QStringLiteral("filterCoinsMin")),
                     QStringLiteral("50"));
    QTest::keyClicks(pane->findChild<QLineEdit *>(QStringLiteral("filterCoinsMax")),
                     QStringLiteral("5"));
    QVERIFY(!bar->applyButton()->isEnabled());
    auto *problem = pane->findChild<QLabel *>(QStringLiteral("filterProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"Coins"), qPrintable(problem->text()));
    // Letters never reach a number field.
    auto *xp = pane->findChild<QLineEdit *>(QStringLiteral("filterXpMin"));
    QTest::keyClicks(xp, QStringLiteral("1a2"));
    QCOMPARE(xp->text(), QStringLiteral("12"));
}

void tst_UsersPane::quickFilterAndSelection()
{
    auto pane = makePane();
    QTRY_COMPARE_WITH_TIMEOUT(m_users->rowCount(), 200, 10000);
    QSignalSpy current(pane.get(), &UsersPane::currentUserChanged);
    const QString username = m_users->textAt(77, UserTableModel::Column::Username);
    pane->find(); // Ctrl+F from the main window
    QVERIFY(pane->quickFilterBox()->hasFocus() || !QApplication::focusWidget());
    QTest::keyClicks(pane->quickFilterBox(), username.toUpper());
    QTRY_VERIFY(pane->proxy()->rowCount() >= 1);
    for (int r = 0; r < pane->proxy()->rowCount(); ++r) {
        QVERIFY(pane->proxy()
                    ->index(r, int(UserTableModel::Column::Username))
                    .data()
                    .toString()
                    .contains(username, Qt::CaseInsensitive));
    }
    // While filtering, the view does not page through everything looking for matches.
    QVERIFY(!pane->proxy()->canFetchMore({}));
    const QModelIndex first = pane->proxy()->index(0, 1);
    QTest::mouseClick(pane->view()->viewport(), Qt::LeftButton, {},
                      pane->view()->visualRect(first).center());
    QTRY_COMPARE(current.count(), 1);
    QCOMPARE(current.first().first().toString(),
             first.data(int(UserTableModel::DataRole::Id)).toString());
    QCOMPARE(pane->currentUserId(), current.first().first().toString());
}

void tst_UsersPane::exportVisibleColumnsWithFormulaGuard()
{
    auto pane = makePane();
    QTRY_COMPARE_WITH_TIMEOUT(m_users->rowCount(), 200, 10000);
    // Hide a column through the header's menu.
    ColumnChooser *chooser = pane->columnChooser();
    std::unique_ptr<QMenu> menu(chooser->createMenu(pane.get()));
    auto *emailAction = menu->findChild<QAction *>(
        QStringLiteral("column%1").arg(int(UserTableModel::Column::Email)));
    QVERIFY(emailAction && emailAction->isChecked());
    emailAction->trigger();
    QVERIFY(pane->view()->horizontalHeader()->isSectionHidden(int(UserTableModel::Column::Email)));
    QVERIFY(!m_services->settings.usersHeaderState().isEmpty());
    // The member with a formula-like first name, filtered on the server.
    UserFilterSpec spec;
    spec.setExact(QStringLiteral("last_name"), QStringLiteral("Formula"));
    pane->filterBar()->setSpec(spec);
    pane->filterBar()->apply();
    QTRY_VERIFY_WITH_TIMEOUT(!m_users->isLoading() && m_users->rowCount() == 1, 10000);
    const QString path = m_dir.filePath(QStringLiteral("users.csv"));
    QSignalSpy finished(pane.get(), &UsersPane::exportFinished);
    pane->exportTo(path);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(1).toString(), QString());
    QVERIFY(pane->messageBar()->text().contains(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    QVERIFY2(raw.contains("\"'=SUM(1,2)\""), raw.constData());
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(raw));
    QCOMPARE(rows.size(), 2);
    const QList<int> visible = chooser->visibleColumns();
    QCOMPARE(rows.at(0).size(), visible.size());
    QVERIFY(!rows.at(0).contains(QStringLiteral("E-mail")));
    QVERIFY(rows.at(0).contains(QStringLiteral("First name")));
    const int firstName = int(rows.at(0).indexOf(QStringLiteral("First name")));
    QCOMPARE(rows.at(1).at(firstName), QStringLiteral("'") + m_formulaName);
    const int last = int(rows.at(0).indexOf(QStringLiteral("Last name")));
    QCOMPARE(rows.at(1).at(last), QStringLiteral("Formula"));
    // A quick filter narrows the export to the rows shown.
    pane->filterBar()->clear();
    QTRY_VERIFY_WITH_TIMEOUT(!m_users->isLoading() && m_users->rowCount() == 200, 10000);
    pane->quickFilterBox()->setText(m_users->textAt(3, UserTableModel::Column::Email));
    finished.clear();
    pane->exportTo(path);
    QVERIFY(finished.wait(10000));
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(parseCsv(QString::fromUtf8(again.readAll())).size(), 1 + pane->proxy()->rowCount());
    // A file that cannot be written is named in the error.
    const QString bad = m_dir.filePath(QStringLiteral("missing/dir/users.csv"));
    finished.clear();
    pane->exportTo(bad);
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().at(1).toString().contains(bad));
    QCOMPARE(pane->messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY(!QFile::exists(bad));
}

void tst_UsersPane::exportReadsEveryMatchingMember()
{
    // 451 members, 200 loaded: the export reads the other pages itself and writes them all,
    // while the table keeps only what it had loaded.
    auto pane = makePane();
    QTRY_COMPARE_WITH_TIMEOUT(m_users->rowCount(), 200, 10000);
    QTRY_VERIFY(!m_users->isLoading());
    QVERIFY(!m_users->isComplete());
    const QString path = m_dir.filePath(QStringLiteral("all.csv"));
    QSignalSpy finished(pane.get(), &UsersPane::exportFinished);
    pane->exportTo(path);
    QVERIFY(pane->isExporting());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(1).toString(), QString());
    QCOMPARE(finished.first().at(2).toInt(), 451);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()));
    QCOMPARE(rows.size(), 1 + 451);
    QSet<QString> ids;
    for (int i = 1; i < rows.size(); ++i)
        ids.insert(rows.at(i).at(0));
    QCOMPARE(ids.size(), 451); // no page twice
    QVERIFY2(pane->messageBar()->text().contains(QStringLiteral("Exported 451 member")),
             qPrintable(pane->messageBar()->text()));
    QCOMPARE(m_users->rowCount(), 200);

    // Cancel leaves no file behind and says so.
    const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.csv"));
    finished.clear();
    pane->exportTo(cancelled);
    pane->cancelExport();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("cancelled")));
    QVERIFY(!QFile::exists(cancelled));
}

void tst_UsersPane::countsSayTotalOrUnknown()
{
    const int logged = m_log.size();
    auto pane = makePane();
    auto *status = pane->findChild<QLabel *>(QStringLiteral("usersStatus"));
    QTRY_COMPARE_WITH_TIMEOUT(m_users->rowCount(), 200, 10000);
    QTRY_VERIFY(!m_users->isLoading());
    // Cursor pages carry no total: one numbered page of the same filter is asked for it, once,
    // and the label does not pass the loaded rows off as one meanwhile.
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("200 of 451 matching")),
                              qPrintable(status->text()), 10000);
    QVERIFY(!m_users->isTotalApproximate());
    int listings = 0; // the first cursor page and the one numbered page asked for the total
    for (int i = logged; i < m_log.size(); ++i)
        listings += m_log.at(i).operationId == QLatin1String("getUsersWithFilters") ? 1 : 0;
    QCOMPARE(listings, 2);
    // Numbered pages do: "200 of 451 matching".
    m_users->setPaging(UserTableModel::Paging::Page);
    QTRY_VERIFY_WITH_TIMEOUT(m_users->rowCount() == 200 && !m_users->isLoading(), 10000);
    QVERIFY2(status->text().startsWith(QStringLiteral("200 of 451 matching")),
             qPrintable(status->text()));
}

void tst_UsersPane::savedFiltersPerProfile()
{
    auto pane = makePane();
    QTRY_COMPARE_WITH_TIMEOUT(m_users->rowCount(), 200, 10000);
    const QString first = m_users->textAt(9, UserTableModel::Column::FirstName);
    UserFilterSpec spec;
    spec.setExact(QStringLiteral("first_name"), first);
    spec.setRange(QStringLiteral("coins"), qint64(0), {});
    pane->savedFilters()->saveFilter(QStringLiteral("Named"), spec);
    QCOMPARE(pane->savedFilters()->names(), QStringList{QStringLiteral("Named")});
    // Another profile has its own list.
    const QString original = m_services->profiles.activeId();
    ConnectionProfile other = test::productionProfile(QStringLiteral("Other"));
    const QString otherId = m_services->profiles.add(other);
    QVERIFY(!otherId.isEmpty());
    QVERIFY(m_services->profiles.setActive(otherId));
    QVERIFY(pane->savedFilters()->names().isEmpty());
    QVERIFY(m_services->profiles.setActive(original));
    // Settings written by one run are read by the next.
    test::Services again(m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(again.settings.savedUserFilters(original).contains(QStringLiteral("Named")));
    // Choosing it fills the bar and filters on the server.
    pane->savedFilters()->choose(QStringLiteral("Named"));
    QCOMPARE(pane->filterBar()->spec().toJson(), spec.toJson());
    QTRY_VERIFY_WITH_TIMEOUT(!m_users->isLoading() && m_users->pagesLoaded() == 1, 10000);
    QVERIFY(m_users->rowCount() >= 1);
    for (int r = 0; r < m_users->rowCount(); ++r)
        QCOMPARE(m_users->textAt(r, UserTableModel::Column::FirstName), first);
    // A broken entry is reported by name.
    QSignalSpy failed(pane->savedFilters(), &SavedFilterMenu::failed);
    auto saved = m_services->settings.savedUserFilters(original);
    saved.insert(QStringLiteral("Broken"), QStringLiteral("{nope"));
    m_services->settings.setSavedUserFilters(original, saved);
    pane->savedFilters()->choose(QStringLiteral("Broken"));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(u"Broken"));
    QVERIFY(pane->messageBar()->isVisible());
    pane->savedFilters()->removeFilter(QStringLiteral("Broken"));
    QCOMPARE(pane->savedFilters()->names(), QStringList{QStringLiteral("Named")});
}

// The filter bar starts folded (the table keeps the height) and remembers being unfolded.
void tst_UsersPane::moreFiltersRemembered()
{
    auto pane = makePane();
    UserFilterBar *bar = pane->filterBar();
    QVERIFY(!bar->moreFiltersShown());
    bar->moreFiltersButton()->click();
    QVERIFY(bar->moreFiltersShown());
    pane.reset();
    test::Services again(m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(again.settings.usersMoreFilters());
    pane = makePane();
    QVERIFY(pane->filterBar()->moreFiltersShown());
    pane->filterBar()->moreFiltersButton()->click();
    QVERIFY(!m_services->settings.usersMoreFilters());
}

void tst_UsersPane::loadFailureShowsRetry()
{
    // Every attempt fails (a single 500 is retried away) until cleared below.
    m_sandbox.addFault(QStringLiteral("route=getUsersWithFilters;kind=error;status=500"));
    auto pane = makePane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->messageBar()->isVisible(), 10000);
    QCOMPARE(pane->messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY(m_users->rowCount() == 0);
    QPushButton *retry = nullptr;
    const auto buttons = pane->messageBar()->findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->text().contains(u"Retry"))
            retry = b;
    }
    QVERIFY(retry);
    test::saveScreenshot(*pane, QStringLiteral("users-pane-error"));
    m_sandbox.clearFaults();
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_users->rowCount(), 200, 10000);
    QTRY_VERIFY(!pane->messageBar()->isVisible());
}

void tst_UsersPane::communityTab()
{
    auto pane = makePane();
    QSignalSpy current(pane.get(), &UsersPane::currentUserChanged);
    pane->tabs()->setCurrentWidget(pane->communityView());
    QTRY_COMPARE_WITH_TIMEOUT(m_community->rowCount(), 100, 10000);
    QTableView *view = pane->communityView()->view();
    const QModelIndex index = m_community->index(5, 1);
    const QString id = m_community->idAt(5);
    QSignalSpy refreshed(m_community.get(), &CommunityUserTableModel::userRefreshed);
    view->setCurrentIndex(index);
    QTRY_COMPARE(current.count(), 1);
    QCOMPARE(current.first().first().toString(), id);
    QVERIFY(refreshed.wait(10000)); // Get user read the member again
    // Server-side search.
    const QString email = m_community->userAt(7).email;
    pane->communityView()->searchBox()->setText(email);
    QTRY_VERIFY_WITH_TIMEOUT(m_community->rowCount() == 1 && !m_community->isLoading(), 10000);
    QCOMPARE(m_community->userAt(0).email, email);
    test::saveScreenshot(*pane, QStringLiteral("users-community"));
}

void tst_UsersPane::shortcutsEmit()
{
    auto pane = makePane();
    QVERIFY(QTest::qWaitForWindowExposed(pane.get()));
    pane->activateWindow();
    pane->view()->setFocus();
    QSignalSpy create(pane.get(), &UsersPane::createUserRequested);
    QTest::keyClick(pane->view(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(create.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_users->rowCount(), 200, 10000);
    QTRY_VERIFY(!m_users->isLoading());
    // F5 reloads from the first page.
    pane->view()->scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(m_users->rowCount(), 400, 10000);
    pane->refresh();
    QCOMPARE(m_users->rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_users->rowCount(), 200, 10000);
}

QTEST_MAIN(tst_UsersPane)
#include "tst_userspane.moc"
