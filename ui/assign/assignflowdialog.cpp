#include "assign/assignflowdialog.h"

#include "assign/assignitemkind.h"
#include "assign/assignjobview.h"
#include "assign/assignpreviewpage.h"
#include "assign/userresolver.h"
#include "bulk/bulkclientpool.h"
#include "bulk/bulkjob.h"
#include "messagebar.h"

#include <QCloseEvent>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ra {

namespace {
AssignOutcome::Action actionOf(AssignTarget::Kind kind, bool give)
{
    if (kind == AssignTarget::Kind::Badge)
        return give ? AssignOutcome::Action::AwardBadge : AssignOutcome::Action::RemoveBadge;
    return give ? AssignOutcome::Action::AddRole : AssignOutcome::Action::RemoveRole;
}
} // namespace

AssignFlowDialog::AssignFlowDialog(BulkClientPool &pool, const AssignTarget &target, bool give,
                                   const AssignScope &scope, QWidget *parent)
    : QDialog(parent)
    , m_pool(pool)
    , m_target(target)
    , m_give(give)
    , m_scope(scope)
    , m_pages(new QStackedWidget(this))
    , m_findingText(new QLabel(this))
    , m_findingBar(new QProgressBar(this))
    , m_message(new MessageBar(this))
    , m_preview(new AssignPreviewPage(this))
{
    setObjectName(QStringLiteral("assignFlowDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);
    resize(760, 620);
    setWindowTitle(tr("%1 · %2").arg(target.describe(), scope.text()));
    m_message->hide();
    auto *finding = new QWidget(m_pages);
    auto *findingLayout = new QVBoxLayout(finding);
    m_findingText->setWordWrap(true);
    findingLayout->addWidget(m_findingText);
    findingLayout->addWidget(m_findingBar);
    findingLayout->addStretch(1);
    m_pages->addWidget(finding);
    m_pages->addWidget(m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_pages, 1);
    connect(m_preview, &AssignPreviewPage::back, this, &QDialog::close);
    connect(m_preview, &AssignPreviewPage::confirmed, this, &AssignFlowDialog::confirm);
}

AssignFlowDialog::~AssignFlowDialog() = default;

void AssignFlowDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("%1 · %2").arg(m_target.describe(), m_scope.text()));
    QDialog::changeEvent(event);
}

void AssignFlowDialog::startWithList(const UserList &list)
{
    m_list = list;
    if (!list.error().isEmpty()) {
        fail(list.error());
        return;
    }
    const int count = int(list.entries().size());
    m_findingText->setText(
        tr("Finding %1 members of %2 for %3…")
            .arg(QLocale().toString(count), m_scope.text(), m_target.describe()));
    m_findingBar->setRange(0, std::max(1, count));
    m_findingBar->setValue(0);
    m_pages->setCurrentIndex(0);
    m_resolver = new UserResolver(m_pool, this);
    connect(m_resolver, &UserResolver::progress, this, [this](int resolved, int total) {
        m_findingBar->setRange(0, std::max(1, total));
        m_findingBar->setValue(resolved);
    });
    connect(m_resolver, &UserResolver::finished, this, &AssignFlowDialog::onResolved);
    // Only roles can be known in advance (Get role list of user); for a removal the same list
    // tells who does not hold it.
    m_resolver->start(list.entries(),
                      m_target.kind == AssignTarget::Kind::Role ? m_target.id : QString(), m_give);
}

void AssignFlowDialog::onResolved()
{
    m_preview->setPreview(m_target, m_give, m_scope, m_list, m_resolver->preview());
    m_pages->setCurrentWidget(m_preview);
    m_preview->confirmButton()->setFocus();
}

void AssignFlowDialog::confirm()
{
    const UserResolver::Preview &preview = m_resolver->preview();
    // Those known to be as asked already (roles) are items that are final before sending.
    const QList<BulkItem> items = UserResolver::items(preview);
    // What never becomes an item still belongs in the report.
    BulkReport unsent;
    for (const UserResolver::Match &m : std::as_const(preview.notMatched))
        unsent.addUnsent(m.entry.line, m.entry.text, QStringLiteral("notMatched"),
                         m.reason.isEmpty() ? tr("no member has this id, username or e-mail")
                                            : m.reason);
    for (const UserResolver::Match &m : std::as_const(preview.ambiguous))
        unsent.addUnsent(m.entry.line, m.entry.text, QStringLiteral("ambiguous"),
                         tr("matches members %1").arg(m.candidates.join(QStringLiteral(", "))));
    for (const UserList::Problem &p : m_list.problems()) {
        if (p.isError())
            unsent.addUnsent(p.line, p.text, QStringLiteral("badLine"), p.message());
    }
    auto kind = std::make_unique<AssignItemKind>(actionOf(m_target.kind, m_give), m_target.id,
                                                 m_target.name);
    kind->setPlace(m_scope.community, m_scope.server);
    BulkJobInfo info;
    info.title = kind->displayName();
    info.community = m_pool.config().communityId;
    run(std::make_unique<BulkJob>(std::move(kind), items, info), unsent, m_give);
}

BulkJob *AssignFlowDialog::startWithJob(std::unique_ptr<BulkJob> job)
{
    const auto *kind = dynamic_cast<const AssignItemKind *>(&job->kind());
    return run(std::move(job), {}, kind ? kind->gives() : m_give);
}

bool AssignFlowDialog::isBusy() const
{
    if (m_resolver && m_resolver->isRunning())
        return true;
    return m_job && m_job->status() != BulkJob::Status::Finished &&
           m_job->status() != BulkJob::Status::Stopped;
}

BulkJob *AssignFlowDialog::run(std::unique_ptr<BulkJob> job, const BulkReport &unsent, bool gave)
{
    if (!m_journalDir.isNull())
        job->setJournalDirectory(m_journalDir);
    QString error;
    BulkJob *raw = job.get();
    m_previousJob = std::move(m_job);
    m_job = std::move(job);
    m_jobGives = gave;
    if (m_view) {
        m_pages->removeWidget(m_view);
        m_view->deleteLater();
    }
    m_view = new AssignJobView(*raw, m_scope, unsent, m_pages);
    m_pages->addWidget(m_view);
    m_pages->setCurrentWidget(m_view);
    connect(m_view, &AssignJobView::retryRequested, this, &AssignFlowDialog::retryFailed);
    connect(m_view, &AssignJobView::undoRequested, this, &AssignFlowDialog::undo);
    connect(raw, &BulkJob::finished, this,
            [this, raw, gave] { emit jobFinished(raw, m_target, gave); });
    if (!raw->start(m_pool, &error)) {
        fail(tr("The job could not be started: %1").arg(error));
        return nullptr;
    }
    return raw;
}

void AssignFlowDialog::retryFailed()
{
    if (!m_job)
        return;
    std::unique_ptr<BulkJob> retry = m_job->retryFailedJob();
    if (!retry) {
        fail(tr("Nothing failed, so there is nothing to retry."));
        return;
    }
    run(std::move(retry), {}, m_jobGives);
}

void AssignFlowDialog::undo()
{
    if (!m_job)
        return;
    if (m_undoHandler) {
        const QString why = m_undoHandler(m_job.get());
        if (!why.isEmpty())
            fail(why);
        return;
    }
    std::unique_ptr<BulkJob> inverse = m_job->undoJob();
    if (!inverse) {
        fail(tr("This job changed nothing, so there is nothing to undo."));
        return;
    }
    run(std::move(inverse), {}, !m_jobGives);
}

void AssignFlowDialog::fail(const QString &message)
{
    m_message->showMessage(MessageBar::Kind::Error, message);
    m_message->show();
}

void AssignFlowDialog::closeEvent(QCloseEvent *event)
{
    // Closing never loses work: a running job stops sending (what is on the wire finishes and is
    // journaled) and is offered again at the next start.
    if (m_resolver)
        m_resolver->cancel();
    if (m_job && (m_job->status() == BulkJob::Status::Running ||
                  m_job->status() == BulkJob::Status::Paused ||
                  m_job->status() == BulkJob::Status::Stopping)) {
        // Keep the job (and this window's objects) until its last reply is recorded.
        connect(m_job.get(), &BulkJob::finished, this, &QObject::deleteLater);
        m_job->stop();
        hide();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace ra
