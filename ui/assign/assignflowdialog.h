#pragma once

#include "assign/assignscope.h"
#include "assign/assigntarget.h"
#include "assign/userlist.h"
#include "bulk/bulkreport.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace ra {

class AssignJobView;
class AssignPreviewPage;
class BulkClientPool;
class BulkJob;
class MessageBar;
class UserResolver;

// One bulk assignment from list to report, in a window of its own that never blocks the main
// one: it finds the members of a user list (UserResolver), shows the preview (AssignPreviewPage)
// and, once confirmed, runs the job in the live view (AssignJobView) and shows its report. Retry
// failed and Undo this change make new jobs (BulkJob::retryFailedJob(), undoJob()) run in the
// same window, each with its report. A job read back from its journal (an unfinished one offered
// at start) goes straight to the live view. Every page names the community and server. Owns the
// jobs it runs; borrows the pool, which must outlive the dialog. GUI thread.
class AssignFlowDialog : public QDialog
{
    Q_OBJECT

public:
    AssignFlowDialog(BulkClientPool &pool, const AssignTarget &target, bool give,
                     const AssignScope &scope, QWidget *parent = nullptr);
    ~AssignFlowDialog() override;

    // Resolves `list` and shows the preview (or a message when nothing in it can be sent).
    void startWithList(const UserList &list);
    // Runs a job made elsewhere: one read back from its journal, or an undo step's job. Returns
    // it (owned by the dialog), or null when it could not start (the dialog says why).
    BulkJob *startWithJob(std::unique_ptr<BulkJob> job);
    // True while members are being found or a job is sending.
    bool isBusy() const;
    // Who handles "Undo this change" (the app: the change is a step on its undo stack). The
    // handler returns an empty string when it took the request, else why it cannot be undone
    // now, which the dialog shows. Without a handler the dialog runs the job's undoJob() itself.
    using UndoHandler = std::function<QString(BulkJob *job)>;
    void setUndoHandler(UndoHandler handler) { m_undoHandler = std::move(handler); }

    AssignPreviewPage *previewPage() const { return m_preview; }
    AssignJobView *jobView() const { return m_view; }
    BulkJob *currentJob() const { return m_job.get(); }
    // Where jobs journal (default BulkJournal::defaultDirectory()); tests use a temporary one.
    void setJournalDirectory(const QString &directory) { m_journalDir = directory; }

signals:
    // A job ended (its items' outcomes are final): the app learns what members now hold.
    void jobFinished(ra::BulkJob *job, const ra::AssignTarget &target, bool gave);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onResolved();
    void confirm();
    BulkJob *run(std::unique_ptr<BulkJob> job, const BulkReport &unsent, bool gave);
    void retryFailed();
    void undo();
    void fail(const QString &message);

    BulkClientPool &m_pool;
    AssignTarget m_target;
    bool m_give;
    AssignScope m_scope;
    UserList m_list;
    QString m_journalDir;
    UserResolver *m_resolver = nullptr;
    std::unique_ptr<BulkJob> m_job;
    std::unique_ptr<BulkJob> m_previousJob; // kept while its successor runs
    bool m_jobGives = true;
    UndoHandler m_undoHandler;

    QStackedWidget *m_pages;
    QLabel *m_findingText;
    QProgressBar *m_findingBar;
    MessageBar *m_message;
    AssignPreviewPage *m_preview;
    AssignJobView *m_view = nullptr;
};

} // namespace ra
