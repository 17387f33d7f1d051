#include "api/apiclient.h"
#include "item/roletablemodel.h"
#include "mainwindow.h"
#include "panes/channelspane.h"
#include "panes/rolespane.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "stores/channelstore.h"
#include "stores/rolestore.h"
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
    QVERIFY(test::saveScreenshot(window, QStringLiteral("structure-window")));
}

QTEST_MAIN(tst_StructurePanes)
#include "tst_structurepanes.moc"
