#include "api/apiclient.h"
#include "item/badgetablemodel.h"
#include "item/roletablemodel.h"
#include "mainwindow.h"
#include "panes/badgespane.h"
#include "panes/channelspane.h"
#include "panes/rolespane.h"
#include "panes/serverspane.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "stores/badgestore.h"
#include "stores/channelstore.h"
#include "stores/rolestore.h"
#include "stores/serverstore.h"
#include "structurepanes.h"
#include "testservices.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>

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

private:
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
    test::Services s(m_dir.filePath(QStringLiteral("settings.ini")));
    ApiClient client(&m_network);
    MainWindow window(s.settings, s.profiles, s.activity, s.questions);
    QObject owner;
    const StructureStores stores = installStructurePanes(window, client, s.questions, &owner);
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
    test::Services s(m_dir.filePath(QStringLiteral("settings2.ini")));
    ApiClient client(&m_network);
    MainWindow window(s.settings, s.profiles, s.activity, s.questions);
    QObject owner;
    const StructureStores stores = installStructurePanes(window, client, s.questions, &owner);
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

QTEST_MAIN(tst_StructurePanes)
#include "tst_structurepanes.moc"
