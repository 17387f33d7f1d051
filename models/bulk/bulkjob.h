#pragma once

#include "bulk/bulkitemkind.h"
#include "bulk/bulkjournal.h"
#include "bulk/bulkreport.h"
#include "bulk/bulkthrottle.h"
#include "bulk/bulktypes.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <deque>
#include <memory>

namespace ra {

class ApiReplyBase;
class BulkClientPool;

// The one bulk-job engine: a list of items of one kind (BulkItemKind), each
// sent at most once, journaled before it is sent, retried when the failure
// is transient (429, 5xx, resets, timeouts; after a wait that honours
// Retry-After and grows), final on a definite answer. Requests spread over a
// BulkClientPool; how many are in flight adapts (BulkThrottle: halved on
// 429, raised slowly back up to the pool's maximum).
//
// pause() and stop() send nothing new; what is in flight finishes and is
// recorded. A paused job resumes with resume(); a stopped one ends with its
// journal left open, so a later run (resumeFrom()) carries on. A job loaded
// from a journal first resolves its items in doubt (journaled "sending",
// no result) through the kind's checkApplied(); where the kind cannot ask,
// the item is sent again and an Already answer counts as Done.
//
// progressChanged() is throttled to one per progressIntervalMs however many
// items finish, so a live view of a 10,000-item job stays cheap. The job
// owns its kind and journal, borrows the pool (which must outlive start()'s
// work). GUI thread.
class BulkJob : public QObject
{
    Q_OBJECT

public:
    enum class Status { Ready, Running, Paused, Stopping, Stopped, Finished };
    Q_ENUM(Status)

    static constexpr int progressIntervalMs = 100;
    static constexpr int defaultMaxAttempts = 8;

    // A new job; `info` names server, community and title (its id and kind
    // are filled in when empty). Call start() to journal and send.
    BulkJob(std::unique_ptr<BulkItemKind> kind, const QList<BulkItem> &items, BulkJobInfo info,
            QObject *parent = nullptr);
    ~BulkJob() override;

    // A job read back from its journal, to be continued with start(). Null
    // (with *error naming the line or the unknown kind) when it cannot be read.
    static std::unique_ptr<BulkJob> resumeFrom(const QString &journalPath, QString *error,
                                               QObject *parent = nullptr);

    const BulkJobInfo &info() const { return m_info; }
    QString id() const { return m_info.id; }
    const BulkItemKind &kind() const { return *m_kind; }
    const QList<BulkItem> &items() const { return m_items; }
    Status status() const { return m_status; }
    BulkCounts counts() const { return m_counts; }
    BulkProgress progress() const;
    BulkReport report() const;
    QString journalPath() const { return m_journalPath; }
    // Items journaled "sending" without a result when the job was loaded.
    int inDoubtCount() const { return int(m_inDoubt.size()); }

    // Where the journal goes (default BulkJournal::defaultDirectory()). An
    // empty directory journals nothing (tests of the engine alone).
    void setJournalDirectory(const QString &directory);
    void setMaxAttempts(int attempts) { m_maxAttempts = qMax(1, attempts); }
    // How often a transient failure is waited for: the first wait, doubled
    // each time up to maxRetryDelayMs, with jitter.
    void setRetryDelays(int baseMs, int maxMs);

    // Journals the job (a new one) and starts sending through `pool`. False
    // with *error when the journal cannot be written; nothing is sent then.
    bool start(BulkClientPool &pool, QString *error = nullptr);
    void pause();
    void resume();
    void stop();

    // A new job of this job's failed items (same kind), its parent this one.
    std::unique_ptr<BulkJob> retryFailedJob(QObject *parent = nullptr) const;
    // The inverse job of every item that was Done (award -> remove, add ->
    // remove, remove -> give back); null when the kind has no inverse or
    // nothing was done.
    std::unique_ptr<BulkJob> undoJob(QObject *parent = nullptr) const;

signals:
    void statusChanged(ra::BulkJob::Status status);
    void progressChanged(const ra::BulkProgress &progress);
    // Items whose state changed since the last emission (throttled like progress).
    void itemsChanged(const QList<int> &indexes);
    // Once: nothing is left in flight after the last item finished or after
    // stop(). The report is final.
    void finished();
    // The journal could not be written: the job stops sending (nothing is
    // sent unjournaled) and says why.
    void journalFailed(const QString &error);

private:
    void setStatus(Status status);
    void pump();
    void schedulePump(); // one pump per event-loop turn, however many replies came
    void sendBatch(const QList<int> &indexes);
    void onReply(int index, ApiReplyBase *reply);
    void onChecked(int index, ApiReplyBase *reply);
    void settle(int index, const BulkOutcome &outcome);
    void retryLater(int index, int delayMs);
    void setState(int index, BulkItemState state);
    void markChanged(int index);
    void flushProgress();
    void finishIfIdle();
    void scheduleWake(qint64 ms);
    std::unique_ptr<BulkJob> derived(std::unique_ptr<BulkItemKind> kind,
                                     const QList<BulkItem> &items, const QString &title,
                                     QObject *parent) const;

    std::unique_ptr<BulkItemKind> m_kind;
    QList<BulkItem> m_items;
    BulkJobInfo m_info;
    BulkCounts m_counts;
    Status m_status = Status::Ready;
    QPointer<BulkClientPool> m_pool;
    BulkJournal m_journal;
    QString m_journalDir;
    QString m_journalPath;
    bool m_loaded = false;
    BulkThrottle m_throttle;
    std::deque<int> m_queue; // pending items ready to send
    QSet<int> m_inDoubt;     // to resolve before anything else
    QSet<int> m_uncertain;   // sent before without a verdict: Already counts as Done
    QSet<int> m_changed;
    int m_inFlight = 0;
    int m_waitingRetry = 0;
    int m_retries = 0;
    int m_throttledCount = 0;
    int m_maxAttempts = defaultMaxAttempts;
    int m_retryBaseMs = 200;
    int m_retryMaxMs = 10000;
    QElapsedTimer m_clock;
    qint64 m_pausedMs = 0;
    qint64 m_pauseStartedMs = -1;
    QTimer m_progressTimer;
    QTimer m_wakeTimer;
    QList<QPair<qint64, int>> m_rateSamples; // (ms, finished) for the rate
    bool m_finishedEmitted = false;
    bool m_pumpScheduled = false;
};

} // namespace ra
