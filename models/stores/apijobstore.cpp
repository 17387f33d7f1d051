#include "stores/apijobstore.h"

#include "api/apiclient.h"

namespace ra {

namespace {
constexpr qsizetype maxHistoryEntries = 20000; // what a view shows at most
}

ApiJobStore::ApiJobStore(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

bool ApiJobStore::hasActiveJobs() const
{
    for (const ImportJob &j : m_jobs) {
        if (j.state == u"queued" || j.state == u"running")
            return true;
    }
    return false;
}

void ApiJobStore::reload()
{
    const int generation = ++m_generation;
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
    m_client.listApiLogJobs()->then(
        this,
        [this, generation](const QList<ImportJob> &jobs) {
            if (generation != m_generation)
                return;
            m_jobs = jobs;
            m_loaded = true;
            m_loading = false;
            emit loadingChanged(false);
            emit loaded(m_jobs);
        },
        [this, generation](const ApiError &error) {
            if (generation != m_generation)
                return;
            m_loading = false;
            emit loadingChanged(false);
            emit loadFailed(error);
        });
}

void ApiJobStore::clear()
{
    ++m_generation;
    ++m_historyGeneration;
    m_jobs.clear();
    m_loaded = false;
    if (m_loading) {
        m_loading = false;
        emit loadingChanged(false);
    }
    emit cleared();
}

void ApiJobStore::loadHistory(const QString &jobId)
{
    fetchHistory(jobId, 0, {}, ++m_historyGeneration);
}

void ApiJobStore::fetchHistory(const QString &jobId, qint64 after, QList<ApiLogEntry> sofar,
                               int generation)
{
    m_client.getApiLogEntries(jobId, after > 0 ? QString::number(after) : QString())
        ->then(
            this,
            [this, jobId, after, generation, sofar](const QList<ApiLogEntry> &page) {
                if (generation != m_historyGeneration)
                    return;
                qint64 last = 0;
                for (const ApiLogEntry &e : page)
                    last = qMax(last, e.seq);
                QList<ApiLogEntry> all = sofar;
                all.append(page);
                // An empty page or one without progress is the end.
                if (page.isEmpty() || last <= after || all.size() >= maxHistoryEntries)
                    emit historyLoaded(jobId, all);
                else
                    fetchHistory(jobId, last, all, generation);
            },
            [this, jobId, generation](const ApiError &error) {
                if (generation == m_historyGeneration)
                    emit historyFailed(jobId, error);
            });
}

} // namespace ra
