#include "assignrun.h"

#include "api/apiclient.h"

#include <QIODevice>
#include <QLocale>

namespace ra {

namespace {

constexpr int progressEveryMs = 1000;
constexpr int namesListed = 10;

struct Named
{
    QString id;
    QString title;
};

} // namespace

AssignRun::AssignRun(AssignRequest request, BulkClientPool &pool, QIODevice *out, QIODevice *err,
                     QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_pool(pool)
    , m_out(out)
    , m_err(err)
{
}

AssignRun::~AssignRun() = default;

void AssignRun::say(QIODevice *device, const QString &line)
{
    device->write(line.toUtf8() + '\n');
}

void AssignRun::fail(int code, const QString &message)
{
    say(m_err, tr("assign: %1").arg(message));
    emit done(code);
}

void AssignRun::start()
{
    const QString id = m_request.undoId.isEmpty() ? m_request.resumeId : m_request.undoId;
    if (id.isEmpty()) {
        findTarget();
        return;
    }
    QString error;
    std::unique_ptr<BulkJob> job =
        BulkJob::resumeFrom(BulkJournal::pathFor(m_request.journalDir, id), &error);
    if (!job)
        return fail(2, error);
    if (!m_request.undoId.isEmpty()) {
        if (job->counts().pending + job->counts().inFlight > 0 || job->inDoubtCount() > 0)
            return fail(2, tr("job %1 has not finished; resume it first (--resume %1)").arg(id));
        std::unique_ptr<BulkJob> undo = job->undoJob();
        if (!undo)
            return fail(1, tr("job %1 changed nothing, so there is nothing to undo").arg(id));
        say(m_err, tr("Undoing job %1: %2").arg(id, job->info().title));
        return runJob(std::move(undo));
    }
    say(m_err, tr("Resuming job %1: %2 (%3 of %4 members handled; %5 in doubt, checked first)")
                   .arg(id, job->info().title)
                   .arg(job->counts().finished())
                   .arg(job->counts().total)
                   .arg(job->inDoubtCount()));
    runJob(std::move(job));
}

void AssignRun::findTarget()
{
    const bool role = m_request.action == AssignOutcome::Action::AddRole ||
                      m_request.action == AssignOutcome::Action::RemoveRole;
    auto found = [this, role](const QList<Named> &all) {
        QList<Named> byId;
        QList<Named> byName;
        for (const Named &n : all) {
            if (n.id == m_request.target)
                byId.append(n);
            else if (n.title.compare(m_request.target, Qt::CaseInsensitive) == 0)
                byName.append(n);
        }
        const QList<Named> &hits = byId.isEmpty() ? byName : byId;
        if (hits.size() == 1)
            return targetFound(hits.constFirst().id, hits.constFirst().title);
        QStringList names;
        for (const Named &n : hits.isEmpty() ? all : hits) {
            if (names.size() < namesListed)
                names.append(hits.isEmpty() ? n.title : n.id);
        }
        if (hits.isEmpty())
            return fail(
                4, (role ? tr("no role \"%1\" on server %2; its roles: %3")
                         : tr("no badge \"%1\" on server %2; its badges: %3"))
                       .arg(m_request.target, m_request.server, names.join(QStringLiteral(", "))));
        fail(4, (role ? tr("%1 roles are named \"%2\"; give the id: %3")
                      : tr("%1 badges are named \"%2\"; give the id: %3"))
                    .arg(hits.size())
                    .arg(m_request.target, names.join(QStringLiteral(", "))));
    };
    auto refused = [this](const ApiError &e) {
        if (e.httpStatus == 401 || e.httpStatus == 403)
            return fail(
                3,
                tr("the server refuses the system key (%1). Nothing was sent.").arg(e.userText()));
        fail(1, tr("cannot list the server's badges and roles (%1). Nothing was sent.")
                    .arg(e.userText()));
    };
    ApiClient &client = m_pool.pickReader();
    if (role) {
        client.getServerRoles(m_request.server)
            ->then(
                this,
                [found](const QList<Role> &roles) {
                    QList<Named> all;
                    for (const Role &r : roles)
                        all.append({r.id, r.title});
                    found(all);
                },
                refused);
    } else {
        client.getBadges(m_request.server)
            ->then(
                this,
                [found](const QList<Badge> &badges) {
                    QList<Named> all;
                    for (const Badge &b : badges)
                        all.append({b.id, b.title});
                    found(all);
                },
                refused);
    }
}

void AssignRun::targetFound(const QString &id, const QString &name)
{
    m_kind = std::make_unique<AssignItemKind>(m_request.action, id, name);
    if (resumeUnfinished())
        return;
    resolveUsers();
}

bool AssignRun::resumeUnfinished()
{
    if (m_request.source == u"-")
        return false;
    const QList<BulkJournal::Summary> open = BulkJournal::unfinished(m_request.journalDir);
    for (const BulkJournal::Summary &s : open) {
        const BulkJobInfo &info = s.info;
        if (info.source != m_request.source || info.kind != m_kind->name() ||
            info.params.value(u"target").toString() != m_kind->targetId() ||
            info.community != m_pool.config().communityId)
            continue;
        if (m_request.restart) {
            say(m_err, tr("Starting anew (--restart): the interrupted job %1 is forgotten; "
                          "members it handled are sent again and answered \"already\".")
                           .arg(info.id));
            BulkJournal::forget(s.path);
            continue;
        }
        QString error;
        std::unique_ptr<BulkJob> job = BulkJob::resumeFrom(s.path, &error);
        if (!job) {
            fail(2, error);
            return true;
        }
        say(m_err, tr("Resuming the interrupted job %1 for this list (%2 of %3 members handled, "
                      "%4 in doubt and checked first); no member is handled twice.")
                       .arg(info.id)
                       .arg(s.counts.finished())
                       .arg(s.counts.total)
                       .arg(s.inDoubt));
        runJob(std::move(job));
        return true;
    }
    return false;
}

void AssignRun::resolveUsers()
{
    const UserList &users = m_request.users;
    for (const UserList::Problem &p : users.problems())
        say(m_err, p.message());
    if (users.errorCount() > 0 && !m_request.skipBad)
        return fail(5, tr("%n line(s) of the list are not members; nothing was sent (fix "
                          "them, or send the rest with --skip-bad)",
                          nullptr, users.errorCount()));
    m_resolver = std::make_unique<UserResolver>(m_pool);
    connect(m_resolver.get(), &UserResolver::finished, this, &AssignRun::usersResolved);
    const QString roleId = m_kind->isRole() ? m_kind->targetId() : QString();
    m_resolver->start(users.entries(), roleId, m_kind->gives());
}

void AssignRun::usersResolved()
{
    const UserResolver::Preview &p = m_resolver->preview();
    for (const UserResolver::Match &m : p.notMatched)
        say(m_err,
            tr("line %1: \"%2\" not matched: %3").arg(m.entry.line).arg(m.entry.text, m.reason));
    for (const UserResolver::Match &m : p.ambiguous)
        say(m_err, tr("line %1: \"%2\" matched %3 members (%4); not sent")
                       .arg(m.entry.line)
                       .arg(m.entry.text)
                       .arg(m.candidates.size())
                       .arg(m.candidates.join(QStringLiteral(", "))));
    m_unsent = p.notMatched + p.ambiguous;
    QString already = p.alreadyKnowable
                          ? QString::number(p.already.size())
                          : tr("unknown until sent (the API lists no member's badges)");
    say(m_err, tr("%1: %2 member(s) to send, already as asked: %3, not matched: %4, matched "
                  "more than one: %5")
                   .arg(m_kind->displayName())
                   .arg(p.willGet.size())
                   .arg(already)
                   .arg(p.notMatched.size())
                   .arg(p.ambiguous.size()));
    BulkJobInfo info;
    info.source = m_request.source;
    QString error;
    std::unique_ptr<BulkItemKind> kind =
        BulkKinds::create(m_kind->name(), m_kind->toJson(), &error);
    runJob(std::make_unique<BulkJob>(std::move(kind), UserResolver::items(p), info));
}

void AssignRun::runJob(std::unique_ptr<BulkJob> job)
{
    m_job = std::move(job);
    m_job->setJournalDirectory(m_request.journalDir);
    connect(m_job.get(), &BulkJob::progressChanged, this, [this](const BulkProgress &p) {
        if (m_lastProgress.isValid() && m_lastProgress.elapsed() < progressEveryMs)
            return;
        m_lastProgress.start();
        const QLocale locale;
        say(m_err,
            tr("%1: %2 of %3 handled, %4/s, ETA %5 s, %6 in flight at most")
                .arg(m_job->info().title, locale.toString(p.counts.finished()),
                     locale.toString(p.counts.total), locale.toString(p.ratePerSecond, 'f', 0),
                     p.etaMs < 0 ? QStringLiteral("?") : locale.toString(p.etaMs / 1000))
                .arg(p.inFlightLimit));
    });
    connect(m_job.get(), &BulkJob::journalFailed, this,
            [this](const QString &e) { say(m_err, tr("assign: %1").arg(e)); });
    connect(m_job.get(), &BulkJob::finished, this, &AssignRun::jobFinished);
    QString error;
    if (!m_job->start(m_pool, &error))
        return fail(2, error);
    say(m_err, tr("Job %1 (journal %2)").arg(m_job->id(), m_job->journalPath()));
}

void AssignRun::jobFinished()
{
    BulkReport report = m_job->report();
    for (const UserResolver::Match &m : std::as_const(m_unsent))
        report.addUnsent(m.entry.line, m.entry.text,
                         m.candidates.size() > 1 ? QStringLiteral("ambiguous")
                                                 : QStringLiteral("notMatched"),
                         m.reason);
    for (const UserList::Problem &p : m_request.users.problems()) {
        if (p.isError())
            report.addUnsent(p.line, p.text, QStringLiteral("badLine"), p.message());
    }
    for (const BulkItem &item : m_job->items()) {
        if (item.state == BulkItemState::Failed || item.state == BulkItemState::NotFound)
            say(m_err, tr("line %1: \"%2\" %3: %4")
                           .arg(item.line)
                           .arg(item.input, bulkStateText(item.state), item.reason));
    }
    say(m_out, tr("%1 (job %2): %3").arg(m_job->info().title, m_job->id(), report.summary()));
    if (!m_request.reportPath.isEmpty()) {
        QString error;
        if (!report.toCsvFile(m_request.reportPath, &error))
            say(m_err, tr("assign: %1").arg(error));
    }
    if (m_job->status() != BulkJob::Status::Finished)
        say(m_err, tr("assign: the job stopped before every member was handled; run the same "
                      "command again (or --resume %1) to finish it")
                       .arg(m_job->id()));
    emit done(exitCode());
}

int AssignRun::exitCode() const
{
    bool refused = false;
    for (const BulkItem &item : m_job->items())
        refused = refused || item.httpStatus == 401 || item.httpStatus == 403;
    if (refused)
        return 3;
    if (m_request.users.errorCount() > 0)
        return 5;
    const BulkCounts c = m_job->counts();
    return c.allSucceeded() && m_unsent.isEmpty() ? 0 : 1;
}

} // namespace ra
