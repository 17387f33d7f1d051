#pragma once

#include "bulkrowwriter.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace ra::sandbox {

class CsvParser;
class DataStore;

// Runs bulk import / update jobs in the background and writes the API log.
// A job is stored at once (state "queued", with its CSV); the runner then
// works through the queue one job at a time, `batchSize` rows per turn of
// the event loop (a zero-timer), each batch in one transaction, so requests
// are served between batches. The log holds the job's state, counts (total,
// processed, created, updated, failed) and entries: state changes, a
// progress line per batch and each failed row's number and reason. A file
// that is not a template CSV (no header, missing required column, binary
// data, bad UTF-8, unclosed quote) fails the job with the reason.
// Owned by DataBackend (QObject child); server thread.
class BulkJobRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultBatchSize = 1000;

    explicit BulkJobRunner(DataStore &store, QObject *parent = nullptr);
    ~BulkJobRunner() override;

    // Stores a queued job and schedules it. Returns the job id.
    QString enqueue(BulkRowWriter::Mode mode, const QString &communityId, const QString &fileName,
                    const QByteArray &csv);
    // After open(): re-queues jobs a previous run left queued and fails the
    // ones it left running (their partial work is kept).
    void recover();
    // Stops all work (the store is closing).
    void stop();
    void setBatchSize(int rows) { m_batchSize = qMax(1, rows); }
    bool isIdle() const { return !m_active && m_queue.isEmpty(); }

signals:
    void jobStateChanged(const QString &jobId, const QString &state);
    void jobProgressed(const QString &jobId, qint64 processed, qint64 total);

private:
    struct Active;

    void schedule();
    void step();
    bool start();
    void runBatch();
    void finish(const QString &state, const QString &error);
    void log(const QString &jobId, int row, const QString &level, const QString &message);
    void setState(const QString &jobId, const QString &state, const QString &error = {});

    DataStore &m_store;
    QStringList m_queue;
    std::unique_ptr<Active> m_active;
    int m_batchSize = defaultBatchSize;
    bool m_scheduled = false;
    bool m_stopped = false;
};

} // namespace ra::sandbox
