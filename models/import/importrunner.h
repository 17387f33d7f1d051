#pragma once

#include "api/apierror.h"
#include "api/apireplybase.h"
#include "import/chunkrowindex.h"
#include "import/journalsession.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QIODevice;

namespace ra {

class ApiClient;
class JobJournal;

// Sends one import: cuts the file's rows into chunks that fit the server's
// body limit, uploads each chunk as its own Bulk Import (multipart `data` +
// `communityId`) or Bulk Update job, one upload at a time, and records every
// step in the JobJournal before and after it happens, so that a crash or a
// quit loses nothing and no row is sent twice: a chunk is journaled
// "sending" before its upload, and a resume looks such a chunk up in the
// server's API log by its unique file name before deciding to send it again.
// A 413 reply halves the chunk and tries again; a 429 (after the client's own
// retries) sends the same chunk again after a growing wait; a failure that
// leaves open whether the chunk arrived waits and asks the API log, which is
// itself asked again when it cannot be read. cancel() stops after the
// upload in flight. The rows come from a RowWriter (the validated document
// writes rows [first, last) as template CSV). Does not own the client or the
// journal; GUI thread.
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    // Writes data rows [first, last) as a template CSV, header first.
    using RowWriter =
        std::function<bool(qint64 first, qint64 last, QIODevice *out, QString *error)>;

    static constexpr qint64 defaultMaxChunkBytes = 8 * 1024 * 1024;
    static constexpr qint64 defaultChunkRows = 20000;

    ImportRunner(ApiClient &client, JobJournal &journal, QObject *parent = nullptr);
    ~ImportRunner() override;

    void setMaxChunkBytes(qint64 bytes) { m_maxChunkBytes = qMax<qint64>(1024, bytes); }
    qint64 maxChunkBytes() const { return m_maxChunkBytes; }
    void setChunkRows(qint64 rows) { m_chunkRows = qMax<qint64>(1, rows); }

    // Starts a new session from `plan` (file, mode, community, total rows;
    // no chunks). Returns the session id.
    QString start(JournalSession plan, RowWriter writer);
    // Continues a journaled session; false with `error` when there is no
    // such session or its file changed since.
    bool resume(const QString &sessionId, RowWriter writer, QString *error);
    // The check resume() makes first: the prepared file the rows not sent yet
    // are cut from is there and unchanged. False with `error`.
    static bool canResume(const JournalSession &session, QString *error);
    // Sends no further chunks (the upload in flight completes).
    void cancel();

    bool isSending() const { return m_sending; }
    QString sessionId() const { return m_session.id; }
    const JournalSession &session() const { return m_session; }

    // Records a finished job of this session in the journal.
    void markJobDone(const QString &jobId, qint64 processed, qint64 failed);
    // The server's `line` of job `jobId` as a 0-based data row of the file,
    // with the raw record and the chunk's header row. False when unknown.
    bool locate(const QString &jobId, qint64 line, qint64 *sourceRow, QByteArray *record,
                QByteArray *header);

signals:
    // A chunk became a job on the server (also, on resume, for each chunk
    // journaled with a job id).
    void chunkSubmitted(const QString &jobId, qint64 first, qint64 last);
    // The server definitely refused rows [first, last) (also, on resume, for
    // each chunk journaled as refused); sending goes on with the next chunk.
    void chunkRefused(qint64 first, qint64 last, const QString &reason);
    void progressed(qint64 rowsSubmitted, qint64 rowsPlanned);
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal);
    // Nothing more will be sent: every row is in a job, or cancel().
    void sendingFinished();
    void failed(const QString &message);

private:
    void scheduleNext();
    void sendNext();
    bool writeChunk(qint64 first, qint64 last, const QString &path, qint64 *size, QString *error);
    void upload(int chunk);
    void onUploaded(int chunk, const QString &jobId);
    void onUploadFailed(int chunk, const ApiError &error);
    void reconcile();
    void submitKnownChunks();
    void fail(const QString &message);
    void save();
    QString chunkPath(const JournalSession::Chunk &chunk);
    ChunkRowIndex *indexFor(int chunk);

    ApiClient &m_client;
    JobJournal &m_journal;
    JournalSession m_session;
    RowWriter m_writer;
    std::unique_ptr<QTemporaryDir> m_dir;
    QHash<QString, ChunkRowIndex> m_indexes; // by job id
    QPointer<ApiReplyBase> m_reply;
    qint64 m_maxChunkBytes = defaultMaxChunkBytes;
    qint64 m_chunkRows = defaultChunkRows;
    int m_ambiguousRetries = 0; // tries of the current chunk whose fate stayed open
    int m_reconcileTries = 0;   // API log reads in a row that failed
    bool m_sending = false;
    bool m_scheduled = false;
};

} // namespace ra
