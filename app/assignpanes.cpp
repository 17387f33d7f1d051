#include "assignpanes.h"

#include "api/apiclient.h"
#include "assign/assigncommand.h"
#include "assign/assignflowdialog.h"
#include "assign/assignitemkind.h"
#include "assign/bulkassigncommand.h"
#include "assign/csvcolumndialog.h"
#include "assign/filtermembers.h"
#include "assign/holdingchips.h"
#include "assign/memberholdings.h"
#include "assign/palettedock.h"
#include "assign/targetdropfilter.h"
#include "assign/userlist.h"
#include "assign/userlistdialog.h"
#include "bulk/bulkclientpool.h"
#include "bulk/bulkjob.h"
#include "bulk/bulkjournal.h"
#include "bulkresumeoffer.h"
#include "item/usertablemodel.h"
#include "mainwindow.h"
#include "panes/apiundostack.h"
#include "questionprovider.h"
#include "stores/rolestore.h"
#include "structurepanes.h"
#include "users/userdetailpanel.h"
#include "users/userspane.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QStatusBar>
#include <QTableView>

Q_LOGGING_CATEGORY(lcAssignPanes, "ra.app.assign")

namespace ra {

AssignPanes::AssignPanes(MainWindow &window, ApiClient &client, const StructureStores &structure,
                         const UsersComposition &users, QuestionProvider &questions,
                         QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_client(client)
    , m_users(users)
    , m_questions(questions)
    , m_roles(new RoleStore(client, this))
    , m_holdings(new MemberHoldings(client, this))
    , m_palette(new PaletteDock(*structure.servers, *m_roles, *structure.badges, structure.images))
    , m_chips(new HoldingChips(*users.details, *m_holdings))
{
    window.addDock(m_palette, Qt::RightDockWidgetArea);
    UsersPane *pane = users.pane;
    UserTableModel *table = users.users;
    m_palette->setSelectionProvider([pane] { return pane->selectedUserIds(); });
    // The server's total where it gives one; a filtered search gives none, but once every page is
    // loaded the rows are the count. Otherwise the preview counts them before anything is sent.
    m_palette->setFilterCountProvider([table]() -> qint64 {
        if (table->totalCount() >= 0)
            return table->totalCount();
        return table->isComplete() ? table->rowCount() : -1;
    });
    connect(m_palette, &PaletteDock::giveToUsers, this,
            [this](const AssignTarget &target, const QStringList &ids) {
                if (ids.size() == 1)
                    giveOne(target, ids.first());
                else if (!ids.isEmpty())
                    giveToList(target, UserList::parse(ids.join(QLatin1Char('\n')).toUtf8()));
            });
    connect(m_palette, &PaletteDock::giveToList, this,
            [this](const AssignTarget &target, const QString &text) {
                giveToList(target, UserList::parse(text.toUtf8()));
            });
    connect(m_palette, &PaletteDock::giveToCsv, this, &AssignPanes::giveToCsv);
    connect(m_palette, &PaletteDock::giveToFilter, this, &AssignPanes::giveToFilter);
    connect(m_palette, &PaletteDock::giveToDialogRequested, this, &AssignPanes::openListDialog);

    users.detailPanel->setHoldingsView(m_chips);
    m_chips->setPanel(users.detailPanel);
    connect(m_chips, &HoldingChips::removeRequested, this, &AssignPanes::takeOne);
    auto *rowDrops = new TargetDropFilter(
        pane->view()->viewport(), [pane](const QPoint &pos) { return pane->userIdAt(pos); });
    UserDetailPanel *detail = users.detailPanel;
    auto *panelDrops =
        new TargetDropFilter(detail, [detail](const QPoint &) { return detail->userId(); });
    for (TargetDropFilter *filter : {rowDrops, panelDrops})
        connect(filter, &TargetDropFilter::targetDropped, this, &AssignPanes::giveOne);
}

bool AssignPanes::isConnected() const
{
    // Roles and badges are System routes, member lookups Integration and Application ones.
    return m_client.config().baseUrl(ApiFamily::System).isValid();
}

void AssignPanes::onBound()
{
    m_palette->setCommunityId(m_client.config().communityId);
    if (!isConnected())
        return;
    m_roles->reload();
    if (!m_offered) {
        m_offered = true;
        offerUnfinished();
    }
}

QString AssignPanes::userName(const QString &userId) const
{
    const int row = m_users.users->rowOfId(userId);
    return row >= 0 ? m_users.users->textAt(row, UserTableModel::Column::Username) : userId;
}

void AssignPanes::giveOne(const AssignTarget &target, const QString &userId)
{
    pushOne(target, userId, true);
}

void AssignPanes::takeOne(const AssignTarget &target, const QString &userId)
{
    pushOne(target, userId, false);
}

void AssignPanes::pushOne(const AssignTarget &target, const QString &userId, bool give)
{
    const QString who = userName(userId);
    const QString where = m_palette->communityName();
    QPointer<MainWindow> window(&m_window);
    auto report = [window, who, where](const AssignTarget &t, bool gave,
                                       const AssignOutcome &outcome) {
        if (!window)
            return;
        QString text;
        switch (outcome.kind) {
        case AssignOutcome::Kind::Done:
            text = gave ? tr("%1 now has %2 (%3).").arg(who, t.describe(), where)
                        : tr("%1 no longer has %2 (%3).").arg(who, t.describe(), where);
            break;
        case AssignOutcome::Kind::AlreadyHad:
            text = tr("%1 already had %2 (%3).").arg(who, t.describe(), where);
            break;
        case AssignOutcome::Kind::NotHeld:
            text = tr("%1 did not hold %2 (%3).").arg(who, t.describe(), where);
            break;
        default:
            text = tr("Could not change %1 for %2 (%3): %4")
                       .arg(t.describe(), who, where, outcome.reason);
            break;
        }
        window->statusBar()->showMessage(text, 15000);
    };
    m_users.pane->apiUndoStack()->pushCommand(
        new AssignCommand(*m_holdings, target, userId, who, give, report));
}

AssignScope AssignPanes::currentScope(const AssignTarget &target) const
{
    AssignScope scope;
    scope.community = m_palette->communityName();
    scope.server = target.kind == AssignTarget::Kind::Role ? m_palette->serverName() : QString();
    return scope;
}

AssignFlowDialog *AssignPanes::openFlow(const AssignTarget &target, bool give,
                                        const AssignScope &scope)
{
    auto *pool = new BulkClientPool(m_client);
    auto *dialog = new AssignFlowDialog(*pool, target, give, scope, &m_window);
    pool->setParent(dialog);
    if (!m_journalDir.isEmpty())
        dialog->setJournalDirectory(m_journalDir);
    dialog->setUndoHandler([this](BulkJob *job) { return undoFromWindow(job); });
    QPointer<AssignFlowDialog> guard(dialog);
    connect(dialog, &AssignFlowDialog::jobFinished, this,
            [this, guard](BulkJob *job, const AssignTarget &t, bool gave) {
                onJobFinished(guard, job, t, gave);
            });
    m_lastFlow = dialog;
    dialog->show();
    return dialog;
}

void AssignPanes::onJobFinished(AssignFlowDialog *dialog, BulkJob *job, const AssignTarget &target,
                                bool gave)
{
    for (const BulkItem &item : job->items()) {
        const bool asAsked =
            item.state == BulkItemState::Done || item.state == BulkItemState::Already;
        m_holdings->learn(target, item.key, gave, asAsked);
    }
    m_flowOfJob.insert(job->id(), dialog);
    if (m_stepJobs.contains(job->id()))
        return; // an undo or redo of a step: the step is already on the stack
    // A retry joins the step of the job it retries while that step is still the latest one.
    ApiUndoStack *stack = m_users.pane->apiUndoStack();
    BulkAssignCommand *parent = stepOf(job->info().parentId);
    if (parent && stack->index() == stack->count() &&
        stack->command(stack->count() - 1) == parent) {
        parent->add(*job);
        return;
    }
    std::unique_ptr<BulkAssignCommand> step = BulkAssignCommand::fromJob(
        *job, [this](std::unique_ptr<BulkJob> next) { return runStepJob(std::move(next)); });
    if (!step)
        return;          // nothing changed: nothing to undo
    step->skipNextRun(); // the job that made the change already ran
    stack->pushCommand(step.release());
}

BulkAssignCommand *AssignPanes::stepOf(const QString &jobId) const
{
    if (jobId.isEmpty())
        return nullptr;
    const ApiUndoStack *stack = m_users.pane->apiUndoStack();
    for (int i = 0; i < stack->count(); ++i) {
        // QUndoStack hands out its commands as const; the stack owns them.
        auto *step =
            dynamic_cast<BulkAssignCommand *>(const_cast<QUndoCommand *>(stack->command(i)));
        if (step && step->covers(jobId))
            return step;
    }
    return nullptr;
}

BulkJob *AssignPanes::runStepJob(std::unique_ptr<BulkJob> job)
{
    const auto *kind = dynamic_cast<const AssignItemKind *>(&job->kind());
    if (!kind)
        return nullptr;
    m_stepJobs.insert(job->id());
    // In the window of the job it takes back when that window is still open and idle, else in
    // a new one labelled with where the change was made.
    const BulkAssignCommand *step = stepOf(job->id());
    AssignFlowDialog *dialog = nullptr;
    for (auto it = m_flowOfJob.cbegin(); !dialog && step && it != m_flowOfJob.cend(); ++it) {
        if (it.value() && it.value()->isVisible() && step->covers(it.key()))
            dialog = it.value();
    }
    if (!dialog || !dialog->isVisible() || dialog->isBusy()) {
        AssignTarget target;
        target.kind = kind->isRole() ? AssignTarget::Kind::Role : AssignTarget::Kind::Badge;
        target.id = kind->targetId();
        target.name = kind->targetName();
        dialog =
            openFlow(target, kind->gives(), AssignScope{kind->communityName(), kind->serverName()});
    }
    dialog->raise();
    return dialog->startWithJob(std::move(job));
}

QString AssignPanes::undoFromWindow(BulkJob *job)
{
    ApiUndoStack *stack = m_users.pane->apiUndoStack();
    BulkAssignCommand *step = stepOf(job->id());
    if (!step)
        return tr("This change is no longer on the undo stack (Edit menu), so it cannot be "
                  "undone from here.");
    const bool undoing = !step->isUndoRun(job->id());
    const int at = [&] {
        for (int i = 0; i < stack->count(); ++i) {
            if (stack->command(i) == step)
                return i;
        }
        return -1;
    }();
    if (undoing && stack->index() == at + 1) {
        stack->undo();
        return {};
    }
    if (!undoing && stack->index() == at) {
        stack->redo();
        return {};
    }
    return tr("Changes made after this one come first: undo them in the Users pane "
              "(Edit ▸ Undo, Ctrl+Z) before this one.");
}

AssignFlowDialog *AssignPanes::giveToList(const AssignTarget &target, const UserList &list)
{
    AssignFlowDialog *dialog = openFlow(target, true, currentScope(target));
    dialog->startWithList(list);
    return dialog;
}

void AssignPanes::giveToCsv(const AssignTarget &target, const QString &path)
{
    auto *dialog = new CsvColumnDialog(target, currentScope(target), path, &m_window);
    connect(dialog, &CsvColumnDialog::listReady, this,
            [this](const AssignTarget &t, const UserList &list) { giveToList(t, list); });
    dialog->open();
}

void AssignPanes::openListDialog(const AssignTarget &target)
{
    auto *dialog = new UserListDialog(target, currentScope(target), &m_window);
    connect(dialog, &UserListDialog::listEntered, this,
            [this](const AssignTarget &t, const QString &text) {
                giveToList(t, UserList::parse(text.toUtf8()));
            });
    dialog->open();
}

void AssignPanes::giveToFilter(const AssignTarget &target)
{
    auto *collector = new FilterMembers(m_client, m_users.users->filter(), this);
    m_window.statusBar()->showMessage(
        tr("Listing everyone the filter matches for %1…").arg(target.describe()));
    connect(collector, &FilterMembers::progress, this, [this](int read, qint64 total) {
        m_window.statusBar()->showMessage(
            total >= 0
                ? tr("Listing everyone the filter matches: %1 of %2…")
                      .arg(QLocale().toString(read), QLocale().toString(total))
                : tr("Listing everyone the filter matches: %1…").arg(QLocale().toString(read)));
    });
    connect(collector, &FilterMembers::finished, this, [this, collector, target] {
        collector->deleteLater();
        if (!collector->error().isEmpty()) {
            m_window.statusBar()->showMessage(
                tr("Could not list everyone the filter matches: %1").arg(collector->error()),
                20000);
            return;
        }
        m_window.statusBar()->clearMessage();
        giveToList(target, UserList::parse(collector->ids().join(QLatin1Char('\n')).toUtf8()));
    });
    collector->start();
}

void AssignPanes::offerUnfinished()
{
    const QString dir = m_journalDir.isEmpty() ? BulkJournal::defaultDirectory() : m_journalDir;
    const QList<BulkJournal::Summary> open = BulkJournal::unfinished(dir);
    for (const BulkJournal::Summary &s : open) {
        const std::unique_ptr<AssignItemKind> kind =
            AssignItemKind::fromJson(s.info.kind, s.info.params);
        if (!kind)
            continue; // another engine user's job (an import chunk kind) is not ours to offer
        // Labelled with where it was sent, as its journal says, not with the palette's choice.
        AssignScope scope{kind->communityName(), kind->serverName()};
        if (scope.community.isEmpty())
            scope.community = s.info.community == m_palette->communityId()
                                  ? m_palette->communityName()
                                  : s.info.community;
        QuestionProvider::Question q;
        q.title = tr("Interrupted Assignment");
        q.text = tr("\"%1\" (%2) was interrupted before every member was handled.")
                     .arg(s.info.title, scope.text());
        q.informativeText =
            tr("Handled: %1 of %2 (done %3, already %4, not found %5, failed %6); "
               "%7 were on the wire and will be checked first. Resume sends to the rest, "
               "none twice. Forget stops here and you are not asked again.")
                .arg(s.counts.finished())
                .arg(s.counts.total)
                .arg(s.counts.done)
                .arg(s.counts.already)
                .arg(s.counts.notFound)
                .arg(s.counts.failed)
                .arg(s.inDoubt);
        const QString path = s.path;
        AssignTarget target;
        target.kind = kind->isRole() ? AssignTarget::Kind::Role : AssignTarget::Kind::Badge;
        target.id = kind->targetId();
        target.name = kind->targetName();
        const bool gives = kind->gives();
        offerBulkResume(m_window, m_questions, this, q, path, [this, path, target, gives, scope] {
            QString why;
            std::unique_ptr<BulkJob> job = BulkJob::resumeFrom(path, &why);
            if (!job) {
                m_window.statusBar()->showMessage(
                    tr("The assignment cannot be resumed: %1").arg(why), 20000);
                return;
            }
            openFlow(target, gives, scope)->startWithJob(std::move(job));
        });
    }
}

} // namespace ra
