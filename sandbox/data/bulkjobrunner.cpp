#include "bulkjobrunner.h"

#include "csvparser.h"
#include "datastore.h"
#include "demorandom.h"

#include <QSqlQuery>
#include <QTimer>

namespace ra::sandbox {

struct BulkJobRunner::Active
{
    QString id;
    QString community;
    BulkRowWriter::Mode mode = BulkRowWriter::Mode::Import;
    std::unique_ptr<CsvParser> parser;
    std::unique_ptr<BulkRowWriter> writer;
    qint64 total = 0;
    qint64 processed = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 failed = 0;
    int row = 1; // the header is row 1
};

BulkJobRunner::BulkJobRunner(DataStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

BulkJobRunner::~BulkJobRunner() = default;

QString BulkJobRunner::enqueue(BulkRowWriter::Mode mode, const QString &communityId,
                               const QString &fileName, const QByteArray &csv)
{
    const QString id = DemoRandom::newObjectId();
    m_store.run(
        QStringLiteral("INSERT INTO jobs (id, community_id, type, file_name, state, "
                       "created_at, data) VALUES (?,?,?,?,'queued',?,?)"),
        {id, communityId,
         mode == BulkRowWriter::Mode::Import ? QStringLiteral("import") : QStringLiteral("update"),
         fileName, DataStore::nowIso(), csv});
    log(id, 0, QStringLiteral("info"), QStringLiteral("Job queued"));
    m_queue.append(id);
    m_stopped = false;
    emit jobStateChanged(id, QStringLiteral("queued"));
    schedule();
    return id;
}

void BulkJobRunner::recover()
{
    QSqlQuery &q = m_store.run(QStringLiteral("SELECT id, state FROM jobs WHERE state IN "
                                              "('queued', 'running') ORDER BY created_at"));
    QStringList running;
    while (q.next()) {
        if (q.value(1).toString() == QStringLiteral("queued"))
            m_queue.append(q.value(0).toString());
        else
            running.append(q.value(0).toString());
    }
    for (const QString &id : std::as_const(running)) {
        const QString reason = tr("Interrupted by a restart of the sandbox");
        log(id, 0, QStringLiteral("error"), reason);
        setState(id, QStringLiteral("failed"), reason);
    }
    m_stopped = false;
    schedule();
}

void BulkJobRunner::stop()
{
    m_stopped = true;
    m_queue.clear();
    m_active.reset();
}

void BulkJobRunner::schedule()
{
    if (m_scheduled || m_stopped || isIdle())
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        step();
    });
}

void BulkJobRunner::step()
{
    if (m_stopped)
        return;
    if (!m_active) {
        if (m_queue.isEmpty())
            return;
        if (!start()) {
            schedule();
            return;
        }
    } else {
        runBatch();
    }
    schedule();
}

void BulkJobRunner::log(const QString &jobId, int row, const QString &level, const QString &message)
{
    m_store.run(QStringLiteral("INSERT INTO job_entries (job_id, row, level, message, created_at) "
                               "VALUES (?,?,?,?,?)"),
                {jobId, row, level, message, DataStore::nowIso()});
}

void BulkJobRunner::setState(const QString &jobId, const QString &state, const QString &error)
{
    const QString now = DataStore::nowIso();
    const bool final = state == QStringLiteral("done") || state == QStringLiteral("failed");
    m_store.run(QStringLiteral("UPDATE jobs SET state = ?, error = ?, started_at = "
                               "COALESCE(started_at, ?), finished_at = ?, data = CASE WHEN ? THEN "
                               "NULL ELSE data END WHERE id = ?"),
                {state, error, now, final ? QVariant(now) : QVariant(), final ? 1 : 0, jobId});
    emit jobStateChanged(jobId, state);
}

bool BulkJobRunner::start()
{
    const QString id = m_queue.takeFirst();
    QSqlQuery &q = m_store.run(QStringLiteral("SELECT community_id, type, data FROM jobs WHERE id "
                                              "= ? AND state = 'queued'"),
                               {id});
    if (!q.next())
        return false;
    auto job = std::make_unique<Active>();
    job->id = id;
    job->community = q.value(0).toString();
    job->mode = q.value(1).toString() == QStringLiteral("import") ? BulkRowWriter::Mode::Import
                                                                  : BulkRowWriter::Mode::Update;
    const QByteArray csv = q.value(2).toByteArray();
    q.finish();
    setState(id, QStringLiteral("running"));
    log(id, 0, QStringLiteral("info"), QStringLiteral("Job started"));
    QString error;
    qint64 records = 0;
    if (csv.isEmpty())
        error = tr("The file is empty");
    else if (!CsvParser::scan(csv, &records, &error))
        error = tr("The file is not a valid CSV: %1").arg(error);
    else if (records == 0)
        error = tr("The file has no header row");
    job->parser = std::make_unique<CsvParser>(csv);
    job->writer = std::make_unique<BulkRowWriter>(m_store, job->mode, job->community);
    QStringList header;
    if (error.isEmpty() && !job->parser->readRecord(&header))
        error = job->parser->hasError() ? job->parser->errorText()
                                        : QStringLiteral("The file has no header row");
    if (error.isEmpty() && !job->writer->setHeader(header, &error))
        error = tr("The file does not follow the template: %1").arg(error);
    m_active = std::move(job);
    if (!error.isEmpty()) {
        finish(QStringLiteral("failed"), error);
        return true;
    }
    m_active->total = records - 1;
    m_store.run(QStringLiteral("UPDATE jobs SET total = ? WHERE id = ?"), {m_active->total, id});
    if (m_active->total == 0)
        finish(QStringLiteral("done"), {});
    return true;
}

void BulkJobRunner::runBatch()
{
    Active &job = *m_active;
    m_store.transaction();
    QStringList cells;
    int rows = 0;
    QString parseError;
    while (rows < m_batchSize) {
        if (!job.parser->readRecord(&cells)) {
            if (job.parser->hasError())
                parseError = job.parser->errorText();
            break;
        }
        ++rows;
        const int row = job.parser->recordLine();
        QString reason;
        switch (job.writer->write(cells, &reason)) {
        case BulkRowWriter::Outcome::Created:
            ++job.created;
            break;
        case BulkRowWriter::Outcome::Updated:
            ++job.updated;
            break;
        case BulkRowWriter::Outcome::Failed:
            ++job.failed;
            log(job.id, row, QStringLiteral("error"), reason);
            break;
        }
        ++job.processed;
    }
    m_store.run(QStringLiteral("UPDATE jobs SET processed = ?, created = ?, updated = ?, failed = "
                               "? WHERE id = ?"),
                {job.processed, job.created, job.updated, job.failed, job.id});
    if (rows > 0)
        log(job.id, 0, QStringLiteral("info"),
            QStringLiteral("Processed %1 of %2 rows").arg(job.processed).arg(job.total));
    m_store.commit();
    emit jobProgressed(job.id, job.processed, job.total);
    if (!parseError.isEmpty())
        finish(QStringLiteral("failed"), parseError);
    else if (job.parser->atEnd())
        finish(QStringLiteral("done"), {});
}

void BulkJobRunner::finish(const QString &state, const QString &error)
{
    const Active &job = *m_active;
    if (state == QStringLiteral("failed"))
        log(job.id, 0, QStringLiteral("error"), error);
    else
        log(job.id, 0, QStringLiteral("info"),
            QStringLiteral("Job finished: %1 created, %2 updated, %3 failed")
                .arg(job.created)
                .arg(job.updated)
                .arg(job.failed));
    const QString id = job.id;
    m_active.reset();
    setState(id, state, error);
}

} // namespace ra::sandbox
