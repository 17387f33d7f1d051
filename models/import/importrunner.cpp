#include "import/importrunner.h"

#include "api/apiclient.h"
#include "import/jobjournal.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcRunner, "ra.import.runner")

namespace ra {

namespace {
// A 4xx refusal means the server did not take the chunk and will not: final.
// 429 and 408 are refusals for now, not for good; anything else (network
// error, timeout, 5xx, a cut-off reply) may or may not have reached it.
bool definitelyRefused(const ApiError &error)
{
    return (error.kind == ApiError::Kind::Http || error.kind == ApiError::Kind::Server) &&
           error.httpStatus >= 400 && error.httpStatus < 500 && error.httpStatus != 429 &&
           error.httpStatus != 408;
}

// A refusal every later chunk would meet too (the key, the route): the
// import stops there instead of failing every row one chunk at a time.
bool refusesEverything(const ApiError &error)
{
    return error.httpStatus == 401 || error.httpStatus == 403 || error.httpStatus == 404 ||
           error.httpStatus == 405;
}

bool notTakenForNow(const ApiError &error)
{
    return error.kind == ApiError::Kind::Http &&
           (error.httpStatus == 429 || error.httpStatus == 408);
}

// How many times in a row a chunk's fate may stay open (not taken for now,
// or unknown and then not found in the API log) before the runner stops and
// leaves the rest to a resume; and the wait before try n (1-based), doubling
// from one second up to half a minute.
constexpr int kMaxTries = 8;
int backoffMs(int tries)
{
    return qMin(30000, 1000 << qMin(tries - 1, 5));
}
} // namespace

ImportRunner::ImportRunner(ApiClient &client, JobJournal &journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
{
}

ImportRunner::~ImportRunner()
{
    // Quitting mid-upload: the chunk stays "sending" in the journal and a
    // resume finds out from the server whether it arrived.
    if (m_reply)
        m_reply->abort();
}

QString ImportRunner::start(JournalSession plan, RowWriter writer)
{
    plan.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    plan.startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    plan.chunks.clear();
    plan.cancelled = false;
    if (!plan.sourcePath.isEmpty()) {
        const QFileInfo info(plan.sourcePath);
        plan.sourceSize = info.size();
        plan.sourceModifiedMs = info.lastModified().toMSecsSinceEpoch();
    }
    m_session = plan;
    m_writer = std::move(writer);
    m_indexes.clear();
    m_sending = true;
    save();
    emit progressed(0, m_session.plannedRows());
    scheduleNext();
    return m_session.id;
}

bool ImportRunner::canResume(const JournalSession &s, QString *error)
{
    if (!s.sourcePath.isEmpty() && !s.sendingComplete()) {
        const QFileInfo info(s.sourcePath);
        if (!info.exists() || info.size() != s.sourceSize ||
            info.lastModified().toMSecsSinceEpoch() != s.sourceModifiedMs) {
            *error = tr("%1 changed or is gone since the import started; the rows not sent yet "
                        "cannot be matched to it")
                         .arg(s.sourcePath);
            return false;
        }
    }
    return true;
}

bool ImportRunner::resume(const QString &sessionId, RowWriter writer, QString *error)
{
    const JournalSession *s = m_journal.session(sessionId);
    if (!s) {
        *error = tr("The journal has no import %1").arg(sessionId);
        return false;
    }
    if (!canResume(*s, error))
        return false;
    m_session = *s;
    m_writer = std::move(writer);
    m_indexes.clear();
    m_sending = true;
    emit progressed(m_session.nextRow(), m_session.plannedRows());
    bool ambiguous = false;
    for (const JournalSession::Chunk &c : std::as_const(m_session.chunks))
        ambiguous = ambiguous || c.state == JournalSession::Chunk::State::Sending;
    if (ambiguous) {
        reconcile();
    } else {
        submitKnownChunks();
        scheduleNext();
    }
    return true;
}

void ImportRunner::cancel()
{
    if (!m_sending || m_session.cancelled)
        return;
    m_session.cancelled = true;
    // Rows of a chunk still uploading count as planned: it may arrive.
    save();
    if (!m_reply)
        scheduleNext();
}

void ImportRunner::markJobDone(const QString &jobId, qint64 processed, qint64 failed)
{
    const int i = m_session.indexOfJob(jobId);
    if (i < 0)
        return;
    JournalSession::Chunk &c = m_session.chunks[i];
    c.state = JournalSession::Chunk::State::Done;
    c.processed = processed;
    c.failed = failed;
    save();
}

bool ImportRunner::locate(const QString &jobId, qint64 line, qint64 *sourceRow, QByteArray *record,
                          QByteArray *header)
{
    const int i = m_session.indexOfJob(jobId);
    ChunkRowIndex *index = i >= 0 ? indexFor(i) : nullptr;
    if (!index)
        return false;
    const qint64 row = index->rowAtLine(line);
    if (row < 0)
        return false;
    *sourceRow = m_session.chunks.at(i).first + row;
    if (record)
        *record = index->record(row);
    if (header)
        *header = index->header();
    return true;
}

void ImportRunner::scheduleNext()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        sendNext();
    });
}

void ImportRunner::sendNext()
{
    if (!m_sending || m_reply)
        return;
    if (m_session.sendingComplete()) {
        m_sending = false;
        save();
        emit progressed(m_session.nextRow(), m_session.plannedRows());
        emit sendingFinished();
        return;
    }
    JournalSession::Chunk chunk;
    chunk.first = m_session.nextRow();
    // Named after the user's file, so the API log reads well.
    const QString base =
        QFileInfo(m_session.originalPath.isEmpty() ? m_session.sourcePath : m_session.originalPath)
            .completeBaseName();
    chunk.fileName =
        QStringLiteral("%1-%2-part%3.csv")
            .arg(base.isEmpty() ? QStringLiteral("import") : base, m_session.id.left(8))
            .arg(m_session.chunks.size() + 1);
    qint64 rows = m_chunkRows;
    qint64 size = 0;
    QString error;
    const QString path = chunkPath(chunk);
    for (;;) {
        chunk.last = qMin(m_session.totalRows, chunk.first + rows);
        if (!writeChunk(chunk.first, chunk.last, path, &size, &error))
            return fail(tr("Cannot prepare rows %1 to %2 for sending: %3")
                            .arg(chunk.first + 1)
                            .arg(chunk.last)
                            .arg(error));
        if (size <= m_maxChunkBytes)
            break;
        if (chunk.rows() == 1)
            return fail(tr("Row %1 alone is larger than the %2 bytes the server accepts")
                            .arg(chunk.first + 1)
                            .arg(m_maxChunkBytes));
        // Rows are of similar size: aim a little under the limit.
        rows = qMax<qint64>(
            1, qint64(double(chunk.rows()) * 0.9 * double(m_maxChunkBytes) / double(size)));
    }
    m_chunkRows = qMax<qint64>(1, chunk.rows());
    m_session.chunks.append(chunk);
    save();
    upload(int(m_session.chunks.size()) - 1);
}

bool ImportRunner::writeChunk(qint64 first, qint64 last, const QString &path, qint64 *size,
                              QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    if (!m_writer || !m_writer(first, last, &file, error))
        return false;
    *size = file.size();
    return true;
}

QString ImportRunner::chunkPath(const JournalSession::Chunk &chunk)
{
    if (!m_dir)
        m_dir = std::make_unique<QTemporaryDir>();
    return m_dir->filePath(chunk.fileName);
}

ChunkRowIndex *ImportRunner::indexFor(int chunk)
{
    const JournalSession::Chunk &c = m_session.chunks.at(chunk);
    auto it = m_indexes.find(c.jobId);
    if (it != m_indexes.end())
        return &it.value();
    // A resumed session: write the chunk again (the writer is deterministic).
    const QString path = chunkPath(c);
    qint64 size = 0;
    QString error;
    if (!QFile::exists(path) && !writeChunk(c.first, c.last, path, &size, &error))
        return nullptr;
    ChunkRowIndex index;
    if (!index.build(path))
        return nullptr;
    return &m_indexes.insert(c.jobId, index).value();
}

void ImportRunner::upload(int chunk)
{
    const JournalSession::Chunk &c = m_session.chunks.at(chunk);
    const FormField csv = FormField::csvFile(chunkPath(c), c.fileName);
    ApiReply<ImportJob> *reply = m_session.update ? m_client.bulkUpdate(csv)
                                                  : m_client.bulkImport(csv, m_session.communityId);
    m_reply = reply;
    connect(reply, &ApiReplyBase::uploadProgress, this, &ImportRunner::uploadProgress);
    reply->then(
        this, [this, chunk](const ImportJob &job) { onUploaded(chunk, job.id); },
        [this, chunk](const ApiError &e) { onUploadFailed(chunk, e); });
}

void ImportRunner::onUploaded(int chunk, const QString &jobId)
{
    m_reply = nullptr;
    m_ambiguousRetries = 0;
    JournalSession::Chunk &c = m_session.chunks[chunk];
    if (jobId.isEmpty()) {
        // Accepted without a job id: only the API log can tell which job it is.
        reconcile();
        return;
    }
    c.jobId = jobId;
    c.state = JournalSession::Chunk::State::Sent;
    save();
    ChunkRowIndex index;
    if (index.build(chunkPath(c)))
        m_indexes.insert(jobId, index);
    qCInfo(lcRunner) << "chunk" << c.fileName << "is job" << jobId;
    emit chunkSubmitted(jobId, c.first, c.last);
    emit progressed(c.last, m_session.plannedRows());
    scheduleNext();
}

void ImportRunner::onUploadFailed(int chunk, const ApiError &error)
{
    m_reply = nullptr;
    if (error.kind == ApiError::Kind::Cancelled)
        return; // the client was re-targeted or we are going away: resume decides
    JournalSession::Chunk c = m_session.chunks.at(chunk);
    if (error.httpStatus == 413 && c.rows() > 1) {
        m_session.chunks.removeAt(chunk);
        m_maxChunkBytes = qMax<qint64>(1024, QFileInfo(chunkPath(c)).size() / 2);
        m_chunkRows = qMax<qint64>(1, c.rows() / 2);
        qCInfo(lcRunner) << "server refused" << c.rows() << "rows as too large; now at most"
                         << m_maxChunkBytes << "bytes";
        save();
        scheduleNext();
        return;
    }
    if (definitelyRefused(error) && refusesEverything(error)) {
        m_session.chunks.removeAt(chunk);
        save();
        fail(tr("The server refused rows %1 to %2: %3")
                 .arg(c.first + 1)
                 .arg(c.last)
                 .arg(error.userText()));
        return;
    }
    if (definitelyRefused(error)) {
        // Final for these rows only: each fails with the server's reason.
        m_ambiguousRetries = 0;
        JournalSession::Chunk &refused = m_session.chunks[chunk];
        refused.state = JournalSession::Chunk::State::Refused;
        refused.reason = error.userText();
        refused.failed = refused.rows();
        save();
        qCInfo(lcRunner) << "chunk" << c.fileName << "refused:" << error.httpStatus;
        emit chunkRefused(c.first, c.last, refused.reason);
        emit progressed(c.last, m_session.plannedRows());
        scheduleNext();
        return;
    }
    if (++m_ambiguousRetries > kMaxTries) {
        fail(tr("Sending rows %1 to %2 failed %3 times: %4. Resume the import later; rows that "
                "reached the server are not sent again.")
                 .arg(c.first + 1)
                 .arg(c.last)
                 .arg(kMaxTries)
                 .arg(error.userText()));
        return;
    }
    const int wait = backoffMs(m_ambiguousRetries);
    if (notTakenForNow(error)) {
        // The server said it did not process the chunk: the same chunk
        // (same file name) goes again after the wait.
        qCInfo(lcRunner) << "chunk" << c.fileName << "not taken for now (" << error.httpStatus
                         << "); sending it again in" << wait << "ms";
        QTimer::singleShot(wait, this, [this, chunk] {
            if (m_sending && !m_reply && chunk < m_session.chunks.size())
                upload(chunk);
        });
        return;
    }
    // It may have arrived: the API log decides, after the wait.
    qCInfo(lcRunner) << "chunk" << c.fileName << "may or may not have arrived (" << error.userText()
                     << "); asking the API log in" << wait << "ms";
    QTimer::singleShot(wait, this, [this] {
        if (m_sending)
            reconcile();
    });
}

void ImportRunner::reconcile()
{
    // Chunks journaled as "sending" may or may not have reached the server:
    // its API log knows them by their unique file names. Only the last chunk
    // can be in that state; asking for its name finds it however many jobs
    // came after it (a server that ignores the filter sends its newest jobs).
    QString sending;
    for (const JournalSession::Chunk &c : std::as_const(m_session.chunks)) {
        if (c.state == JournalSession::Chunk::State::Sending)
            sending = c.fileName;
    }
    m_client.listApiLogJobs(sending)->then(
        this,
        [this](const QList<ImportJob> &jobs) {
            m_reconcileTries = 0;
            QHash<QString, QString> byName;
            for (const ImportJob &j : jobs)
                byName.insert(j.fileName, j.id);
            for (int i = int(m_session.chunks.size()) - 1; i >= 0; --i) {
                JournalSession::Chunk &c = m_session.chunks[i];
                if (c.state != JournalSession::Chunk::State::Sending)
                    continue;
                const QString id = byName.value(c.fileName);
                if (id.isEmpty()) {
                    qCInfo(lcRunner) << "chunk" << c.fileName << "never arrived; sending again";
                    m_session.chunks.removeAt(i); // only the last chunk can be in this state
                } else {
                    c.jobId = id;
                    c.state = JournalSession::Chunk::State::Sent;
                }
            }
            save();
            submitKnownChunks();
            scheduleNext();
        },
        [this](const ApiError &e) {
            // The client already retried what is safe to retry; keep asking,
            // with a growing wait, before giving up: resending blindly could
            // apply rows twice.
            if (e.kind != ApiError::Kind::Cancelled && ++m_reconcileTries <= kMaxTries) {
                const int wait = backoffMs(m_reconcileTries);
                qCInfo(lcRunner) << "cannot read the API log (" << e.userText() << "); again in"
                                 << wait << "ms";
                QTimer::singleShot(wait, this, [this] {
                    if (m_sending)
                        reconcile();
                });
                return;
            }
            QString rows;
            for (const JournalSession::Chunk &c : std::as_const(m_session.chunks)) {
                if (c.state == JournalSession::Chunk::State::Sending)
                    rows = tr("rows %1 to %2 (%3)").arg(c.first + 1).arg(c.last).arg(c.fileName);
            }
            fail(tr("Cannot check whether %1 reached the server: %2. They are not sent again "
                    "blindly: resume the import later, and the server's API log decides.")
                     .arg(rows.isEmpty() ? tr("the last rows sent") : rows, e.userText()));
        });
}

void ImportRunner::submitKnownChunks()
{
    for (const JournalSession::Chunk &c : std::as_const(m_session.chunks)) {
        if (!c.jobId.isEmpty())
            emit chunkSubmitted(c.jobId, c.first, c.last);
        else if (c.state == JournalSession::Chunk::State::Refused)
            emit chunkRefused(c.first, c.last, c.reason);
    }
}

void ImportRunner::fail(const QString &message)
{
    qCWarning(lcRunner) << message;
    m_sending = false;
    save();
    emit failed(message);
}

void ImportRunner::save()
{
    m_journal.store(m_session);
}

} // namespace ra
