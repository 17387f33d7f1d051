#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ra {

// One import as the job journal remembers it: which file (with its size and
// modification time, so a resume refuses a file that changed), import or
// update, the community, how many data rows the file has, and the chunks sent
// so far. Chunks are contiguous row ranges [first, last) in file order, each
// uploaded as its own bulk job; a chunk is written to the journal before it
// is uploaded (Sending), gets its job id when the server accepted it (Sent)
// and is Done once its job finished, or is Refused with the server's reason.
// Value type.
struct JournalSession
{
    struct Chunk
    {
        // Refused: the server definitely refused the upload (a 4xx about
        // its content); every row of it failed with `reason`.
        enum class State { Sending, Sent, Done, Refused };

        qint64 first = 0; // 0-based data row of the file, inclusive
        qint64 last = 0;  // exclusive
        QString fileName; // unique per chunk: how an ambiguous upload is found again
        QString jobId;
        State state = State::Sending;
        qint64 processed = 0;
        qint64 failed = 0;
        QString reason; // why a Refused chunk was refused, in the server's words

        qint64 rows() const { return last - first; }
    };

    QString id;
    QString sourcePath;       // the prepared template CSV the chunks are cut from
    QString originalPath;     // the file the user chose (absolute; shown, and matched by a rerun)
    qint64 originalSize = -1; // the chosen file's size and time when it was sent,
    qint64 originalModifiedMs = 0; // so a rerun knows whether it is still the same file
    qint64 sourceSize = 0;
    qint64 sourceModifiedMs = 0;
    bool update = false; // Bulk Update rather than Bulk Import
    QString communityId;
    qint64 totalRows = 0;
    bool cancelled = false;
    QString startedAt;
    QList<Chunk> chunks;

    // The first row no chunk covers yet.
    qint64 nextRow() const { return chunks.isEmpty() ? 0 : chunks.constLast().last; }
    // Every row was handed to a chunk, or the user cancelled the rest.
    bool sendingComplete() const { return cancelled || nextRow() >= totalRows; }
    // Nothing left to send and every job finished.
    bool isFinished() const;
    // Rows that are (or will be) sent: all of them unless cancelled.
    qint64 plannedRows() const { return cancelled ? nextRow() : totalRows; }
    int indexOfJob(const QString &jobId) const;
    // Whether `path` names the file this session was sent from, unchanged.
    bool isSameOriginal(const QString &path) const;
    // Records `path` (made absolute) as the file this session is sent from.
    void setOriginal(const QString &path);

    QJsonObject toJson() const;
    static JournalSession fromJson(const QJsonObject &object);
};

} // namespace ra
