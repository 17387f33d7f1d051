#include "api/apiclient.h"
#include "api/requestlog.h"
#include "item/badgetablemodel.h"
#include "item/roletablemodel.h"
#include "item/servertablemodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "panes/badgespane.h"
#include "panes/channelspane.h"
#include "panes/detailtable.h"
#include "panes/rolespane.h"
#include "panes/serverpicker.h"
#include "panes/serverspane.h"
#include "panetesthelpers.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "stores/badgestore.h"
#include "stores/channelstore.h"
#include "stores/currentserver.h"
#include "stores/rolestore.h"
#include "stores/serverstore.h"
#include "structurepanes.h"
#include "testservices.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>

#include <algorithm>
#include <functional>

using namespace ra;

// app/structurepanes in a real MainWindow: the panes are registered, the window's undo group
// (Edit > Undo) replays through the current pane's stack, and reloadAll() refetches after the
// client is re-targeted.
class tst_StructurePanes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void installsPanesAndUndoesThroughWindow();
    void installsServersAndBadges();
    void productionAsksBeforeInPlaceEdit();
    void panesFollowTheChosenServer();
    void createsOnTheChosenServer();
    void profileSwitchLeavesNothingOld();
    void waitsForTheConnection();

private:
    // A MainWindow with the structure panes installed, as the composition root builds it; the
    // client logs its requests. `prepare` runs on the services before the window is built.
    struct StructureWindow
    {
        StructureWindow(const QString &settingsPath, QNetworkAccessManager *network,
                        const std::function<void(test::Services &)> &prepare = {})
            : s(settingsPath)
            , client(network)
            , window(prepared(s, prepare).settings, s.profiles, s.activity, s.questions)
            , stores(installStructurePanes(window, client, s.profiles, s.questions, &owner))
        {
            client.setRequestLog(&log);
        }
        static test::Services &prepared(test::Services &s,
                                        const std::function<void(test::Services &)> &prepare)
        {
            if (prepare)
                prepare(s);
            return s;
        }
        test::Services s;
        RequestLog log;
        ApiClient client;
        MainWindow window;
        QObject owner;
        StructureStores stores;
    };

    static QString serverNamed(const StructureStores &stores, const QString &name)
    {
        for (const Server &server : stores.servers->servers()) {
            if (server.name == name)
                return server.id;
        }
        return {};
    }

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
};

void tst_StructurePanes::initTestCase()
{
    QVERIFY(m_sandbox.start(20));
    QVERIFY(m_dir.isValid());
}

void tst_StructurePanes::installsPanesAndUndoesThroughWindow()
{
    StructureWindow w(m_dir.filePath(QStringLiteral("settings.ini")), &m_network);
    ApiClient &client = w.client;
    MainWindow &window = w.window;
    const StructureStores &stores = w.stores;
    QVERIFY(stores.roles && stores.channels);
    QVERIFY(window.paneIds().contains(QStringLiteral("roles")));
    QVERIFY(window.paneIds().contains(QStringLiteral("channels")));
    auto *roles = qobject_cast<RolesPane *>(window.pane(QStringLiteral("roles")));
    QVERIFY(roles);
    QVERIFY(qobject_cast<ChannelsPane *>(window.pane(QStringLiteral("channels"))));

    // The client had no profile yet; the lead re-targets it and reloads.
    client.setConfig(m_sandbox.config());
    stores.reloadAll();
    QTRY_VERIFY_WITH_TIMEOUT(stores.roles->hasLoaded() && stores.channels->hasLoaded(), 10000);
    QVERIFY(window.showPane(QStringLiteral("roles")));
    window.resize(1100, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.undoGroup()->activeStack(), roles->undoStack());

    const QString id = roles->model()->idAt(int(roles->model()->rowCount()) - 1);
    const QString title = stores.roles->role(id)->title;
    QVERIFY(roles->selectRole(id));
    roles->deleteCurrent();
    QTRY_VERIFY_WITH_TIMEOUT(!stores.roles->role(id).has_value(), 10000);
    QVERIFY(window.undoGroup()->canUndo());
    window.undoGroup()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(stores.roles->role(id).has_value(), 10000);
    QCOMPARE(stores.roles->role(id)->title, title);
    test::saveScreenshot(window, QStringLiteral("structure-window"));
}

void tst_StructurePanes::installsServersAndBadges()
{
    StructureWindow w(m_dir.filePath(QStringLiteral("settings2.ini")), &m_network);
    ApiClient &client = w.client;
    MainWindow &window = w.window;
    const StructureStores &stores = w.stores;
    QVERIFY(stores.servers && stores.badges && stores.images);
    QVERIFY(stores.serverRoles && stores.serverChannels);
    QCOMPARE(stores.serverChannels->source(), ChannelStore::Source::Server);
    auto *servers = qobject_cast<ServersPane *>(window.pane(QStringLiteral("servers")));
    auto *badges = qobject_cast<BadgesPane *>(window.pane(QStringLiteral("badges")));
    QVERIFY(servers && badges);

    client.setConfig(m_sandbox.config());
    stores.reloadAll();
    QTRY_VERIFY_WITH_TIMEOUT(stores.servers->hasLoaded() && stores.badges->hasLoaded() &&
                                 stores.roles->hasLoaded() && stores.channels->hasLoaded(),
                             10000);
    QCOMPARE(badges->model()->rowCount(), int(stores.badges->badges().size()));
    QVERIFY(servers->selectId(m_sandbox.config().communityId));
    QTRY_VERIFY_WITH_TIMEOUT(stores.serverRoles->hasLoaded() && stores.serverChannels->hasLoaded(),
                             10000);
    window.resize(1200, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const QString &id : {QStringLiteral("servers"), QStringLiteral("roles"),
                              QStringLiteral("channels"), QStringLiteral("badges")}) {
        QVERIFY(window.showPane(id));
        auto *pane = dynamic_cast<PaneCommands *>(window.pane(id));
        QVERIFY(pane);
        QCOMPARE(window.undoGroup()->activeStack(), pane->undoStack());
        if (id == QStringLiteral("badges"))
            QTRY_VERIFY_WITH_TIMEOUT(!badges->model()
                                          ->index(0, int(BadgeTableModel::Column::LightImage))
                                          .data(Qt::DecorationRole)
                                          .isNull(),
                                     10000);
        test::saveScreenshot(window, QStringLiteral("window-") + id);
    }
}

void tst_StructurePanes::productionAsksBeforeInPlaceEdit()
{
    bool active = false;
    StructureWindow w(
        m_dir.filePath(QStringLiteral("settings3.ini")), &m_network, [&active](test::Services &s) {
            const QString prodId = s.profiles.add(test::productionProfile(QStringLiteral("Acme")));
            active = s.profiles.setActive(prodId);
        });
    QVERIFY(active);
    test::Services &s = w.s;
    ApiClient &client = w.client;
    MainWindow &window = w.window;
    const StructureStores &stores = w.stores;
    RequestLog &log = w.log;
    auto *servers = qobject_cast<ServersPane *>(window.pane(QStringLiteral("servers")));
    QVERIFY(servers);
    client.setConfig(m_sandbox.config());
    stores.reloadAll();
    QTRY_VERIFY_WITH_TIMEOUT(stores.servers->hasLoaded(), 10000);
    window.resize(1200, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.showPane(QStringLiteral("servers")));
    const QString id = m_sandbox.config().communityId;
    QVERIFY(servers->selectId(id));
    const QString before = stores.servers->server(id)->name;
    const auto updates = [&log] {
        int n = 0;
        for (const RequestRecord &r : log.records())
            n += r.operationId == QStringLiteral("updateServer") ? 1 : 0;
        return n;
    };
    const auto renameInPlace = [servers](const QString &name) {
        QTableView *view = servers->view();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F2);
        QLineEdit *editor = test::inlineEditor(view);
        QVERIFY(editor);
        QTest::keyClicks(editor, name);
        QTest::keyClick(editor, Qt::Key_Return);
    };

    // Cancel: asked, naming the server, the old and the new name; nothing is sent.
    s.questions.answer = false;
    renameInPlace(QStringLiteral("Live Rename"));
    QTRY_COMPARE(s.questions.answered, 1);
    QCOMPARE(s.questions.asked.size(), 1);
    const QString text = s.questions.asked.first().text;
    QVERIFY2(text.contains(before) && text.contains(QStringLiteral("Live Rename")),
             qPrintable(text));
    // A reload after the answer goes out behind anything the answer had sent.
    const int loadsBefore = int(log.records().size());
    servers->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(
        int(log.records().size()) > loadsBefore && !stores.servers->isLoading(), 10000);
    QCOMPARE(updates(), 0);
    QCOMPARE(stores.servers->server(id)->name, before);

    // Send change: the rename goes out, once.
    s.questions.answer = true;
    renameInPlace(QStringLiteral("Live Rename"));
    QTRY_COMPARE(s.questions.answered, 2);
    QTRY_VERIFY_WITH_TIMEOUT(updates() == 1, 10000);
    QTRY_COMPARE(stores.servers->server(id)->name, QStringLiteral("Live Rename"));
    servers->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(updates() == 2, 10000);
    QTRY_COMPARE(stores.servers->server(id)->name, before);
}

void tst_StructurePanes::panesFollowTheChosenServer()
{
    StructureWindow w(m_dir.filePath(QStringLiteral("settings4.ini")), &m_network);
    ApiClient &client = w.client;
    MainWindow &window = w.window;
    const StructureStores &stores = w.stores;
    client.setConfig(m_sandbox.config());
    stores.current->setCommunity(m_sandbox.config().communityId);
    stores.reloadAll();
    QTRY_VERIFY_WITH_TIMEOUT(stores.servers->hasLoaded() && stores.roles->hasLoaded(), 10000);
    const QString trading = serverNamed(stores, QStringLiteral("Trading Floor"));
    QVERIFY(!trading.isEmpty());
    QVERIFY(stores.current->isCommunityNamed());
    auto *servers = qobject_cast<ServersPane *>(window.pane(QStringLiteral("servers")));
    auto *roles = qobject_cast<RolesPane *>(window.pane(QStringLiteral("roles")));
    auto *channels = qobject_cast<ChannelsPane *>(window.pane(QStringLiteral("channels")));
    QVERIFY(servers && roles && channels);
    auto *heading = roles->findChild<QLabel *>(QStringLiteral("serverHeading"));
    QVERIFY(heading);
    QCOMPARE(heading->text(), QStringLiteral("Roles of %1").arg(stores.current->communityName()));

    // Choosing a server in the Servers pane: the Roles pane lists that server's roles.
    QVERIFY(servers->selectId(trading));
    QCOMPARE(stores.current->id(), trading);
    QTRY_VERIFY_WITH_TIMEOUT(stores.roles->serverId() == trading && stores.roles->hasLoaded() &&
                                 !stores.roles->isLoading(),
                             10000);
    QVERIFY(!stores.roles->roles().isEmpty());
    for (const Role &role : stores.roles->roles())
        QCOMPARE(role.serverId, trading);
    QCOMPARE(roles->model()->rowCount(), int(stores.roles->roles().size()));
    QCOMPARE(heading->text(), QStringLiteral("Roles of Trading Floor"));
    QCOMPARE(stores.channels->serverId(), trading);

    // The Channels pane's picker chooses the community again; the Servers pane follows.
    auto *picker = channels->findChild<QComboBox *>(QStringLiteral("serverPicker"));
    QVERIFY(picker);
    QCOMPARE(picker->currentText(), QStringLiteral("Trading Floor"));
    const int community = picker->findText(stores.current->communityName());
    QVERIFY(community >= 0);
    picker->setCurrentIndex(community);
    emit picker->activated(community);
    QCOMPARE(stores.current->id(), m_sandbox.config().communityId);
    QCOMPARE(servers->currentId(), m_sandbox.config().communityId);
    QTRY_VERIFY_WITH_TIMEOUT(stores.roles->hasLoaded() && !stores.roles->isLoading(), 10000);
    for (const Role &role : stores.roles->roles())
        QCOMPARE(role.serverId, m_sandbox.config().communityId);
}

void tst_StructurePanes::createsOnTheChosenServer()
{
    StructureWindow w(m_dir.filePath(QStringLiteral("settings7.ini")), &m_network);
    ApiClient &client = w.client;
    MainWindow &window = w.window;
    const StructureStores &stores = w.stores;
    client.setConfig(m_sandbox.config());
    stores.current->setCommunity(m_sandbox.config().communityId);
    stores.reloadAll();
    QTRY_VERIFY_WITH_TIMEOUT(stores.servers->hasLoaded(), 10000);
    const QString trading = serverNamed(stores, QStringLiteral("Trading Floor"));
    QVERIFY(!trading.isEmpty());
    auto *servers = qobject_cast<ServersPane *>(window.pane(QStringLiteral("servers")));
    QVERIFY(servers->selectId(trading));
    QTRY_VERIFY_WITH_TIMEOUT(stores.roles->serverId() == trading && stores.roles->hasLoaded() &&
                                 stores.badges->hasLoaded() && !stores.roles->isLoading() &&
                                 !stores.badges->isLoading(),
                             10000);

    Role role;
    role.title = QStringLiteral("Floor Captain");
    role.colorClass = QStringLiteral("blue");
    role.order = stores.roles->nextOrder();
    Role createdRole;
    ApiError roleError;
    bool roleDone = false;
    stores.roles->create(role, &w.owner, [&](const Role &created, const ApiError &error) {
        createdRole = created;
        roleError = error;
        roleDone = true;
    });
    Badge badge;
    badge.title = QStringLiteral("Floor Regular");
    badge.action = QStringLiteral("custom");
    Badge createdBadge;
    ApiError badgeError;
    bool badgeDone = false;
    stores.badges->create(badge, &w.owner, [&](const Badge &created, const ApiError &error) {
        createdBadge = created;
        badgeError = error;
        badgeDone = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(roleDone && badgeDone, 10000);
    QVERIFY2(!roleError.isError(), qPrintable(roleError.userText()));
    QVERIFY2(!badgeError.isError(), qPrintable(badgeError.userText()));
    QCOMPARE(createdRole.serverId, trading);
    QCOMPARE(createdBadge.extra.value(u"serverId").toString(), trading);

    // The sandbox lists them under Trading Floor, and not under the community.
    const QString community = m_sandbox.config().communityId;
    auto tradingBadges = track(client.getBadges(trading));
    auto communityBadges = track(client.getBadges(community));
    auto communityRoles = track(client.getServerRoles(community));
    QTRY_VERIFY_WITH_TIMEOUT(tradingBadges->done && communityBadges->done && communityRoles->done,
                             10000);
    const auto hasTitle = [](const auto &items, const QString &title) {
        return std::any_of(items.begin(), items.end(),
                           [&title](const auto &item) { return item.title == title; });
    };
    QVERIFY(hasTitle(tradingBadges->value, badge.title));
    QVERIFY(!hasTitle(communityBadges->value, badge.title));
    QVERIFY(!communityRoles->value.isEmpty());
    QVERIFY(!hasTitle(communityRoles->value, role.title));
}

void tst_StructurePanes::profileSwitchLeavesNothingOld()
{
    StructureWindow w(m_dir.filePath(QStringLiteral("settings5.ini")), &m_network);
    ApiClient &client = w.client;
    MainWindow &window = w.window;
    const StructureStores &stores = w.stores;
    auto *servers = qobject_cast<ServersPane *>(window.pane(QStringLiteral("servers")));
    client.setConfig(m_sandbox.config());
    stores.reloadAll();
    QTRY_VERIFY_WITH_TIMEOUT(stores.servers->hasLoaded() && stores.serverRoles->hasLoaded(), 10000);
    QVERIFY(servers->model()->rowCount() > 0);
    QVERIFY(servers->rolesTab()->view()->model()->rowCount() > 0);

    // The switch to a profile whose server cannot be reached: nothing of the old one stays.
    stores.clearAll();
    ApiClientConfig unreachable = m_sandbox.config();
    for (auto it = unreachable.baseUrls.begin(); it != unreachable.baseUrls.end(); ++it)
        it.value().setPort(1); // nothing listens there
    client.setConfig(unreachable);
    stores.reloadAll();
    QTRY_VERIFY_WITH_TIMEOUT(stores.servers->loadError().isError(), 15000);
    QCOMPARE(servers->model()->rowCount(), 0);
    QCOMPARE(servers->rolesTab()->view()->model()->rowCount(), 0);
    QCOMPARE(servers->channelsTab()->view()->model()->rowCount(), 0);
    QVERIFY(servers->currentId().isEmpty());
}

void tst_StructurePanes::waitsForTheConnection()
{
    // The built-in profile is bound before its sandbox listens: no base URLs yet.
    StructureWindow w(m_dir.filePath(QStringLiteral("settings6.ini")), &m_network);
    ApiClient &client = w.client;
    MainWindow &window = w.window;
    const StructureStores &stores = w.stores;
    RequestLog &log = w.log;
    stores.reloadAll();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(log.size(), 0);
    QCOMPARE(client.inFlightCount(), 0);
    QVERIFY(!stores.roles->loadError().isError());
    auto *roles = qobject_cast<RolesPane *>(window.pane(QStringLiteral("roles")));
    QVERIFY(!roles->messageBar()->isVisibleTo(roles));
    // Once connected, the same reload loads.
    client.setConfig(m_sandbox.config());
    stores.reloadAll();
    QTRY_VERIFY_WITH_TIMEOUT(stores.roles->hasLoaded() && stores.servers->hasLoaded(), 10000);
}

QTEST_MAIN(tst_StructurePanes)
#include "tst_structurepanes.moc"
