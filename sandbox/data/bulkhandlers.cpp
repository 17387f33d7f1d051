#include "bulkhandlers.h"

#include "bulkjobrunner.h"
#include "datastore.h"
#include "handlers.h"
#include "requestreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace ra::sandbox {

namespace {
// API messages are user-visible text: the app shows them.
QString tr(const char *text)
{
    return QCoreApplication::translate("ra::sandbox::BulkHandlers", text);
}
} // namespace

namespace {
using Need = RequestReader::Need;

const MultipartPart *part(const Request &r, const char *name)
{
    for (const MultipartPart &p : r.parts) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}
} // namespace

BulkHandlers::BulkHandlers(DataStore &store, BulkJobRunner *jobs)
    : m_store(store)
    , m_jobs(jobs)
{
}

void BulkHandlers::install(Handlers &h)
{
    h.add(QStringLiteral("bulkImport"), [this](const Request &r) { return enqueue(r, true); });
    h.add(QStringLiteral("bulkUpdate"), [this](const Request &r) { return enqueue(r, false); });
    h.add(QStringLiteral("listApiLogJobs"), [this](const Request &r) { return listJobs(r); });
    h.add(QStringLiteral("getApiLogJob"), [this](const Request &r) { return getJob(r); });
    h.add(QStringLiteral("getApiLogEntries"), [this](const Request &r) { return entries(r); });
    h.add(QStringLiteral("getBulkImportTemplate"),
          [this](const Request &r) { return templateCsv(r); });
}

QJsonObject BulkHandlers::jobJson(DataStore &store, const QString &id)
{
    QSqlQuery &q = store.run(QStringLiteral("SELECT community_id, type, file_name, state, total, "
                                            "processed, created, updated, failed, error, "
                                            "created_at, started_at, finished_at FROM jobs WHERE "
                                            "id = ?"),
                             {id});
    if (!q.next())
        return {};
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("communityId"), q.value(0).toString());
    o.insert(QStringLiteral("type"), q.value(1).toString());
    o.insert(QStringLiteral("fileName"), q.value(2).toString());
    o.insert(QStringLiteral("state"), q.value(3).toString());
    o.insert(QStringLiteral("total"), q.value(4).toLongLong());
    o.insert(QStringLiteral("processed"), q.value(5).toLongLong());
    o.insert(QStringLiteral("created"), q.value(6).toLongLong());
    o.insert(QStringLiteral("updated"), q.value(7).toLongLong());
    o.insert(QStringLiteral("failed"), q.value(8).toLongLong());
    o.insert(QStringLiteral("error"), q.value(9).toString());
    o.insert(QStringLiteral("createdAt"), q.value(10).toString());
    o.insert(QStringLiteral("startedAt"), q.value(11).toString());
    o.insert(QStringLiteral("finishedAt"), q.value(12).toString());
    return o;
}

Response BulkHandlers::enqueue(const Request &r, bool import)
{
    if (!m_jobs)
        return Response::error(503, tr("Bulk jobs are not available"));
    const MultipartPart *data = part(r, "data");
    const MultipartPart *communityPart = part(r, "communityId");
    if (!data)
        return Response::error(400, tr("Missing required field: data"));
    if (data->data.isEmpty())
        return Response::error(400, tr("Field 'data' holds an empty file"));
    QString community =
        communityPart ? QString::fromUtf8(communityPart->data).trimmed() : QString();
    if (import && community.isEmpty())
        return Response::error(400, tr("Missing required field: communityId"));
    if (!import && community.isEmpty())
        community = Handlers::communityOf(r, m_store);
    if (!RequestReader::isObjectId(community))
        return Response::error(400, tr("Field 'communityId' must be a 24-hex ObjectId"));
    if (!m_store.scalar(QStringLiteral("SELECT 1 FROM servers WHERE id = ?"), {community})
             .isValid())
        return Response::error(404, tr("Community not found: %1").arg(community));
    if (r.key && !r.key->communityId.isEmpty() && r.key->communityId != community)
        return Response::error(403, tr("The key cannot access community %1").arg(community));
    const QString fileName = data->fileName.isEmpty() ? (import ? QStringLiteral("import.csv")
                                                                : QStringLiteral("update.csv"))
                                                      : QString::fromUtf8(data->fileName);
    const QString id =
        m_jobs->enqueue(import ? BulkRowWriter::Mode::Import : BulkRowWriter::Mode::Update,
                        community, fileName, data->data);
    const QString what = import ? QStringLiteral("Bulk import user process is queued")
                                : QStringLiteral("Bulk update user process is queued");
    QJsonObject o;
    o.insert(QStringLiteral("message"),
             QString(what + QStringLiteral(". You can check in Api Log ( community settings )")));
    o.insert(QStringLiteral("jobId"), id);
    return Response::ok(o, what);
}

Response BulkHandlers::listJobs(const Request &r)
{
    RequestReader query = RequestReader::fromQuery(r);
    const QString type = query.string(QStringLiteral("type"), Need::Optional);
    const QString state = query.string(QStringLiteral("state"), Need::Optional);
    const QString fileName = query.string(QStringLiteral("fileName"), Need::Optional);
    const qint64 limit = query.integer(QStringLiteral("limit"), Need::Optional, 50);
    if (!query.failed() && !type.isEmpty() && type != QStringLiteral("import") &&
        type != QStringLiteral("update"))
        query.fail(tr("Field 'type' must be import or update"));
    static const QStringList states = {QStringLiteral("queued"), QStringLiteral("running"),
                                       QStringLiteral("done"), QStringLiteral("failed")};
    if (!query.failed() && !state.isEmpty() && !states.contains(state))
        query.fail(tr("Field 'state' must be queued, running, done or failed"));
    if (!query.failed() && (limit < 1 || limit > 200))
        query.fail(tr("Field 'limit' must be between 1 and 200"));
    if (query.failed())
        return query.error();
    QJsonArray out;
    QSqlQuery &q = m_store.run(
        QStringLiteral("SELECT id FROM jobs WHERE community_id = ? AND "
                       "(COALESCE(?, '') = '' OR type = ?) AND "
                       "(COALESCE(?, '') = '' OR state = ?) AND "
                       "(COALESCE(?, '') = '' OR file_name = ?) ORDER BY "
                       "created_at DESC, rowid DESC LIMIT ?"),
        {Handlers::communityOf(r, m_store), type, type, state, state, fileName, fileName, limit});
    while (q.next())
        out.append(jobJson(m_store, q.value(0).toString()));
    return Response::ok(out, QStringLiteral("Api log jobs fetched successfully"));
}

Response BulkHandlers::getJob(const Request &r)
{
    const QString id = r.pathParams.value(QStringLiteral("jobId"));
    const QJsonObject job = jobJson(m_store, id);
    if (job.isEmpty() ||
        job.value(QStringLiteral("communityId")).toString() != Handlers::communityOf(r, m_store))
        return Response::error(404, tr("Job not found: %1").arg(id));
    return Response::ok(job, QStringLiteral("Api log job fetched successfully"));
}

Response BulkHandlers::entries(const Request &r)
{
    const Response found = getJob(r);
    if (found.status != 200)
        return found;
    RequestReader query = RequestReader::fromQuery(r);
    const qint64 after = query.integer(QStringLiteral("after"), Need::Optional, 0);
    const qint64 limit = query.integer(QStringLiteral("limit"), Need::Optional, defaultEntryLimit);
    if (!query.failed() && after < 0)
        query.fail(tr("Field 'after' must not be negative"));
    if (!query.failed() && (limit < 1 || limit > maxEntryLimit))
        query.fail(tr("Field 'limit' must be between 1 and %1").arg(maxEntryLimit));
    if (query.failed())
        return query.error();
    QJsonArray out;
    qint64 last = after;
    QSqlQuery &q = m_store.run(QStringLiteral("SELECT seq, row, level, message, created_at FROM "
                                              "job_entries WHERE job_id = ? AND seq > ? ORDER BY "
                                              "seq LIMIT ?"),
                               {r.pathParams.value(QStringLiteral("jobId")), after, limit + 1});
    bool more = false;
    while (q.next()) {
        if (out.size() == limit) {
            more = true;
            break;
        }
        QJsonObject e;
        last = q.value(0).toLongLong();
        e.insert(QStringLiteral("seq"), last);
        const int row = q.value(1).toInt();
        e.insert(QStringLiteral("row"), row > 0 ? QJsonValue(row) : QJsonValue());
        e.insert(QStringLiteral("level"), q.value(2).toString());
        e.insert(QStringLiteral("message"), q.value(3).toString());
        e.insert(QStringLiteral("createdAt"), q.value(4).toString());
        out.append(e);
    }
    QJsonObject data;
    data.insert(QStringLiteral("job"), found.data);
    data.insert(QStringLiteral("entries"), out);
    data.insert(QStringLiteral("next_after"), last);
    data.insert(QStringLiteral("has_more"), more);
    return Response::ok(data, QStringLiteral("Api log entries fetched successfully"));
}

Response BulkHandlers::templateCsv(const Request &)
{
    Response r;
    r.raw = true;
    r.contentType = QByteArrayLiteral("text/csv; charset=utf-8");
    r.rawBody = BulkRowWriter::templateColumns().join(QLatin1Char(',')).toUtf8() +
                QByteArrayLiteral("\r\n");
    r.headers.append({QByteArrayLiteral("Content-Disposition"),
                      QByteArrayLiteral("attachment; filename=\"bulk-import-template.csv\"")});
    return r;
}

} // namespace ra::sandbox
