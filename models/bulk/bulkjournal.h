#pragma once

#include "bulk/bulktypes.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace ra {

// Who and what a bulk job is for: written once as the journal's header.
struct BulkJobInfo
{
    QString id;         // unique; also the journal's file name
    QString kind;       // BulkItemKind::name()
    QJsonObject params; // BulkItemKind::toJson(): target id and name, ...
    QString server;     // the base URL the job was sent to (no credentials)
    QString community;  // the community id
    QString title;      // for people: "Award badge \"Early Bird\""
    QString parentId;   // the job this one retries or undoes; empty for a first job
    QString source;     // where the items came from (a file's absolute path), for reruns
    QDateTime created;

    static QString newId(); // "20261202-043201-3fa9c1"
};

// The append-only journal of one bulk job: JSON lines in
// <dir>/<job id>.jsonl. Line 1 is the header (BulkJobInfo and every item's
// input, line and key); then {"s":[i,...]} before items are sent,
// {"r":i,...} with each result, {"n":i} when the server refused it
// unprocessed (429) so it is no longer in doubt, and {"end":true} once nothing is left. Every
// write is flushed to the kernel before the request goes out (it survives a
// killed process), and fdatasync()ed at most every syncIntervalMs (a power
// cut loses at most that much). load() replays the lines; a torn last line
// (the process died while writing it) is ignored, a bad line elsewhere is
// an error naming it. Not thread-safe; GUI thread.
class BulkJournal
{
public:
    static constexpr int syncIntervalMs = 1000;

    // What load() read back.
    struct Replay
    {
        BulkJobInfo info;
        QList<BulkItem> items; // with their last recorded result
        QSet<int> inDoubt;     // journaled "sending" without a result
        bool ended = false;
        int tornLines = 0; // an unfinished last line, ignored
    };

    // An unfinished job, as offered at start.
    struct Summary
    {
        BulkJobInfo info;
        QString path;
        BulkCounts counts; // in-doubt items count as pending
        int inDoubt = 0;
    };

    BulkJournal();
    ~BulkJournal();
    BulkJournal(const BulkJournal &) = delete;
    BulkJournal &operator=(const BulkJournal &) = delete;

    // QStandardPaths::AppDataLocation + "/bulk".
    static QString defaultDirectory();
    static QString pathFor(const QString &directory, const QString &jobId);

    // Writes a new journal (fails when the file exists).
    bool create(const QString &path, const BulkJobInfo &info, const QList<BulkItem> &items,
                QString *error);
    // Opens an existing journal to append (after load()).
    bool reopen(const QString &path, QString *error);
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    QString lastError() const { return m_error; }

    // Records that these items are about to be sent; flushed before returning.
    bool sending(const QList<int> &indexes);
    // Records that a sent item was refused unprocessed (429): no longer in doubt.
    bool notApplied(int index);
    // Records an item's result; flushed before returning.
    bool result(int index, const BulkItem &item);
    // Records a result with the next write (sending(), flushResults(), end()
    // or close()), so a busy job writes once per batch. A result lost in a
    // crash leaves its item in doubt, which a resume resolves with the server.
    void queueResult(int index, const BulkItem &item);
    bool flushResults();
    // Records that the job is over (nothing left to send or resolve).
    bool end();
    void close();

    static bool load(const QString &path, Replay *replay, QString *error);
    // The journals in `directory` that have not ended, oldest first.
    static QList<Summary> unfinished(const QString &directory);
    // Deletes a job's journal (forgotten, never offered again).
    static bool forget(const QString &path);

private:
    bool append(const QByteArray &line);
    static QByteArray resultLine(int index, const BulkItem &item);

    QFile m_file;
    QByteArray m_queued; // result lines not written yet
    QString m_error;
    qint64 m_lastSyncMs = 0;
};

} // namespace ra
