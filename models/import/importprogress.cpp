#include "import/importprogress.h"

#include "import/failedrowsmodel.h"
#include "import/importrunner.h"
#include "import/jobfollower.h"

#include <cmath>

namespace ra {

namespace {
constexpr double rateWindowSeconds = 5.0;
constexpr qint64 sampleSpacingMs = 200;
} // namespace

ImportProgress::ImportProgress(ApiClient &client, ImportRunner &runner, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_runner(runner)
    , m_failedRows(new FailedRowsModel(this))
{
    m_clock.start();
    connect(&runner, &ImportRunner::chunkSubmitted, this, &ImportProgress::follow);
    connect(&runner, &ImportRunner::progressed, this, [this](qint64 submitted, qint64) {
        m_submitted = submitted;
        emit changed();
    });
    connect(&runner, &ImportRunner::sendingFinished, this, [this] {
        m_sendingDone = true;
        if (m_state == State::Sending)
            m_state = State::Processing;
        checkFinished();
        emit changed();
    });
    connect(&runner, &ImportRunner::failed, this, &ImportProgress::onSendingFailed);
    connect(&runner, &ImportRunner::chunkRefused, this, &ImportProgress::onChunkRefused);
    addSample(true);
}

ImportProgress::~ImportProgress() = default;

QString ImportProgress::stateText() const
{
    switch (m_state) {
    case State::Sending:
        return m_runner.session().cancelled ? tr("Cancelling: finishing the upload in progress")
                                            : tr("Sending");
    case State::Processing:
        return tr("Processing on the server");
    case State::Done:
        return m_failed > 0 ? tr("Done, %n row(s) failed", nullptr, int(m_failed)) : tr("Done");
    case State::Cancelled:
        return tr("Cancelled: the rows sent were processed");
    case State::Failed:
        return tr("Failed: %1").arg(m_error);
    }
    return {};
}

qint64 ImportProgress::planned() const
{
    return m_runner.session().plannedRows();
}

qint64 ImportProgress::totalRows() const
{
    return m_runner.session().totalRows;
}

qint64 ImportProgress::notSent() const
{
    const JournalSession &s = m_runner.session();
    qint64 held = 0;
    for (const JournalSession::Chunk &c : s.chunks) {
        const bool refused = c.state == JournalSession::Chunk::State::Refused;
        held += c.jobId.isEmpty() && !refused ? 0 : c.rows();
    }
    return qMax<qint64>(0, s.totalRows - held);
}

bool ImportProgress::allRowsDone() const
{
    return m_state == State::Done && notSent() == 0 && m_unconfirmed == 0 && m_failed == 0 &&
           succeeded() == totalRows();
}

double ImportProgress::rowsPerSecond() const
{
    if (m_samples.size() < 2)
        return 0;
    const Sample &last = m_samples.constLast();
    int i = int(m_samples.size()) - 2;
    while (i > 0 && last.seconds - m_samples.at(i).seconds < rateWindowSeconds)
        --i;
    const Sample &first = m_samples.at(i);
    const double dt = last.seconds - first.seconds;
    return dt > 0 ? double(last.processed - first.processed) / dt : 0;
}

qint64 ImportProgress::etaSeconds() const
{
    if (isFinished())
        return 0;
    const double rate = rowsPerSecond();
    if (rate <= 0)
        return -1;
    return qint64(std::ceil(double(qMax<qint64>(0, planned() - m_processed)) / rate));
}

void ImportProgress::follow(const QString &jobId)
{
    if (m_followers.contains(jobId))
        return;
    auto *f = new JobFollower(m_client, jobId, this);
    f->setInterval(m_pollMs);
    m_followers.insert(jobId, f);
    m_order.append(jobId);
    if (m_state == State::Sending && m_sendingDone)
        m_state = State::Processing;
    connect(f, &JobFollower::jobChanged, this, &ImportProgress::onJobChanged);
    connect(f, &JobFollower::rowFailed, this, &ImportProgress::onRowFailed);
    connect(f, &JobFollower::jobFailed, this, [this, f](const QString &id, const QString &reason) {
        FailedRowsModel::Failure failure;
        failure.jobId = id;
        failure.reason = f->gaveUp() ? tr("The job's results could not be read: %1").arg(reason)
                                     : tr("The whole job failed: %1").arg(reason);
        m_failedRows->append(failure);
    });
    connect(f, &JobFollower::finished, this, &ImportProgress::onJobFinished);
    connect(f, &JobFollower::pollFailed, this,
            [this](const ApiError &e) { emit problem(e.userText()); });
    f->start();
    emit changed();
}

void ImportProgress::onJobChanged()
{
    recount();
    addSample(false);
    emit changed();
}

void ImportProgress::onRowFailed(const QString &jobId, qint64 line, const QString &reason)
{
    FailedRowsModel::Failure failure;
    failure.jobId = jobId;
    failure.reason = reason;
    qint64 row = -1;
    QByteArray header;
    if (m_runner.locate(jobId, line, &row, &failure.record, &header)) {
        failure.row = sourceRow(row) + 1;
        if (m_failedRows->header().isEmpty())
            m_failedRows->setHeader(header);
    }
    m_failedRows->append(failure);
}

void ImportProgress::onJobFinished(const QString &jobId)
{
    const JobFollower *f = m_followers.value(jobId);
    recount();
    // A job whose outcome is unknown stays open in the journal, so that a
    // rerun reads it again instead of taking it as done.
    if (f && !f->gaveUp())
        m_runner.markJobDone(jobId, f->job().processed, f->job().failed);
    checkFinished();
    emit changed();
}

void ImportProgress::onSendingFailed(const QString &message)
{
    m_sendFailed = true;
    m_error = message;
    m_sendingDone = true;
    checkFinished();
    emit changed();
}

void ImportProgress::onChunkRefused(qint64 first, qint64 last, const QString &reason)
{
    if (m_refused.contains(first))
        return; // a resume announces the journal's refusals again
    m_refused.insert(first, last - first);
    for (qint64 row = first; row < last; ++row) {
        FailedRowsModel::Failure failure;
        failure.row = sourceRow(row) + 1;
        failure.reason = tr("The server refused the rows sent with this one: %1").arg(reason);
        m_failedRows->append(failure);
    }
    recount();
    addSample(false);
    emit changed();
}

void ImportProgress::recount()
{
    m_processed = m_created = m_updated = m_failed = m_unconfirmed = 0;
    for (const qint64 rows : std::as_const(m_refused)) {
        m_processed += rows;
        m_failed += rows;
    }
    for (const JobFollower *f : std::as_const(m_followers)) {
        const qint64 failedRows = f->job().failed;
        // A job that failed as a whole processed nothing: count its rows as failed.
        const bool wholeJobFailed = f->job().state == u"failed" && f->job().processed == 0;
        const JournalSession &s = m_runner.session();
        const int chunk = s.indexOfJob(f->jobId());
        const qint64 rows = chunk >= 0 ? s.chunks.at(chunk).rows() : f->job().total;
        if (f->gaveUp()) {
            m_processed += f->job().processed;
            m_failed += failedRows;
            m_unconfirmed += qMax<qint64>(0, rows - f->job().processed);
            m_created += f->created();
            m_updated += f->updated();
            continue;
        }
        m_processed += wholeJobFailed ? rows : f->job().processed;
        m_failed += wholeJobFailed ? rows : failedRows;
        m_created += f->created();
        m_updated += f->updated();
    }
}

void ImportProgress::addSample(bool force)
{
    const double now = double(m_clock.elapsed()) / 1000.0;
    if (!force && !m_samples.isEmpty() &&
        (now - m_samples.constLast().seconds) * 1000.0 < double(sampleSpacingMs) && !isFinished())
        return;
    Sample s;
    s.seconds = now;
    s.processed = m_processed;
    s.succeeded = succeeded();
    s.failed = m_failed;
    m_samples.append(s);
    emit sampleAdded(s);
}

void ImportProgress::checkFinished()
{
    if (isFinished() || !m_sendingDone)
        return;
    for (const JobFollower *f : std::as_const(m_followers)) {
        if (!f->isFinished())
            return;
    }
    if (m_unconfirmed > 0 && !m_sendFailed) {
        m_sendFailed = true;
        m_error = tr("the server's results for %n row(s) could not be read; run the import "
                     "again to read them (no row is sent twice)",
                     nullptr, int(m_unconfirmed));
    }
    if (m_sendFailed)
        m_state = State::Failed;
    else if (m_runner.session().cancelled)
        m_state = State::Cancelled;
    else
        m_state = State::Done;
    addSample(true);
    emit finished();
}

} // namespace ra
