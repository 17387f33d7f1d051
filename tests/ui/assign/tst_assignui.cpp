#include "api/apiclient.h"
#include "assign/assignflowdialog.h"
#include "assign/assignjobview.h"
#include "assign/assignoutcome.h"
#include "assign/assignpreviewpage.h"
#include "assign/holdingchip.h"
#include "assign/holdingchips.h"
#include "assign/memberholdings.h"
#include "assign/palettedock.h"
#include "assign/palettetile.h"
#include "assignpanes.h"
#include "bulk/bulkjob.h"
#include "item/userfiltermodel.h"
#include "item/usertablemodel.h"
#include "mainwindow.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "stores/badgestore.h"
#include "stores/imagecache.h"
#include "stores/serverstore.h"
#include "structurepanes.h"
#include "testservices.h"
#include "users/userspane.h"
#include "userspanes.h"

#include <QApplication>
#include <QDropEvent>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ra;

// Visual assignment in a real MainWindow against the in-process sandbox over HTTP. Every give
// goes through the widgets' own drop handling (drag events built from the Users view's model
// mimeData() and sent to the tile, the row or the chip), and what the sandbox holds afterwards
// is read back through the API: an award of a held badge answers "already has it" and a removal
// of one not held "does not have it", neither of which changes anything.
class tst_AssignUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void paletteShowsServerAndSearches();
    void dropThreeSelectedUsersOnBadgeTile();
    void undoBulkAwardRestoresSandbox();
    void alreadyHeldAndUnknownIdReport();
    void roleChipDeleteRemovesRoleAndUndoGivesItBack();
    void tileDroppedOnRowGivesRole();

private:
    static bool dropOn(QWidget *widget, const QMimeData &mime, const QPoint &pos);
    AssignOutcome probe(bool award, const QString &badgeId, const QString &userId);
    QStringList rolesOf(const QString &userId);
    QString createBadge(const QString &title);
    QString createRole(const QString &title);
    AssignFlowDialog *confirmFlow(int expectedMembers);

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    std::unique_ptr<test::Services> m_services;
    std::unique_ptr<ApiClient> m_client;
    QObject m_owner;
    std::unique_ptr<MainWindow> m_window;
    StructureStores m_structure;
    UsersComposition m_users;
    AssignPanes *m_assign = nullptr;
    QString m_badgeId;
    QString m_roleId;
    QStringList m_bulkUsers; // the three of the first drop
};

bool tst_AssignUi::dropOn(QWidget *widget, const QMimeData &mime, const QPoint &pos)
{
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &drop);
    return drop.isAccepted();
}

AssignOutcome tst_AssignUi::probe(bool award, const QString &badgeId, const QString &userId)
{
    ApiReplyBase *reply = award ? static_cast<ApiReplyBase *>(m_client->awardBadge(badgeId, userId))
                                : m_client->removeBadge(badgeId, userId);
    AssignOutcome outcome;
    bool done = false;
    connect(reply, &ApiReplyBase::finished, this, [&] {
        outcome = AssignOutcome::classify(*reply);
        done = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }();
    return outcome;
}

QStringList tst_AssignUi::rolesOf(const QString &userId)
{
    auto roles = track(m_client->getUserRoles(userId));
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(roles->done, 10000);
    }();
    QStringList ids;
    for (const Role &r : roles->value)
        ids.append(r.id);
    return ids;
}

QString tst_AssignUi::createBadge(const QString &title)
{
    auto badge = track(m_client->createBadge(
        {{QStringLiteral("title"), title}, {QStringLiteral("action"), QStringLiteral("custom")}}));
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(badge->done, 10000);
    }();
    return badge->value.id;
}

QString tst_AssignUi::createRole(const QString &title)
{
    auto role =
        track(m_client->createRole({{QStringLiteral("title"), title},
                                    {QStringLiteral("class"), QStringLiteral("gold")},
                                    {QStringLiteral("order"), 7},
                                    {QStringLiteral("billable"), false},
                                    {QStringLiteral("server_permissions"), QJsonObject()},
                                    {QStringLiteral("channel_permissions"), QJsonObject()}}));
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(role->done, 10000);
    }();
    return role->value.id;
}

void tst_AssignUi::initTestCase()
{
    QVERIFY(m_sandbox.start(300));
    QVERIFY(m_dir.isValid());
    m_services = std::make_unique<test::Services>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
    // A badge and a role of the test's own, so no seeded holding interferes.
    m_badgeId = createBadge(QStringLiteral("Drop Test Badge"));
    m_roleId = createRole(QStringLiteral("Drop Test Role"));
    QVERIFY(!m_badgeId.isEmpty());
    QVERIFY(!m_roleId.isEmpty());

    test::Services &s = *m_services;
    m_window = std::make_unique<MainWindow>(s.settings, s.profiles, s.activity, s.questions);
    m_structure.servers = new ServerStore(*m_client, &m_owner);
    m_structure.badges = new BadgeStore(*m_client, &m_owner);
    m_structure.images = new ImageCache(&m_network, &m_owner);
    m_users = installUsersPane(*m_window, *m_client, s.settings, s.profiles, s.questions, &m_owner);
    m_assign = new AssignPanes(*m_window, *m_client, m_structure, m_users, s.questions, &m_owner);
    m_assign->setJournalDirectory(m_dir.filePath(QStringLiteral("bulk")));
    m_structure.servers->reload();
    m_structure.badges->reload();
    m_users.reloadAll();
    m_assign->onBound();
    QVERIFY(m_window->showPane(QStringLiteral("users")));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE_WITH_TIMEOUT(m_users.users->rowCount(), 200, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_assign->palette()->tile(AssignTarget::Kind::Badge, m_badgeId),
                             10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_assign->palette()->tile(AssignTarget::Kind::Role, m_roleId), 10000);
}

void tst_AssignUi::paletteShowsServerAndSearches()
{
    PaletteDock *palette = m_assign->palette();
    QTRY_COMPARE_WITH_TIMEOUT(palette->windowTitle(),
                              QStringLiteral("Palette: Returning Demo Community"), 10000);
    QCOMPARE(palette->communityName(), QStringLiteral("Returning Demo Community"));
    palette->searchBox()->setText(QStringLiteral("drop test"));
    int shown = 0;
    for (PaletteTile *tile : palette->tiles())
        shown += tile->isVisibleTo(palette) ? 1 : 0;
    QCOMPARE(shown, 2); // the test's badge and role
    palette->searchBox()->clear();
    // Keyboard: tiles take focus.
    PaletteTile *tile = palette->tile(AssignTarget::Kind::Badge, m_badgeId);
    QCOMPARE(tile->focusPolicy(), Qt::StrongFocus);
    test::saveScreenshot(*m_window, QStringLiteral("assign-palette"));
}

AssignFlowDialog *tst_AssignUi::confirmFlow(int expectedMembers)
{
    AssignFlowDialog *flow = m_assign->lastFlow();
    [&] {
        QVERIFY(flow);
        QTRY_VERIFY_WITH_TIMEOUT(flow->previewPage()->isVisible(), 15000);
    }();
    if (!flow || !flow->previewPage()->isVisible())
        return nullptr;
    const QString headline = flow->previewPage()->headline();
    [&] {
        QVERIFY2(headline.contains(QStringLiteral(" %1 members").arg(expectedMembers)),
                 qPrintable(headline));
        QVERIFY2(headline.contains(QStringLiteral("Returning Demo Community")),
                 qPrintable(headline));
    }();
    test::saveScreenshot(*flow, QStringLiteral("assign-preview"));
    QTest::mouseClick(flow->previewPage()->confirmButton(), Qt::LeftButton);
    [&] {
        QVERIFY(flow->currentJob());
        QTRY_COMPARE_WITH_TIMEOUT(flow->currentJob()->status(), BulkJob::Status::Finished, 30000);
    }();
    return flow;
}

void tst_AssignUi::dropThreeSelectedUsersOnBadgeTile()
{
    QTableView *view = m_users.pane->view();
    QAbstractItemModel *model = view->model();
    view->selectionModel()->select(
        QItemSelection(model->index(0, 0), model->index(2, model->columnCount() - 1)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_bulkUsers = m_users.pane->selectedUserIds();
    QCOMPARE(m_bulkUsers.size(), 3);
    for (const QString &id : std::as_const(m_bulkUsers))
        QCOMPARE(probe(false, m_badgeId, id).kind, AssignOutcome::Kind::NotHeld);

    // The drag the view would start: its model's mimeData() of the selection.
    std::unique_ptr<QMimeData> mime(model->mimeData(view->selectionModel()->selectedIndexes()));
    QVERIFY(mime->hasFormat(AssignTarget::userIdsMimeType));
    PaletteTile *tile = m_assign->palette()->tile(AssignTarget::Kind::Badge, m_badgeId);
    QVERIFY(dropOn(tile, *mime, tile->rect().center()));

    AssignFlowDialog *flow = confirmFlow(3);
    QVERIFY(flow);
    const BulkCounts counts = flow->currentJob()->counts();
    QCOMPARE(counts.done, 3);
    QCOMPARE(counts.failed + counts.notFound + counts.already, 0);
    test::saveScreenshot(*flow, QStringLiteral("assign-report"));
    // The sandbox holds the award: awarding again is "already has it".
    for (const QString &id : std::as_const(m_bulkUsers))
        QCOMPARE(probe(true, m_badgeId, id).kind, AssignOutcome::Kind::AlreadyHad);
    // And the session knows it (the chips can say so).
    QVERIFY(m_assign->holdings()->badgeKnown(m_bulkUsers.first()));
}

void tst_AssignUi::undoBulkAwardRestoresSandbox()
{
    AssignFlowDialog *flow = m_assign->lastFlow();
    QVERIFY(flow && flow->jobView());
    BulkJob *award = flow->currentJob();
    QVERIFY(flow->jobView()->undoButton()->isEnabled());
    QTest::mouseClick(flow->jobView()->undoButton(), Qt::LeftButton);
    QTRY_VERIFY(flow->currentJob() != award);
    QTRY_COMPARE_WITH_TIMEOUT(flow->currentJob()->status(), BulkJob::Status::Finished, 30000);
    QCOMPARE(flow->currentJob()->counts().done, 3);
    // Back where it was: none of the three holds the badge.
    for (const QString &id : std::as_const(m_bulkUsers))
        QCOMPARE(probe(false, m_badgeId, id).kind, AssignOutcome::Kind::NotHeld);
    flow->close();
}

void tst_AssignUi::alreadyHeldAndUnknownIdReport()
{
    const QString holder = m_users.users->idAt(10);
    const QString fresh = m_users.users->idAt(11);
    const QString unknown = QStringLiteral("987654321");
    QCOMPARE(probe(true, m_badgeId, holder).kind, AssignOutcome::Kind::Done);
    QMimeData mime;
    AssignTarget::writeUserIds(mime, {holder, fresh, unknown});
    PaletteTile *tile = m_assign->palette()->tile(AssignTarget::Kind::Badge, m_badgeId);
    QVERIFY(dropOn(tile, mime, tile->rect().center()));
    AssignFlowDialog *flow = confirmFlow(3);
    QVERIFY(flow);
    const BulkCounts counts = flow->currentJob()->counts();
    QCOMPARE(counts.done, 1);
    QCOMPARE(counts.already, 1);
    QCOMPARE(counts.notFound, 1);
    QCOMPARE(counts.failed, 0);
    QHash<QString, QString> stateOf;
    for (const BulkReport::Row &row : flow->jobView()->report().rows())
        stateOf.insert(row.input, row.state);
    QCOMPARE(stateOf.value(holder), QStringLiteral("already"));
    QCOMPARE(stateOf.value(fresh), QStringLiteral("done"));
    QCOMPARE(stateOf.value(unknown), QStringLiteral("notFound"));
    QVERIFY(!flow->jobView()->retryButton()->isEnabled()); // nothing failed
    flow->close();
}

void tst_AssignUi::roleChipDeleteRemovesRoleAndUndoGivesItBack()
{
    const QString member = m_users.users->idAt(20);
    auto added = track(m_client->addRoleToUser(m_roleId, member));
    QTRY_VERIFY_WITH_TIMEOUT(added->done, 10000);
    QVERIFY(rolesOf(member).contains(m_roleId));
    QVERIFY(m_users.pane->selectUser(member));
    HoldingChips *chips = m_assign->chips();
    QTRY_VERIFY_WITH_TIMEOUT(chips->chip(AssignTarget::Kind::Role, m_roleId), 10000);
    HoldingChip *chip = chips->chip(AssignTarget::Kind::Role, m_roleId);
    test::saveScreenshot(*m_window, QStringLiteral("assign-chips"));
    QUndoStack *stack = m_users.pane->undoStack();
    const int steps = stack->count();
    chip->setFocus();
    QTest::keyClick(chip, Qt::Key_Delete);
    QTRY_VERIFY_WITH_TIMEOUT(!rolesOf(member).contains(m_roleId), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!chips->chip(AssignTarget::Kind::Role, m_roleId), 10000);
    // One undo step gives it back.
    QCOMPARE(stack->count(), steps + 1);
    stack->undo();
    QTRY_VERIFY_WITH_TIMEOUT(rolesOf(member).contains(m_roleId), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(chips->chip(AssignTarget::Kind::Role, m_roleId), 10000);
}

void tst_AssignUi::tileDroppedOnRowGivesRole()
{
    QTableView *view = m_users.pane->view();
    const QModelIndex row = view->model()->index(30, 1);
    const QString member = m_users.users->idAt(m_users.pane->proxy()->mapToSource(row).row());
    QVERIFY(!rolesOf(member).contains(m_roleId));
    view->scrollTo(row);
    QMimeData mime;
    m_assign->palette()->tile(AssignTarget::Kind::Role, m_roleId)->target().writeTo(mime);
    QVERIFY(dropOn(view->viewport(), mime, view->visualRect(row).center()));
    QTRY_VERIFY_WITH_TIMEOUT(rolesOf(member).contains(m_roleId), 10000);
    // Nobody under the point: refused, nothing sent.
    QVERIFY(!dropOn(view->viewport(), mime, QPoint(-5, -5)));
}

QTEST_MAIN(tst_AssignUi)
#include "tst_assignui.moc"
