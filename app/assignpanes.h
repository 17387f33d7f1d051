#pragma once

#include "assign/assignflowdialog.h"
#include "assign/assigntarget.h"
#include "userspanes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

namespace ra {

class ApiClient;
class BulkAssignCommand;
class BulkJob;
class HoldingChips;
class MainWindow;
class MemberHoldings;
class PaletteDock;
class QuestionProvider;
class RoleStore;
class UserList;
struct StructureStores;

// Composition root of visual assignment (issue 13): builds the palette's role store and
// MemberHoldings (children), docks the palette on the right of `window`, puts the role and
// badge chips into the user detail panel, lets tiles drop on user rows and on the detail panel,
// and turns each way of handing something out into either one undo step on the Users pane's
// stack (one member) or an assignment window with preview, live view and report (several
// members, a pasted list, a CSV file, everyone matching the filter). Each assignment window gets
// its own BulkClientPool copied from the client. Once the client is bound with somewhere to
// send to, it offers every unfinished assignment job in the bulk journal: Resume, or Forget.
// Borrows the window, client, stores and question provider. GUI thread.
class AssignPanes : public QObject
{
    Q_OBJECT

public:
    AssignPanes(MainWindow &window, ApiClient &client, const StructureStores &structure,
                const UsersComposition &users, QuestionProvider &questions,
                QObject *parent = nullptr);

    PaletteDock *palette() const { return m_palette; }
    HoldingChips *chips() const { return m_chips; }
    MemberHoldings *holdings() const { return m_holdings; }
    RoleStore *roles() const { return m_roles; }
    // The assignment window opened last (tests follow it).
    AssignFlowDialog *lastFlow() const { return m_lastFlow; }
    // Where assignment jobs journal; BulkJournal::defaultDirectory() unless set (tests).
    void setJournalDirectory(const QString &directory) { m_journalDir = directory; }

    // The client talks to a (new) profile: follow its community and reload the palette; the first
    // time it can send, offer unfinished jobs.
    void onBound();
    void offerUnfinished();

    // One member: an undo step on the Users pane's stack.
    void giveOne(const AssignTarget &target, const QString &userId);
    void takeOne(const AssignTarget &target, const QString &userId);
    // Several: the assignment window (preview first).
    AssignFlowDialog *giveToList(const AssignTarget &target, const UserList &list);
    void giveToFilter(const AssignTarget &target);

    // The bulk step on the Users pane's undo stack that `jobId` made or ran, or null.
    BulkAssignCommand *stepOf(const QString &jobId) const;

private:
    AssignScope currentScope(const AssignTarget &target) const;
    AssignFlowDialog *openFlow(const AssignTarget &target, bool give, const AssignScope &scope);
    void onJobFinished(AssignFlowDialog *dialog, BulkJob *job, const AssignTarget &target,
                       bool gave);
    BulkJob *runStepJob(std::unique_ptr<BulkJob> job);
    QString undoFromWindow(BulkJob *job);
    void giveToCsv(const AssignTarget &target, const QString &path);
    void openListDialog(const AssignTarget &target);
    void pushOne(const AssignTarget &target, const QString &userId, bool give);
    QString userName(const QString &userId) const;
    bool isConnected() const;

    MainWindow &m_window;
    ApiClient &m_client;
    UsersComposition m_users; // pointers borrowed
    QuestionProvider &m_questions;
    RoleStore *m_roles;
    MemberHoldings *m_holdings;
    PaletteDock *m_palette;
    HoldingChips *m_chips;
    QPointer<AssignFlowDialog> m_lastFlow;
    QHash<QString, QPointer<AssignFlowDialog>> m_flowOfJob; // job id -> the window that ran it
    QSet<QString> m_stepJobs; // jobs the undo stack ran: they make no step of their own
    QString m_journalDir;
    bool m_offered = false;
};

} // namespace ra
