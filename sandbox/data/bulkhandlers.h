#pragma once

#include "sandboxapi.h"

#include <QJsonObject>

namespace ra::sandbox {

class BulkJobRunner;
class DataStore;
class Handlers;

// Bulk routes and the API log: Bulk Import (multipart `data` + `communityId`,
// no key), Bulk Update (multipart `data`, the key's community), the CSV
// template download, and the project-defined API log (job list, one job, a
// job's entries after a cursor so a client polls only for what is new).
// Owned by Handlers; server thread.
class BulkHandlers
{
public:
    static constexpr int defaultEntryLimit = 500;
    static constexpr int maxEntryLimit = 5000;

    BulkHandlers(DataStore &store, BulkJobRunner *jobs);
    void install(Handlers &handlers);

    static QJsonObject jobJson(DataStore &store, const QString &id);

private:
    Response enqueue(const Request &r, bool import);
    Response listJobs(const Request &r);
    Response getJob(const Request &r);
    Response entries(const Request &r);
    Response templateCsv(const Request &r);

    DataStore &m_store;
    BulkJobRunner *m_jobs;
};

} // namespace ra::sandbox
