#pragma once

#include "assign/assignitemkind.h"
#include "assign/userlist.h"
#include "assign/userresolver.h"
#include "bulk/bulkclientpool.h"
#include "bulk/bulkjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>

#include <memory>

class QIODevice;

namespace ra {

// What `assign` was asked to do, parsed (see assigncommand.h).
struct AssignRequest
{
    AssignOutcome::Action action = AssignOutcome::Action::AwardBadge;
    QString target; // badge or role: id or name
    QString server; // the server whose badges and roles are meant
    QString source; // the users file's absolute path; "-" for standard input
    UserList users;
    QString resumeId; // --resume
    QString undoId;   // --undo
    bool restart = false;
    bool skipBad = false;
    QString journalDir;
    QString reportPath; // --report: the CSV report
    int maxInFlight = BulkClientPool::defaultMaxInFlight;
};

// One run of `assign` on the event loop: finds the badge or role, resolves
// the members, runs the BulkJob and prints progress (stderr, once a second)
// and the report (stdout). done(code) carries the exit status. The pool and
// devices are borrowed.
class AssignRun : public QObject
{
    Q_OBJECT

public:
    AssignRun(AssignRequest request, BulkClientPool &pool, QIODevice *out, QIODevice *err,
              QObject *parent = nullptr);
    ~AssignRun() override;

    void start();

signals:
    void done(int exitCode);

private:
    void findTarget();
    void targetFound(const QString &id, const QString &name);
    void resolveUsers();
    void usersResolved();
    void runJob(std::unique_ptr<BulkJob> job);
    void jobFinished();
    bool resumeUnfinished();
    void say(QIODevice *device, const QString &line);
    void fail(int code, const QString &message);
    int exitCode() const;

    AssignRequest m_request;
    BulkClientPool &m_pool;
    QIODevice *m_out;
    QIODevice *m_err;
    std::unique_ptr<AssignItemKind> m_kind;
    std::unique_ptr<UserResolver> m_resolver;
    std::unique_ptr<BulkJob> m_job;
    QList<UserResolver::Match> m_unsent; // not matched or ambiguous
    QElapsedTimer m_lastProgress;
};

} // namespace ra
