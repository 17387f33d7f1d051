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
#include "assignfixture.h"
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

#include <QAction>
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
    void undoStackRedoesAndUndoesBulkChange();
    void alreadyHeldAndUnknownIdReport();
    void roleChipDeleteRemovesRoleAndUndoGivesItBack();
    void tileDroppedOnRowGivesRole();

private:
    test::AssignFixture f;
    QStringList m_bulkUsers; // the three of the first drop
};

void tst_AssignUi::initTestCase()
{
    QVERIFY(f.setUp());
}

void tst_AssignUi::paletteShowsServerAndSearches()
{
    PaletteDock *palette = f.assign->palette();
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
    PaletteTile *tile = palette->tile(AssignTarget::Kind::Badge, f.badgeId);
    QCOMPARE(tile->focusPolicy(), Qt::StrongFocus);
    test::saveScreenshot(*f.window, QStringLiteral("assign-palette"));
}

void tst_AssignUi::dropThreeSelectedUsersOnBadgeTile()
{
    QTableView *view = f.users.pane->view();
    QAbstractItemModel *model = view->model();
    view->selectionModel()->select(
        QItemSelection(model->index(0, 0), model->index(2, model->columnCount() - 1)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_bulkUsers = f.users.pane->selectedUserIds();
    QCOMPARE(m_bulkUsers.size(), 3);
    for (const QString &id : std::as_const(m_bulkUsers))
        QCOMPARE(f.probe(false, f.badgeId, id).kind, AssignOutcome::Kind::NotHeld);

    // The drag the view would start: its model's mimeData() of the selection.
    std::unique_ptr<QMimeData> mime(model->mimeData(view->selectionModel()->selectedIndexes()));
    QVERIFY(mime->hasFormat(AssignTarget::userIdsMimeType));
    PaletteTile *tile = f.assign->palette()->tile(AssignTarget::Kind::Badge, f.badgeId);
    QVERIFY(f.dropOn(tile, *mime, tile->rect().center()));

    AssignFlowDialog *flow = f.confirmFlow(3);
    QVERIFY(flow);
    const BulkCounts counts = flow->currentJob()->counts();
    QCOMPARE(counts.done, 3);
    QCOMPARE(counts.failed + counts.notFound + counts.already, 0);
    test::saveScreenshot(*flow, QStringLiteral("assign-report"));
    // The sandbox holds the award: awarding again is "already has it".
    for (const QString &id : std::as_const(m_bulkUsers))
        QCOMPARE(f.probe(true, f.badgeId, id).kind, AssignOutcome::Kind::AlreadyHad);
    // And the session knows it (the chips can say so).
    QVERIFY(f.assign->holdings()->badgeKnown(m_bulkUsers.first()));
}

void tst_AssignUi::undoBulkAwardRestoresSandbox()
{
    AssignFlowDialog *flow = f.assign->lastFlow();
    QVERIFY(flow && flow->jobView());
    BulkJob *award = flow->currentJob();
    QVERIFY(flow->jobView()->undoButton()->isEnabled());
    QTest::mouseClick(flow->jobView()->undoButton(), Qt::LeftButton);
    QTRY_VERIFY(flow->currentJob() != award);
    QTRY_COMPARE_WITH_TIMEOUT(flow->currentJob()->status(), BulkJob::Status::Finished, 30000);
    QCOMPARE(flow->currentJob()->counts().done, 3);
    // Back where it was: none of the three holds the badge.
    for (const QString &id : std::as_const(m_bulkUsers))
        QCOMPARE(f.probe(false, f.badgeId, id).kind, AssignOutcome::Kind::NotHeld);
    flow->close();
}

void tst_AssignUi::undoStackRedoesAndUndoesBulkChange()
{
    // The bulk award is one step on the Users pane's stack, now undone (by the window's button).
    QUndoStack *stack = f.users.pane->undoStack();
    QVERIFY(stack->canRedo());
    QVERIFY2(stack->redoText().contains(QStringLiteral("(3 member")),
             qPrintable(stack->redoText()));
    // Redo gives it again as a job in an assignment window of its own (the first one is closed).
    const AssignFlowDialog *closed = f.assign->lastFlow();
    stack->redo();
    QTRY_VERIFY(f.assign->lastFlow() != closed);
    BulkJob *redo = f.waitForJob(f.assign->lastFlow());
    QVERIFY(redo);
    QCOMPARE(redo->counts().done, 3);
    for (const QString &id : std::as_const(m_bulkUsers))
        QCOMPARE(f.probe(true, f.badgeId, id).kind, AssignOutcome::Kind::AlreadyHad);
    // Edit > Undo (Ctrl+Z) with the Users pane shown takes the whole change back, as one step, in
    // that window.
    AssignFlowDialog *flow = f.assign->lastFlow();
    QAction *undoAction = f.window->findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(undoAction && undoAction->isEnabled());
    QCOMPARE(undoAction->shortcut(), QKeySequence(QKeySequence::Undo));
    undoAction->trigger();
    BulkJob *undo = f.waitForJob(flow, redo);
    QVERIFY(undo);
    QCOMPARE(undo->counts().done, 3);
    QVERIFY(stack->canRedo());
    for (const QString &id : std::as_const(m_bulkUsers))
        QCOMPARE(f.probe(false, f.badgeId, id).kind, AssignOutcome::Kind::NotHeld);
    flow->close();
}

void tst_AssignUi::alreadyHeldAndUnknownIdReport()
{
    const QString holder = f.users.users->idAt(10);
    const QString fresh = f.users.users->idAt(11);
    const QString unknown = QStringLiteral("987654321");
    QCOMPARE(f.probe(true, f.badgeId, holder).kind, AssignOutcome::Kind::Done);
    QMimeData mime;
    AssignTarget::writeUserIds(mime, {holder, fresh, unknown});
    PaletteTile *tile = f.assign->palette()->tile(AssignTarget::Kind::Badge, f.badgeId);
    QVERIFY(f.dropOn(tile, mime, tile->rect().center()));
    AssignFlowDialog *flow = f.confirmFlow(3);
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
    const QString member = f.users.users->idAt(20);
    auto added = track(f.client->addRoleToUser(f.roleId, member));
    QTRY_VERIFY_WITH_TIMEOUT(added->done, 10000);
    QVERIFY(f.rolesOf(member).contains(f.roleId));
    QVERIFY(f.users.pane->selectUser(member));
    HoldingChips *chips = f.assign->chips();
    QTRY_VERIFY_WITH_TIMEOUT(chips->chip(AssignTarget::Kind::Role, f.roleId), 10000);
    HoldingChip *chip = chips->chip(AssignTarget::Kind::Role, f.roleId);
    test::saveScreenshot(*f.window, QStringLiteral("assign-chips"));
    QUndoStack *stack = f.users.pane->undoStack();
    const int steps = stack->count();
    chip->setFocus();
    QTest::keyClick(chip, Qt::Key_Delete);
    QTRY_VERIFY_WITH_TIMEOUT(!f.rolesOf(member).contains(f.roleId), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!chips->chip(AssignTarget::Kind::Role, f.roleId), 10000);
    // One undo step gives it back.
    QCOMPARE(stack->count(), steps + 1);
    stack->undo();
    QTRY_VERIFY_WITH_TIMEOUT(f.rolesOf(member).contains(f.roleId), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(chips->chip(AssignTarget::Kind::Role, f.roleId), 10000);
}

void tst_AssignUi::tileDroppedOnRowGivesRole()
{
    QTableView *view = f.users.pane->view();
    const QModelIndex row = view->model()->index(30, 1);
    const QString member = f.users.users->idAt(f.users.pane->proxy()->mapToSource(row).row());
    QVERIFY(!f.rolesOf(member).contains(f.roleId));
    view->scrollTo(row);
    QMimeData mime;
    f.assign->palette()->tile(AssignTarget::Kind::Role, f.roleId)->target().writeTo(mime);
    QVERIFY(f.dropOn(view->viewport(), mime, view->visualRect(row).center()));
    QTRY_VERIFY_WITH_TIMEOUT(f.rolesOf(member).contains(f.roleId), 10000);
    // Nobody under the point: refused, nothing sent.
    QVERIFY(!f.dropOn(view->viewport(), mime, QPoint(-5, -5)));
}

QTEST_MAIN(tst_AssignUi)
#include "tst_assignui.moc"
