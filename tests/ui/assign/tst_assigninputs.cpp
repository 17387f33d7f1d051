#include "assign/assignflowdialog.h"
#include "assign/assignitemkind.h"
#include "assign/assignpreviewpage.h"
#include "assign/csvcolumndialog.h"
#include "assign/holdingchip.h"
#include "assign/holdingchips.h"
#include "assign/palettedock.h"
#include "assign/palettetile.h"
#include "assign/userlistdialog.h"
#include "assignfixture.h"
#include "bulk/bulkclientpool.h"
#include "bulk/bulkjob.h"
#include "item/usertablemodel.h"
#include "replywaiter.h"
#include "users/userdetailpanel.h"
#include "users/userspane.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ra;

// The ways to hand a role or badge out beyond dropping rows on a tile, each through the widgets'
// own handling in a real MainWindow, against the in-process sandbox over HTTP; what the sandbox
// holds afterwards is read back through the API (an award of a held badge answers "already has
// it", so a second send of any member would show).
class tst_AssignInputs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void chipDraggedOutOfPanelRemovesRole();
    void pastedListOnTileNamesLinesLeftOut();
    void emptyClipboardSaysSo();
    void giveToDialog();
    void csvDroppedOnTileThroughColumnStep();
    void everyoneMatchingFilterShowsCountFirst();
    void resumeOfferHandlesEveryMemberOnce();

private:
    QString username(int row) const
    {
        return f.users.users->textAt(row, UserTableModel::Column::Username);
    }
    QString email(int row) const
    {
        return f.users.users->textAt(row, UserTableModel::Column::Email);
    }
    QAction *menuAction(const AssignTarget &target, const char *name);

    test::AssignFixture f;
};

void tst_AssignInputs::initTestCase()
{
    QVERIFY(f.setUp());
}

void tst_AssignInputs::cleanup()
{
    // Every test starts from the whole community in the Users table.
    if (f.users.users->filter().isEmpty())
        return;
    f.users.users->setFilter(UserFilterSpec());
    QTRY_COMPARE_WITH_TIMEOUT(f.users.users->rowCount(), 200, 15000);
}

QAction *tst_AssignInputs::menuAction(const AssignTarget &target, const char *name)
{
    QMenu *menu = f.assign->palette()->buildMenu(target, f.window.get());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    return menu->findChild<QAction *>(QString::fromLatin1(name));
}

void tst_AssignInputs::chipDraggedOutOfPanelRemovesRole()
{
    const QString member = f.userAt(40);
    auto added = track(f.client->addRoleToUser(f.roleId, member));
    QTRY_VERIFY_WITH_TIMEOUT(added->done, 10000);
    QVERIFY(f.users.pane->selectUser(member));
    HoldingChips *chips = f.assign->chips();
    QTRY_VERIFY_WITH_TIMEOUT(chips->chip(AssignTarget::Kind::Role, f.roleId), 10000);
    HoldingChip *chip = chips->chip(AssignTarget::Kind::Role, f.roleId);
    QWidget *panel = f.users.detailPanel;
    QUndoStack *stack = f.users.pane->undoStack();
    const int steps = stack->count();
    // Let go inside the panel, or taken by a drop target: no change (the step would be pushed
    // at once, before any request).
    chip->dragEnded(Qt::IgnoreAction, panel->mapToGlobal(panel->rect().center()));
    chip->dragEnded(Qt::CopyAction, panel->mapToGlobal(QPoint(-40, 10)));
    QCOMPARE(stack->count(), steps);
    // Pulled out of the panel and dropped on nothing: the member loses the role.
    chip->dragEnded(Qt::IgnoreAction, panel->mapToGlobal(QPoint(-40, 10)));
    QCOMPARE(stack->count(), steps + 1);
    QTRY_VERIFY_WITH_TIMEOUT(!f.rolesOf(member).contains(f.roleId), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!chips->chip(AssignTarget::Kind::Role, f.roleId), 10000);
    stack->undo(); // with undo
    QTRY_VERIFY_WITH_TIMEOUT(f.rolesOf(member).contains(f.roleId), 10000);
}

// Ctrl+V with nothing on the clipboard once did nothing at all: it now says why, and starts
// nothing.
void tst_AssignInputs::emptyClipboardSaysSo()
{
    QApplication::clipboard()->setText(QStringLiteral("  \n"));
    PaletteTile *tile = f.assign->palette()->tile(AssignTarget::Kind::Role, f.roleId);
    const AssignFlowDialog *before = f.assign->lastFlow();
    tile->setFocus();
    QTest::keyClick(tile, Qt::Key_V, Qt::ControlModifier);
    QVERIFY2(QToolTip::isVisible() && QToolTip::text().contains(QStringLiteral("clipboard")),
             qPrintable(QToolTip::text()));
    QCOMPARE(f.assign->lastFlow(), before);
    QToolTip::hideText();
}

void tst_AssignInputs::pastedListOnTileNamesLinesLeftOut()
{
    const QString first = username(50);
    const QString second = email(51);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    // Line 2 blank, line 4 repeats line 1, line 5 is rubbish.
    QApplication::clipboard()->setText(
        QStringLiteral("%1\n\n%2\n%1\nnot a member!!\n").arg(first, second));
    PaletteTile *tile = f.assign->palette()->tile(AssignTarget::Kind::Role, f.roleId);
    const AssignFlowDialog *before = f.assign->lastFlow();
    tile->setFocus();
    QTest::keyClick(tile, Qt::Key_V, Qt::ControlModifier);
    QTRY_VERIFY(f.assign->lastFlow() && f.assign->lastFlow() != before);
    AssignFlowDialog *flow = f.assign->lastFlow();
    QTRY_VERIFY_WITH_TIMEOUT(flow->previewPage()->isVisible(), 15000);
    // The preview names the lines left out, at once.
    QTreeWidget *left = flow->previewPage()->detailList();
    QVERIFY(left->isVisible());
    QHash<QString, QString> why;
    for (int i = 0; i < left->topLevelItemCount(); ++i)
        why.insert(left->topLevelItem(i)->text(0), left->topLevelItem(i)->text(2));
    QCOMPARE(why.size(), 3);
    QVERIFY2(why.value(QStringLiteral("2")).contains(QStringLiteral("blank")),
             qPrintable(why.value(QStringLiteral("2"))));
    QVERIFY2(why.value(QStringLiteral("4")).contains(QStringLiteral("repeats line 1")),
             qPrintable(why.value(QStringLiteral("4"))));
    QVERIFY2(why.value(QStringLiteral("5")).contains(QStringLiteral("not a member")),
             qPrintable(why.value(QStringLiteral("5"))));
    test::saveScreenshot(*flow, QStringLiteral("assign-paste-preview"));
    QVERIFY(f.confirmFlow(2));
    QCOMPARE(flow->currentJob()->counts().done, 2);
    QVERIFY(f.rolesOf(f.userAt(50)).contains(f.roleId));
    QVERIFY(f.rolesOf(f.userAt(51)).contains(f.roleId));
    flow->close();
}

void tst_AssignInputs::giveToDialog()
{
    const AssignTarget target =
        f.assign->palette()->tile(AssignTarget::Kind::Badge, f.badgeId)->target();
    QAction *give = menuAction(target, "giveToDialog");
    QVERIFY(give);
    give->trigger();
    UserListDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = f.window->findChild<UserListDialog *>()) && dialog->isVisible());
    QVERIFY2(dialog->windowTitle().contains(QStringLiteral("Drop Test Badge")),
             qPrintable(dialog->windowTitle()));
    dialog->textBox()->setPlainText(QStringLiteral("%1\n%2\n").arg(f.userAt(60), email(61)));
    QTest::mouseClick(dialog->continueButton(), Qt::LeftButton);
    AssignFlowDialog *flow = f.confirmFlow(2);
    QVERIFY(flow);
    QCOMPARE(flow->currentJob()->counts().done, 2);
    QCOMPARE(f.probe(true, f.badgeId, f.userAt(60)).kind, AssignOutcome::Kind::AlreadyHad);
    QCOMPARE(f.probe(true, f.badgeId, f.userAt(61)).kind, AssignOutcome::Kind::AlreadyHad);
    flow->close();
}

void tst_AssignInputs::csvDroppedOnTileThroughColumnStep()
{
    const QString path = f.dir.filePath(QStringLiteral("attendees.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("name,score,e-mail\nAnn,1,%1\nBo,2,%2\nCy,3,%3\n")
                   .arg(email(70), email(71), email(72))
                   .toUtf8());
    file.close();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    PaletteTile *tile = f.assign->palette()->tile(AssignTarget::Kind::Badge, f.badgeId);
    QVERIFY(f.dropOn(tile, mime, tile->rect().center()));
    CsvColumnDialog *step = nullptr;
    QTRY_VERIFY((step = f.window->findChild<CsvColumnDialog *>()) && step->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(step->continueButton()->isEnabled(), 10000);
    // The first raw rows, every column, the e-mail column chosen and highlighted.
    QTableWidget *rows = step->rowsView();
    QCOMPARE(rows->columnCount(), 3);
    QCOMPARE(rows->rowCount(), 3);
    QCOMPARE(step->columnPicker()->currentIndex(), 2);
    QCOMPARE(rows->item(0, 0)->text(), QStringLiteral("Ann"));
    QVERIFY(rows->horizontalHeaderItem(2)->font().bold());
    QVERIFY(!rows->horizontalHeaderItem(0)->font().bold());
    const QColor highlight = rows->palette().color(QPalette::Highlight);
    QCOMPARE(rows->item(1, 2)->background().color(), highlight);
    QVERIFY(rows->item(1, 0)->background().color() != highlight);
    // Clicking a header picks that column; clicking the e-mail one picks it back.
    QHeaderView *header = rows->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(0) + 5, header->height() / 2));
    QTRY_COMPARE_WITH_TIMEOUT(step->columnPicker()->currentIndex(), 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(rows->horizontalHeaderItem(0)->font().bold(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(step->continueButton()->isEnabled(), 10000);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(2) + 5, header->height() / 2));
    QTRY_VERIFY_WITH_TIMEOUT(rows->horizontalHeaderItem(2)->font().bold(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(step->continueButton()->isEnabled(), 10000);
    test::saveScreenshot(*step, QStringLiteral("assign-csv-step"));
    QTest::mouseClick(step->continueButton(), Qt::LeftButton);
    AssignFlowDialog *flow = f.confirmFlow(3);
    QVERIFY(flow);
    QCOMPARE(flow->currentJob()->counts().done, 3);
    for (int row : {70, 71, 72})
        QCOMPARE(f.probe(true, f.badgeId, f.userAt(row)).kind, AssignOutcome::Kind::AlreadyHad);
    flow->close();
}

void tst_AssignInputs::everyoneMatchingFilterShowsCountFirst()
{
    UserFilterSpec spec;
    spec.setExact(QStringLiteral("first_name"),
                  f.users.users->textAt(80, UserTableModel::Column::FirstName));
    f.users.users->setFilter(spec);
    // A filtered search gives no total: once its pages are in, the rows are the count.
    QTRY_VERIFY_WITH_TIMEOUT(f.users.users->isComplete(), 15000);
    const qint64 matching = f.users.users->rowCount();
    QVERIFY(matching > 0 && matching < 200);
    const AssignTarget target =
        f.assign->palette()->tile(AssignTarget::Kind::Role, f.roleId)->target();
    // The count is on the menu before anything is sent.
    QAction *give = menuAction(target, "giveToFilter");
    QVERIFY(give && give->isEnabled());
    QCOMPARE(give->text(), QStringLiteral("Give to everyone matching the filter (%1)")
                               .arg(QLocale().toString(matching)));
    const AssignFlowDialog *before = f.assign->lastFlow();
    give->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(f.assign->lastFlow() != before, 15000);
    AssignFlowDialog *flow = f.confirmFlow(int(matching));
    QVERIFY(flow);
    QCOMPARE(flow->currentJob()->counts().done, int(matching));
    for (const BulkItem &item : flow->currentJob()->items())
        QVERIFY(f.rolesOf(item.key).contains(f.roleId));
    flow->close();
}

void tst_AssignInputs::resumeOfferHandlesEveryMemberOnce()
{
    const QString badge = f.createBadge(QStringLiteral("Resume Badge"));
    constexpr int members = 60;
    QList<BulkItem> items;
    for (int i = 0; i < members; ++i) {
        BulkItem item;
        item.key = item.input = f.userAt(100 + i);
        item.line = i + 1;
        items.append(item);
    }
    // A job made on another server than the palette shows now, left unfinished.
    auto kind = std::make_unique<AssignItemKind>(AssignItemKind::Action::AwardBadge, badge,
                                                 QStringLiteral("Resume Badge"));
    kind->setPlace(QStringLiteral("Returning Demo Community"), QStringLiteral("Journal Server"));
    BulkJobInfo info;
    info.title = kind->displayName();
    info.community = f.client->config().communityId;
    BulkClientPool pool(*f.client);
    pool.setMaxInFlight(4);
    auto job = std::make_unique<BulkJob>(std::move(kind), items, info);
    job->setJournalDirectory(f.dir.filePath(QStringLiteral("bulk")));
    f.sandbox.addFault(QStringLiteral("route=awardBadge;latencyMs=100"));
    QVERIFY(job->start(pool));
    QTRY_VERIFY_WITH_TIMEOUT(job->counts().finished() >= 8, 15000);
    job->stop();
    QTRY_COMPARE_WITH_TIMEOUT(job->status(), BulkJob::Status::Stopped, 15000);
    const int firstRun = job->counts().done;
    QVERIFY2(
        firstRun > 0 && firstRun < members,
        qPrintable(
            QStringLiteral("%1 done, %2 finished").arg(firstRun).arg(job->counts().finished())));
    job.reset();
    f.sandbox.clearFaults();

    // Offered as at start (the fixture's start found nothing); the manager picks Resume.
    test::AnsweringQuestionProvider &questions = f.services->questions;
    questions.choiceAnswers = {0};
    const int asked = int(questions.asked.size());
    const AssignFlowDialog *before = f.assign->lastFlow();
    f.assign->offerUnfinished();
    QCOMPARE(questions.asked.size(), asked + 1);
    QVERIFY2(questions.asked.last().text.contains(QStringLiteral("Journal Server")),
             qPrintable(questions.asked.last().text));
    QTRY_VERIFY_WITH_TIMEOUT(f.assign->lastFlow() != before, 10000);
    AssignFlowDialog *flow = f.assign->lastFlow();
    // Labelled with where the job was sent, not with the palette's server.
    QVERIFY2(flow->windowTitle().contains(QStringLiteral("server: Journal Server")),
             qPrintable(flow->windowTitle()));
    BulkJob *resumed = f.waitForJob(flow);
    QVERIFY(resumed);
    // Every member done, none "already had it": a member sent twice would answer that.
    QCOMPARE(resumed->counts().done, members);
    QCOMPARE(resumed->counts().already, 0);
    QCOMPARE(resumed->counts().failed + resumed->counts().notFound, 0);
    for (const BulkItem &item : std::as_const(items))
        QCOMPARE(f.probe(true, badge, item.key).kind, AssignOutcome::Kind::AlreadyHad);
    flow->close();
}

QTEST_MAIN(tst_AssignInputs)
#include "tst_assigninputs.moc"
