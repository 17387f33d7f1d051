#pragma once

#include "assign/assignitemkind.h"
#include "bulk/bulkjournal.h"
#include "bulk/bulktypes.h"
#include "panes/apiundocommand.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

namespace ra {

class BulkJob;

// A whole bulk assignment as one step on the Users pane's undo stack: undo takes back from every
// member the job changed (gives back what it removed), redo does it again, each as a bulk job
// that `runner` shows in an assignment window with its live view and report. The step is made
// from the finished job that did the change (pushed with skipNextRun(): that job already ran);
// a retry of its failed members joins the step (add()). A run that leaves any member unchanged
// (failed, or stopped before the end) fails the step, so the stack goes back and the same step
// can be tried again: members already as asked answer "already had it" and count as done. GUI
// thread.
class BulkAssignCommand : public ApiUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ra::BulkAssignCommand)

public:
    // Starts `job` where the manager sees it and returns it (borrowed; it emits finished() once),
    // or null when it could not start.
    using Runner = std::function<BulkJob *(std::unique_ptr<BulkJob> job)>;

    // Null when `job` is not an assignment or changed nobody.
    static std::unique_ptr<BulkAssignCommand> fromJob(const BulkJob &job, Runner runner);

    // The members `job` changed join this step (a retry of the failed ones).
    void add(const BulkJob &job);
    // True when `jobId` made this change or is one of the runs of its undo or redo.
    bool covers(const QString &jobId) const { return m_jobIds.contains(jobId); }
    // True when `jobId` is one of the undo runs (its own "undo" is this step's redo).
    bool isUndoRun(const QString &jobId) const { return m_undoIds.contains(jobId); }
    int memberCount() const { return int(m_items.size()); }

protected:
    void apply(bool forward, Finished finished) override;

private:
    BulkAssignCommand(std::unique_ptr<AssignItemKind> kind, const BulkJobInfo &info, Runner runner);
    void addItems(const BulkJob &job);
    void updateText();

    std::unique_ptr<AssignItemKind> m_kind; // the change as first made
    BulkJobInfo m_info;                     // server, community, title of the first job
    QList<BulkItem> m_items;                // the members it changed, fresh
    QSet<QString> m_keys;
    QSet<QString> m_jobIds;
    QSet<QString> m_undoIds;
    Runner m_runner;
    QObject m_context; // drops jobs' ends that arrive after the step is gone
};

} // namespace ra
