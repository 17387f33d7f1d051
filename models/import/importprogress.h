#pragma once

#include "api/apierror.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>

namespace ra {

class ApiClient;
class FailedRowsModel;
class ImportRunner;
class JobFollower;

// The live progress of one import: follows every job the runner submits (a
// JobFollower each), sums their counts, keeps a time series for the chart,
// works out rows per second and the time left, collects failed rows with
// their reasons (mapped back to rows of the file) and records finished jobs
// in the journal through the runner. Borrows the client and the runner; owns
// the followers and the failed-rows model. GUI thread.
class ImportProgress : public QObject
{
    Q_OBJECT

public:
    enum class State { Sending, Processing, Done, Cancelled, Failed };

    struct Sample
    {
        double seconds = 0; // since following began
        qint64 processed = 0;
        qint64 succeeded = 0;
        qint64 failed = 0;
    };

    ImportProgress(ApiClient &client, ImportRunner &runner, QObject *parent = nullptr);
    ~ImportProgress() override;

    void setPollInterval(int ms) { m_pollMs = ms; }
    // The file row of each sent row (PreparedImport::sourceRows()), so that
    // failures name the row of the user's file; empty: the same rows.
    void setSourceRows(const QList<qint64> &rows) { m_sourceRows = rows; }

    State state() const { return m_state; }
    QString stateText() const;
    qint64 planned() const;
    // The data rows of the file, whether sent or not.
    qint64 totalRows() const;
    qint64 submitted() const { return m_submitted; }
    qint64 processed() const { return m_processed; }
    qint64 created() const { return m_created; }
    qint64 updated() const { return m_updated; }
    qint64 failed() const { return m_failed; }
    qint64 succeeded() const { return m_created + m_updated; }
    // Rows in jobs whose outcome could not be read (their followers gave
    // up): neither done nor failed. A rerun resumes and reads them again.
    qint64 unconfirmed() const { return m_unconfirmed; }
    // Rows of the file that no job holds (cancelled, or the upload stopped).
    qint64 notSent() const;
    // Every row of the file done, as the server's job records say.
    bool allRowsDone() const;
    int jobCount() const { return int(m_followers.size()); }
    QStringList jobIds() const { return m_order; }
    // Rows processed per second over the last few seconds.
    double rowsPerSecond() const;
    // Seconds until every planned row is processed; -1 when unknown.
    qint64 etaSeconds() const;
    const QList<Sample> &samples() const { return m_samples; }
    FailedRowsModel *failedRows() const { return m_failedRows; }
    QString errorText() const { return m_error; }
    bool isFinished() const
    {
        return m_state == State::Done || m_state == State::Cancelled || m_state == State::Failed;
    }

signals:
    void changed();
    void sampleAdded(const ra::ImportProgress::Sample &sample);
    void finished();
    // A poll failed; following continues.
    void problem(const QString &message);

private:
    qint64 sourceRow(qint64 row) const
    {
        return m_sourceRows.isEmpty() ? row : m_sourceRows.value(row, -1);
    }
    void follow(const QString &jobId);
    void onJobChanged();
    void onRowFailed(const QString &jobId, qint64 line, const QString &reason);
    void onJobFinished(const QString &jobId);
    void onSendingFailed(const QString &message);
    void onChunkRefused(qint64 first, qint64 last, const QString &reason);
    void recount();
    void addSample(bool force);
    void checkFinished();

    ApiClient &m_client;
    ImportRunner &m_runner;
    FailedRowsModel *m_failedRows;
    QHash<QString, JobFollower *> m_followers; // children
    QStringList m_order;
    QList<Sample> m_samples;
    QElapsedTimer m_clock;
    QString m_error;
    State m_state = State::Sending;
    qint64 m_submitted = 0;
    qint64 m_processed = 0;
    qint64 m_created = 0;
    qint64 m_updated = 0;
    qint64 m_failed = 0;
    qint64 m_unconfirmed = 0;
    QHash<qint64, qint64> m_refused; // first row -> rows, of chunks the server refused
    int m_pollMs = 400;
    QList<qint64> m_sourceRows;
    bool m_sendingDone = false;
    bool m_sendFailed = false;
};

} // namespace ra
