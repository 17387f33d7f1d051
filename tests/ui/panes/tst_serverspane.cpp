#include "api/apiclient.h"
#include "api/requestlog.h"
#include "item/channeltablemodel.h"
#include "item/roletablemodel.h"
#include "item/serverfiltermodel.h"
#include "item/servertablemodel.h"
#include "messagebar.h"
#include "panes/detailtable.h"
#include "panes/serverdialog.h"
#include "panes/serverspane.h"
#include "panetesthelpers.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "stores/channelstore.h"
#include "stores/rolestore.h"
#include "stores/serverstore.h"
#include "testservices.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace ra;

// The Servers pane offscreen against the in-process sandbox: the server list, the selected
// server's roles and channels tabs, create and edit through the dialog, and a failed load.
class tst_ServersPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsRolesAndChannelsOfSelectedServer();
    void createAndEditThroughDialog();
    void detailLoadFailureShowsRetry();
    void escapeAsksOnlyWhenChanged();
    void onlyF2EditsInPlace();

private:
    std::optional<Server> sandboxServer(const QString &name);
    void activatePane() { test::activate(m_pane.get(), m_pane->view()); }

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ServerStore> m_store;
    std::unique_ptr<RoleStore> m_roles;
    std::unique_ptr<ChannelStore> m_channels;
    std::unique_ptr<ServersPane> m_pane;
    test::AnsweringQuestionProvider m_questions;
};

void tst_ServersPane::initTestCase()
{
    QVERIFY(m_sandbox.start(20));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
}

void tst_ServersPane::init()
{
    m_sandbox.clearFaults();
    m_questions.asked.clear();
    m_questions.answered = 0;
    m_questions.answer = true;
    m_store = std::make_unique<ServerStore>(*m_client);
    m_roles = std::make_unique<RoleStore>(*m_client);
    m_channels = std::make_unique<ChannelStore>(*m_client, ChannelStore::Source::Server);
    m_pane = std::make_unique<ServersPane>(*m_store, *m_roles, *m_channels, m_questions);
    m_pane->resize(1000, 600);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_store->hasLoaded(), 10000);
}

void tst_ServersPane::cleanup()
{
    m_pane.reset();
    m_channels.reset();
    m_roles.reset();
    m_store.reset();
}

std::optional<Server> tst_ServersPane::sandboxServer(const QString &name)
{
    auto outcome = track(m_client->getMyServers());
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 10000);
    }();
    for (const Server &s : outcome->value) {
        if (s.name == name)
            return s;
    }
    return std::nullopt;
}

void tst_ServersPane::showsRolesAndChannelsOfSelectedServer()
{
    QCOMPARE(m_pane->model()->rowCount(), int(m_store->servers().size()));
    // The pane opens on the profile's community.
    const QString community = m_sandbox.config().communityId;
    QTRY_COMPARE(m_pane->currentId(), community);
    // With no server selected the tabs say so instead of showing an empty list.
    m_pane->view()->clearSelection();
    QTRY_VERIFY(!m_pane->rolesTab()->view()->isEnabled());
    QVERIFY(m_pane->rolesTab()->status()->text().contains(QStringLiteral("Select a server")));
    QVERIFY(m_pane->selectId(community));
    QTRY_VERIFY_WITH_TIMEOUT(m_roles->hasLoaded() && m_channels->hasLoaded(), 10000);
    QCOMPARE(m_roles->serverId(), community);
    QCOMPARE(m_channels->serverId(), community);
    auto roles = track(m_client->getServerRoles(community));
    auto channels = track(m_client->getServerChannels(community));
    QTRY_VERIFY_WITH_TIMEOUT(roles->done && channels->done, 10000);
    QVERIFY(!roles->value.isEmpty());
    QVERIFY(!channels->value.isEmpty());
    QTableView *roleView = m_pane->rolesTab()->view();
    QTableView *channelView = m_pane->channelsTab()->view();
    QCOMPARE(roleView->model()->rowCount(), int(roles->value.size()));
    QCOMPARE(channelView->model()->rowCount(), int(channels->value.size()));
    QVERIFY(roleView->isEnabled());
    QVERIFY(m_pane->rolesTab()->status()->text().contains(QString::number(roles->value.size())));
    QCOMPARE(m_pane->tabs()->tabText(0), QStringLiteral("Roles"));
    QCOMPARE(m_pane->tabs()->tabText(1), QStringLiteral("Channels"));
    // The channels tab lists the same topics the API returns.
    QStringList shown;
    for (int row = 0; row < channelView->model()->rowCount(); ++row)
        shown << channelView->model()
                     ->index(row, int(ChannelTableModel::Column::Topic))
                     .data()
                     .toString();
    for (const Channel &c : channels->value)
        QVERIFY(shown.contains(c.topic));
    test::saveScreenshot(*m_pane, QStringLiteral("servers-pane-roles"));
    m_pane->tabs()->setCurrentIndex(1);
    test::saveScreenshot(*m_pane, QStringLiteral("servers-pane-channels"));
}

void tst_ServersPane::createAndEditThroughDialog()
{
    const QString name = QStringLiteral("Dialog Server");
    activatePane();
    QTest::keyClick(m_pane->view(), Qt::Key_N, Qt::ControlModifier);
    ServerDialog *dialog = test::waitForDialog<ServerDialog>(m_pane.get());
    QVERIFY(dialog);
    QVERIFY(dialog->isCreating());
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), name);
    dialog->findChild<QLineEdit *>(QStringLiteral("domainEdit"))
        ->setText(QStringLiteral("dialog.example.com"));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"))
        ->setPlainText(QStringLiteral("Made in a test"));
    test::saveScreenshot(*dialog, QStringLiteral("server-dialog"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(m_pane->currentId() != m_sandbox.config().communityId &&
                                 !m_pane->currentId().isEmpty(),
                             10000);
    const std::optional<Server> stored = sandboxServer(name);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->domain, QStringLiteral("dialog.example.com"));
    QCOMPARE(ServerStore::description(*stored), QStringLiteral("Made in a test"));
    // The new server is selected; its tabs show the one default role and no channels.
    QTRY_COMPARE(m_pane->currentId(), stored->id);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_roles->hasLoaded() && m_roles->serverId() == stored->id && !m_roles->isLoading(), 10000);
    QCOMPARE(m_pane->rolesTab()->view()->model()->rowCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_channels->isLoading(), 10000);
    QCOMPARE(m_pane->channelsTab()->view()->model()->rowCount(), 0);

    // Edit with Enter (F2 edits in place); undo puts the old name back through the API.
    activatePane();
    QTest::keyClick(m_pane->view(), Qt::Key_Return);
    dialog = test::waitForDialog<ServerDialog>(m_pane.get());
    QVERIFY(dialog);
    QVERIFY(!dialog->isCreating());
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QCOMPARE(nameEdit->text(), name);
    nameEdit->setText(name + QStringLiteral(" Renamed"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                          ->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(sandboxServer(name + QStringLiteral(" Renamed")).has_value(), 10000);
    QTRY_COMPARE(
        m_pane->proxy()
            ->index(m_pane->view()->currentIndex().row(), int(ServerTableModel::Column::Name))
            .data()
            .toString(),
        name + QStringLiteral(" Renamed"));
    QCOMPARE(m_pane->undoStack()->count(), 1);
    m_pane->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(sandboxServer(name).has_value(), 10000);
    QCOMPARE(m_store->server(stored->id)->name, name);
}

void tst_ServersPane::detailLoadFailureShowsRetry()
{
    QTRY_COMPARE(m_pane->currentId(), m_sandbox.config().communityId);
    QString other;
    for (const Server &s : m_store->servers()) {
        if (s.id != m_sandbox.config().communityId)
            other = s.id;
    }
    QVERIFY(!other.isEmpty());
    // Every attempt fails until the faults are cleared below.
    m_sandbox.addFault(QStringLiteral("route=getServerRoles;kind=error;status=500"));
    QVERIFY(m_pane->selectId(other));
    QTRY_VERIFY_WITH_TIMEOUT(m_roles->loadError().isError(), 20000);
    MessageBar *bar = m_pane->rolesTab()->messageBar();
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(m_pane->rolesTab()->status()->text().contains(QStringLiteral("could not be loaded")));
    m_sandbox.clearFaults();
    QPushButton *retry = test::retryButton(bar);
    QVERIFY(retry);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_roles->hasLoaded() && !m_roles->loadError().isError(), 10000);
    QVERIFY(!bar->isVisible());
    QVERIFY(m_pane->rolesTab()->view()->model()->rowCount() > 0);
}

namespace {
int countOf(const RequestLog &log, const QString &operationId)
{
    int n = 0;
    for (const RequestRecord &r : log.records())
        n += r.operationId == operationId ? 1 : 0;
    return n;
}
} // namespace

void tst_ServersPane::escapeAsksOnlyWhenChanged()
{
    RequestLog log;
    m_client->setRequestLog(&log);
    QTRY_COMPARE(m_pane->currentId(), m_sandbox.config().communityId);
    activatePane();
    QTest::keyClick(m_pane->view(), Qt::Key_Return);
    QPointer<ServerDialog> dialog = test::waitForDialog<ServerDialog>(m_pane.get());
    QVERIFY(dialog);
    // Untouched: Esc closes at once, without a question.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
    QCOMPARE(m_questions.asked.size(), 0);

    activatePane();
    QTest::keyClick(m_pane->view(), Qt::Key_Return);
    dialog = test::waitForDialog<ServerDialog>(m_pane.get());
    QVERIFY(dialog);
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    nameEdit->setFocus();
    QTest::keyClicks(nameEdit, QStringLiteral(" (draft)"));
    // Changed: Esc asks, and Keep editing leaves the dialog and the text as they were.
    m_questions.answer = false;
    QTest::keyClick(nameEdit, Qt::Key_Escape);
    QTRY_COMPARE(m_questions.answered, 1);
    QCOMPARE(m_questions.asked.size(), 1);
    QCOMPARE(m_questions.asked.first().text, QStringLiteral("Discard your changes?"));
    QCOMPARE(m_questions.asked.first().cancelText, QStringLiteral("Keep editing"));
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(nameEdit->text().endsWith(QStringLiteral(" (draft)")));
    // Cancel asks the same way; Discard closes the dialog and sends nothing.
    m_questions.answer = true;
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                          ->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QCOMPARE(m_questions.asked.size(), 2);
    QCOMPARE(countOf(log, QStringLiteral("updateServer")), 0);
    m_client->setRequestLog(nullptr);
}

void tst_ServersPane::onlyF2EditsInPlace()
{
    RequestLog log;
    m_client->setRequestLog(&log);
    const QString id = m_sandbox.config().communityId;
    QTRY_COMPARE(m_pane->currentId(), id);
    const QString before = m_store->server(id)->name;
    QTableView *view = m_pane->view();
    activatePane();

    // Typing a letter and Enter on the focused row: no editor, nothing sent (Enter opens the
    // dialog, which Esc closes untouched).
    QTest::keyClick(view, Qt::Key_Q);
    QVERIFY(!test::inlineEditor(view));
    QTest::keyClick(view, Qt::Key_Return);
    QPointer<ServerDialog> dialog = test::waitForDialog<ServerDialog>(m_pane.get());
    QVERIFY(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
    QCOMPARE(m_store->server(id)->name, before);

    // F2 opens a visible in-place editor on the name; typing and Enter send the rename.
    activatePane();
    QVERIFY(m_pane->selectId(id));
    QTest::keyClick(view, Qt::Key_F2);
    QLineEdit *editor = test::inlineEditor(view);
    QVERIFY(editor);
    QCOMPARE(QApplication::focusWidget(), editor);
    QCOMPARE(editor->text(), before);
    QVERIFY(editor->styleSheet().contains(QStringLiteral("highlight")));
    test::saveScreenshot(*m_pane, QStringLiteral("servers-inline-edit"));
    QTest::keyClicks(editor, QStringLiteral("Renamed In Place"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(countOf(log, QStringLiteral("updateServer")) == 1, 10000);
    QTRY_COMPARE(m_store->server(id)->name, QStringLiteral("Renamed In Place"));
    // The requests go out in order: the one update is the rename, so typing sent none.
    QCOMPARE(countOf(log, QStringLiteral("updateServer")), 1);
    QCOMPARE(m_pane->undoStack()->count(), 1);
    QCOMPARE(m_questions.asked.size(), 0); // not a production profile: no question
    m_pane->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(countOf(log, QStringLiteral("updateServer")) == 2, 10000);
    QTRY_COMPARE(m_store->server(id)->name, before);
    m_client->setRequestLog(nullptr);
}

QTEST_MAIN(tst_ServersPane)
#include "tst_serverspane.moc"
