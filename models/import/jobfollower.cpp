#include "import/jobfollower.h"

#include "api/apiclient.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcFollower, "ra.import.follower")

namespace ra {

namespace {
constexpr int pageSize = 500;
constexpr int maxBackoffMs = 10000;
// Polls that fail in a row before the follower gives up: with the backoff
// above, about five minutes of a server that cannot answer.
constexpr int maxErrorsInARow = 36;
} // namespace

JobFollower::JobFollower(ApiClient &client, const QString &jobId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_jobId(jobId)
{
    m_job.id = jobId;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &JobFollower::poll);
}

JobFollower::~JobFollower()
{
    if (m_reply)
        m_reply->abort();
}

qint64 JobFollower::created() const
{
    return m_job.extra.value(u"created").toInteger(m_job.kind == u"import" ? m_job.succeeded : 0);
}

qint64 JobFollower::updated() const
{
    return m_job.extra.value(u"updated").toInteger(m_job.kind == u"update" ? m_job.succeeded : 0);
}

bool JobFollower::isFinalState(const QString &state)
{
    return state == u"done" || state == u"failed" || state == u"completed" || state == u"error";
}

void JobFollower::start()
{
    if (m_finished || m_reply)
        return;
    poll();
}

void JobFollower::stop()
{
    m_timer.stop();
    if (m_reply)
        m_reply->abort();
}

void JobFollower::poll()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(m_after));
    if (m_sendLimit)
        query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    ApiReply<ApiResponse> *reply = m_client.call(QStringLiteral("getApiLogEntries"),
                                                 {{QStringLiteral("jobId"), m_jobId}}, query);
    m_reply = reply;
    reply->then(
        this,
        [this](const ApiResponse &r) {
            m_reply = nullptr;
            onPolled(r.data.toObject());
        },
        [this](const ApiError &e) {
            m_reply = nullptr;
            onPollError(e);
        });
}

void JobFollower::onPolled(const QJsonObject &data)
{
    m_errors = 0;
    const ImportJob job = ImportJob::fromJson(data.value(u"job").toObject());
    const QJsonArray entries = data.value(u"entries").toArray();
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        m_after = qMax(m_after, e.value(u"seq").toInteger());
        if (e.value(u"level").toString() != u"error")
            continue;
        const qint64 line = e.value(u"row").toInteger();
        const QString message = e.value(u"message").toString();
        if (line > 0)
            emit rowFailed(m_jobId, line, message);
        else
            emit jobFailed(m_jobId, message);
    }
    m_after = qMax(m_after, data.value(u"next_after").toInteger());
    const bool changed = job.state != m_job.state || job.processed != m_job.processed ||
                         job.failed != m_job.failed || job.total != m_job.total;
    if (!job.id.isEmpty())
        m_job = job;
    if (changed)
        emit jobChanged(m_job);
    const bool more = data.value(u"has_more").toBool();
    if (!more && isFinalState(m_job.state)) {
        m_finished = true;
        emit finished(m_jobId);
        return;
    }
    m_timer.start(more ? 0 : m_intervalMs);
}

void JobFollower::onPollError(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    const auto giveUp = [this](const QString &reason) {
        m_gaveUp = true;
        emit jobFailed(m_jobId, reason);
        m_finished = true;
        emit finished(m_jobId);
    };
    if (error.httpStatus == 404) {
        // The server forgot the job: nothing more will come.
        giveUp(error.userText());
        return;
    }
    if (error.httpStatus == 401 || error.httpStatus == 403) {
        // The key is refused: asking again cannot help.
        giveUp(tr("The server refuses the key, so the job cannot be followed: %1")
                   .arg(error.userText()));
        return;
    }
    if (error.httpStatus == 400 && m_sendLimit) {
        // A server that does not page by `limit`: ask again without it.
        m_sendLimit = false;
        m_timer.start(0);
        return;
    }
    if (++m_errors >= maxErrorsInARow) {
        giveUp(tr("The job's progress could not be read %1 times in a row: %2")
                   .arg(m_errors)
                   .arg(error.userText()));
        return;
    }
    qCInfo(lcFollower) << "polling job" << m_jobId << "failed:" << error.detail;
    emit pollFailed(error);
    m_timer.start(qMin(maxBackoffMs, m_intervalMs << qMin(m_errors, 5)));
}

} // namespace ra
