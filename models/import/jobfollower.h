#pragma once

#include "api/apierror.h"
#include "api/apireplybase.h"
#include "domain/importjob.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace ra {

class ApiClient;

// Follows one bulk job through the API log: polls "API log entries" with an
// `after` cursor (each reply carries the job's state and counts too), reports
// the job as it changes and each failed row with its reason as it appears,
// and finishes once the job is done or failed and every entry was read.
// Pages through a backlog without waiting; backs off while the server is
// unreachable. Does not own the client; GUI thread.
class JobFollower : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultIntervalMs = 400;

    JobFollower(ApiClient &client, const QString &jobId, QObject *parent = nullptr);
    ~JobFollower() override;

    QString jobId() const { return m_jobId; }
    const ImportJob &job() const { return m_job; }
    qint64 created() const;
    qint64 updated() const;
    bool isFinished() const { return m_finished; }
    // Finished without the job's outcome: the server forgot the job, refused
    // the key or could not be read for a long time. job() is the last state
    // read; the rest of its rows are unconfirmed, not failed.
    bool gaveUp() const { return m_gaveUp; }
    bool isRunning() const { return m_timer.isActive() || m_reply; }

    void setInterval(int ms) { m_intervalMs = qMax(10, ms); }
    void start();
    void stop();

    static bool isFinalState(const QString &state);

signals:
    void jobChanged(const ra::ImportJob &job);
    // `line`: the line of the uploaded file the failed record starts on.
    void rowFailed(const QString &jobId, qint64 line, const QString &reason);
    // The job as a whole failed (e.g. the server could not read the file).
    void jobFailed(const QString &jobId, const QString &reason);
    void finished(const QString &jobId);
    void pollFailed(const ra::ApiError &error);

private:
    void poll();
    void onPolled(const QJsonObject &data);
    void onPollError(const ApiError &error);

    ApiClient &m_client;
    QString m_jobId;
    ImportJob m_job;
    QTimer m_timer;
    QPointer<ApiReplyBase> m_reply;
    qint64 m_after = 0;
    int m_intervalMs = defaultIntervalMs;
    int m_errors = 0;
    bool m_finished = false;
    bool m_gaveUp = false;
    bool m_sendLimit = true; // dropped if the server refuses the `limit` parameter
};

} // namespace ra
