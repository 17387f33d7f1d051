#pragma once

#include "api/apierror.h"
#include "domain/apilogentry.h"
#include "domain/importjob.h"

#include <QList>
#include <QObject>

namespace ra {

class ApiClient;

// The API log of the community: every bulk import and update job with its
// state and counts (listApiLogJobs), and on request one job's history, its
// log entries (getApiLogEntries, paged by the `after` cursor). reload()
// refetches the list; clear() empties it on a profile switch. Does not own the
// client; GUI thread.
class ApiJobStore : public QObject
{
    Q_OBJECT

public:
    explicit ApiJobStore(ApiClient &client, QObject *parent = nullptr);

    const QList<ImportJob> &jobs() const { return m_jobs; }
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }
    // True while some job is queued or running (worth refreshing).
    bool hasActiveJobs() const;

    void reload();
    // Forgets the list and drops answers still on their way (a profile switch): emits cleared().
    void clear();
    // Fetches every entry of `jobId` (historyLoaded or historyFailed).
    void loadHistory(const QString &jobId);

signals:
    void loadingChanged(bool loading);
    void loaded(const QList<ra::ImportJob> &jobs);
    void cleared();
    void loadFailed(const ra::ApiError &error);
    void historyLoaded(const QString &jobId, const QList<ra::ApiLogEntry> &entries);
    void historyFailed(const QString &jobId, const ra::ApiError &error);

private:
    void fetchHistory(const QString &jobId, qint64 after, QList<ApiLogEntry> sofar, int generation);

    ApiClient &m_client;
    QList<ImportJob> m_jobs;
    bool m_loading = false;
    bool m_loaded = false;
    int m_generation = 0;
    int m_historyGeneration = 0;
};

} // namespace ra
