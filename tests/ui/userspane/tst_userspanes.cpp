#include "api/apiclient.h"
#include "item/userfiltermodel.h"
#include "item/usertablemodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "stores/userdetailstore.h"
#include "testservices.h"
#include "users/createuserdialog.h"
#include "users/restoreuserdialog.h"
#include "users/userdetailpanel.h"
#include "users/userspane.h"
#include "userspanes.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

// app/userspanes in a real MainWindow against the in-process sandbox: the pane is registered
// with the detail panel beside it, selecting a user asks the detail panel for that user, Ctrl+N
// opens the create-user dialog, Restore User… brings a deleted member back into the list and
// the detail panel, an account change refreshes the list, and reloadAll() starts
// again after the client is re-targeted.
class tst_UsersPanes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void composesPaneAndDetail();
    void deleteActsOnSelection();
    void activityTabKeepsWindowWidth();
    void narrowPanePutsDetailUnderTable();

private:
    // A MainWindow with the Users pane installed, as the composition root builds it.
    struct UsersWindow
    {
        UsersWindow(const QString &settingsPath, QNetworkAccessManager *network)
            : s(settingsPath)
            , client(network)
            , window(s.settings, s.profiles, s.activity, s.questions)
            , c(installUsersPane(window, client, s.settings, s.profiles, s.questions, &owner))
        {
        }
        test::Services s;
        ApiClient client;
        MainWindow window;
        QObject owner;
        UsersComposition c;
    };
    // Points the window at the sandbox, shows the Users pane at `size` and waits for the
    // first page of members.
    void showLoaded(UsersWindow &w, QSize size);

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
};

void tst_UsersPanes::initTestCase()
{
    QVERIFY(m_sandbox.start(300));
    QVERIFY(m_dir.isValid());
}

void tst_UsersPanes::showLoaded(UsersWindow &w, QSize size)
{
    w.client.setConfig(m_sandbox.config());
    w.c.reloadAll();
    QVERIFY(w.window.showPane(QStringLiteral("users")));
    w.window.resize(size);
    w.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    QTRY_COMPARE_WITH_TIMEOUT(w.c.users->rowCount(), 200, 10000);
}

void tst_UsersPanes::composesPaneAndDetail()
{
    UsersWindow w(m_dir.filePath(QStringLiteral("settings.ini")), &m_network);
    const UsersComposition &c = w.c;
    ApiClient &client = w.client;
    QVERIFY(c.users && c.community && c.details && c.accounts && c.pane && c.detailPanel);
    QVERIFY(w.window.paneIds().contains(QStringLiteral("users")));
    QCOMPARE(w.window.pane(QStringLiteral("users")), c.pane);
    // The detail panel sits in the pane's splitter, in a scroll area of its own.
    auto *splitter = c.pane->findChild<QSplitter *>();
    QVERIFY(splitter);
    QCOMPARE(splitter->count(), 2);
    auto *scroll = qobject_cast<QScrollArea *>(splitter->widget(1));
    QVERIFY(scroll);
    QCOMPARE(scroll->widget(), c.detailPanel);

    showLoaded(w, QSize(1400, 800));
    if (QTest::currentTestFailed())
        return;

    // Selecting a row asks the detail panel for that user.
    const QString id = c.users->idAt(12);
    QVERIFY(c.pane->selectUser(id));
    QTRY_COMPARE(c.detailPanel->userId(), id);
    QTRY_VERIFY_WITH_TIMEOUT(c.details->hasUser() && !c.details->isLoading(), 15000);
    QCOMPARE(c.details->user().email, c.users->textAt(12, UserTableModel::Column::Email));
    test::saveScreenshot(w.window, QStringLiteral("users-window"));

    // Ctrl+N asks for the create-user dialog.
    emit c.pane->createUserRequested();
    CreateUserDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = c.pane->findChild<CreateUserDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    test::saveScreenshot(*dialog, QStringLiteral("users-create-dialog"));
    dialog->reject();

    // Restore User…: delete a member through the API, restore it through the dialog, and the
    // detail panel shows the restored account.
    const QString gone = c.users->textAt(30, UserTableModel::Column::Username);
    const QString goneId = c.users->idAt(30);
    auto deleted = track(client.manageUser(QStringLiteral("delete"), gone));
    QTRY_VERIFY_WITH_TIMEOUT(deleted->done, 10000);
    QVERIFY2(!deleted->error.isError(), qPrintable(deleted->error.userText()));
    QTest::mouseClick(c.pane->findChild<QPushButton *>(QStringLiteral("restoreUserButton")),
                      Qt::LeftButton);
    RestoreUserDialog *restore = nullptr;
    QTRY_VERIFY((restore = c.pane->findChild<RestoreUserDialog *>()) != nullptr);
    restore->setIdentifier(gone);
    test::saveScreenshot(*restore, QStringLiteral("users-restore-dialog"));
    restore->accept();
    QTRY_VERIFY_WITH_TIMEOUT(c.details->hasUser() && !c.details->isLoading() &&
                                 c.details->user().username == gone,
                             15000);
    QVERIFY(!c.details->user().deleted);
    QTRY_COMPARE_WITH_TIMEOUT(c.users->rowCount(), 200, 10000);
    QCOMPARE(c.users->rowOfId(goneId), 30); // back in the list, in its place

    // An account change reloads the list and keeps the user selected.
    emit c.detailPanel->accountChanged(id);
    QCOMPARE(c.users->rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(c.users->rowCount(), 200, 10000);
    QTRY_COMPARE(c.pane->currentUserId(), id);

    // A profile switch drops the old rows and loads again (the pane is visible).
    c.reloadAll();
    QCOMPARE(c.users->rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(c.users->rowCount(), 200, 10000);
    QVERIFY(!c.details->hasUser());
}

void tst_UsersPanes::deleteActsOnSelection()
{
    UsersWindow uw(m_dir.filePath(QStringLiteral("settings-delete.ini")), &m_network);
    const UsersComposition &c = uw.c;
    test::Services &s = uw.s;
    showLoaded(uw, QSize(1400, 800));
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(!c.users->isLoading());

    // The detail panel shows row 50; rows 5 to 7 are highlighted.
    const QString shown = c.users->idAt(50);
    QVERIFY(c.pane->selectUser(shown));
    QTRY_COMPARE(c.detailPanel->userId(), shown);
    QStringList ids, names;
    for (int row = 5; row <= 7; ++row) {
        ids.append(c.users->idAt(row));
        names.append(c.users->textAt(row, UserTableModel::Column::Username));
    }
    QItemSelectionModel *selection = c.pane->view()->selectionModel();
    const QModelIndex first = c.pane->proxy()->mapFromSource(c.users->index(5, 0));
    const QModelIndex last = c.pane->proxy()->mapFromSource(c.users->index(7, 0));
    selection->select(QItemSelection(first, last),
                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(c.pane->selectedUserIds(), ids);
    QCOMPARE(c.detailPanel->userId(), shown); // the current row did not move

    s.questions.answer = true;
    const int asked = int(s.questions.asked.size());
    c.pane->view()->setFocus();
    QTest::keyClick(c.pane->view(), Qt::Key_Delete);
    QTRY_COMPARE(int(s.questions.asked.size()), asked + 1);
    // Tests run without the catalogue, so the plural reads "member(s)"; the app says "members".
    const QString question = s.questions.asked.last().text;
    QVERIFY2(question.startsWith(QStringLiteral("Delete 3 member")) &&
                 question.endsWith(QStringLiteral(": %1?").arg(names.join(QStringLiteral(", ")))),
             qPrintable(question));
    // The highlighted members are gone; the one in the detail panel is not.
    QTRY_VERIFY_WITH_TIMEOUT(c.pane->messageBar()->text().contains(QStringLiteral("Deleted 3")),
                             15000);
    QTRY_VERIFY_WITH_TIMEOUT(c.users->rowCount() > 0 && !c.users->isLoading(), 10000);
    for (const QString &id : std::as_const(ids))
        QCOMPARE(c.users->rowOfId(id), -1);
    QVERIFY(c.users->rowOfId(shown) >= 0);
}

// Opening a user's Activity tab once widened the window from 1391 to 1526 px, past the screen:
// at 1280x800 the window keeps its width with the tab open and its data loaded.
void tst_UsersPanes::activityTabKeepsWindowWidth()
{
    UsersWindow uw(m_dir.filePath(QStringLiteral("settings-width.ini")), &m_network);
    const UsersComposition &c = uw.c;
    MainWindow &window = uw.window;
    showLoaded(uw, QSize(1280, 800));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(window.width(), 1280);

    const QString id = c.users->idAt(3);
    QVERIFY(c.pane->selectUser(id));
    QTRY_VERIFY_WITH_TIMEOUT(c.details->hasUser() && !c.details->isLoading(), 15000);
    auto *tabs = c.detailPanel->findChild<QTabWidget *>();
    QVERIFY(tabs);
    QVERIFY(tabs->count() > 1);
    tabs->setCurrentIndex(1); // Activity
    QTRY_VERIFY_WITH_TIMEOUT(!c.details->isLoading(), 15000);
    QTest::qWait(0); // let the layouts settle after the tab's data arrived
    QApplication::processEvents();
    test::saveScreenshot(window, QStringLiteral("users-activity-1280"));
    QCOMPARE(window.width(), 1280);
    // And the pane fits the room it has: nothing is cut off.
    QString sizes;
    QList<const QWidget *> parts = {c.pane, c.detailPanel, tabs, tabs->widget(0), tabs->widget(1)};
    for (const QWidget *w : c.pane->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        parts.append(w);
    if (auto *bar = c.pane->findChild<QWidget *>(QStringLiteral("UserFilterBar"))) {
        parts.append(bar);
        for (const QWidget *w : bar->findChildren<QWidget *>())
            if (w->minimumSizeHint().width() > 150)
                sizes += w->objectName() + QStringLiteral("=%1 ").arg(w->minimumSizeHint().width());
    }
    for (const QWidget *w : parts)
        sizes += QStringLiteral("%1:%2 ")
                     .arg(QString::fromLatin1(w->metaObject()->className()))
                     .arg(w->minimumSizeHint().width());
    QVERIFY2(c.pane->minimumSizeHint().width() <= c.pane->width(), qPrintable(sizes));
}

// With the palette docked at 1280 px the pane is about 750 px wide: side by side, the table got
// 370 px and cut its filter row. Narrow, the detail panel goes under the table, which keeps the
// pane's whole width; wide again, they sit side by side.
void tst_UsersPanes::narrowPanePutsDetailUnderTable()
{
    UsersWindow uw(m_dir.filePath(QStringLiteral("settings-narrow.ini")), &m_network);
    const UsersComposition &c = uw.c;
    showLoaded(uw, QSize(950, 800));
    if (QTest::currentTestFailed())
        return;
    auto *splitter = c.pane->findChild<QSplitter *>(QStringLiteral("usersSplitter"));
    QVERIFY(splitter);
    QTRY_COMPARE(splitter->orientation(), Qt::Vertical);
    QCOMPARE(splitter->widget(0)->width(), splitter->width());
    QVERIFY2(splitter->widget(0)->height() > splitter->widget(1)->height(),
             qPrintable(QStringLiteral("table %1 px high, details %2 px")
                            .arg(splitter->widget(0)->height())
                            .arg(splitter->widget(1)->height())));
    QVERIFY(c.pane->view()->width() > c.pane->width() / 2);

    uw.window.resize(1400, 800);
    QTRY_COMPARE(splitter->orientation(), Qt::Horizontal);
    QVERIFY(splitter->widget(0)->width() > splitter->widget(1)->width());
}

QTEST_MAIN(tst_UsersPanes)
#include "tst_userspanes.moc"
