#include "api/apiclient.h"

#include "api/networkactivity.h"
#include "api/requestjob.h"
#include "api/requestlog.h"
#include "api/retrypolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

#include <limits>

namespace ra {

Q_LOGGING_CATEGORY(lcApi, "ra.api")

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_routes(&RouteTable::builtIn())
    , m_random(QRandomGenerator::securelySeeded())
{
}

ApiClient::~ApiClient()
{
    cancelAll();
}

namespace {
// Whether two configurations send requests to the same servers and
// community: only a change of that (a profile switch, an edited endpoint)
// makes requests in flight wrong. A new key or limit is for what comes next.
bool sameTarget(const ApiClientConfig &a, const ApiClientConfig &b)
{
    return a.baseUrls == b.baseUrls && a.communityId == b.communityId &&
           a.secureAuthHostname == b.secureAuthHostname && a.historyShape == b.historyShape;
}
} // namespace

void ApiClient::setConfig(const ApiClientConfig &config)
{
    // Another server or community cancels what is in flight (it was meant
    // for the old one); new keys, timeout, concurrency or retry policy apply
    // to new requests only, and running work carries on.
    const bool retarget = !sameTarget(m_config, config);
    if (retarget)
        cancelAll();
    m_config = config;
    m_targets.clear();
    if (m_config.maxPerHost < 1)
        m_config.maxPerHost = 1;
    if (m_config.retry.maxAttempts < 1)
        m_config.retry.maxAttempts = 1;
    if (!retarget) {
        const QStringList hosts = m_hosts.keys();
        for (const QString &host : hosts)
            pump(host); // a higher limit lets queued requests start now
    }
}

void ApiClient::setActivity(NetworkActivity *activity)
{
    m_activity = activity;
    updateCounts();
}

void ApiClient::setRequestLog(RequestLog *log)
{
    m_log = log;
}

RequestLog *ApiClient::requestLog() const
{
    return m_log;
}

void ApiClient::setRouteTable(const RouteTable *routes)
{
    cancelAll();
    m_routes = routes ? routes : &RouteTable::builtIn();
}

ApiReply<ApiResponse> *ApiClient::call(const QString &operationId,
                                       const QHash<QString, QString> &pathParams,
                                       const QUrlQuery &query, const QJsonValue &body)
{
    ApiCall c;
    c.operationId = operationId;
    c.pathParams = pathParams;
    c.query = query;
    c.body = body;
    return call(c);
}

ApiReply<ApiResponse> *ApiClient::call(const ApiCall &call)
{
    return send<ApiResponse>(call, [](const ApiResponse &r, ApiResponse *out, QString *) {
        *out = r;
        return true;
    });
}

void ApiClient::start(const ApiCall &call, ApiReplyBase *reply)
{
    const Route *route = m_routes->find(call.operationId);
    if (!route) {
        ApiError e =
            ApiError::make(ApiError::Kind::Request,
                           QCoreApplication::translate("ra::ApiClient", "unknown operation \"%1\"")
                               .arg(call.operationId));
        e.operationId = call.operationId;
        // Finish after the caller had a chance to connect.
        QTimer::singleShot(0, reply, [reply, e] { reply->finishWithError(e); });
        return;
    }
    ApiCall effective = call;
    if (route->operationId == u"getGamificationHistory" &&
        m_config.historyShape == GamificationHistoryShape::PostBody &&
        effective.methodOverride.isEmpty())
        effective.methodOverride = QStringLiteral("POST");
    auto *job = new RequestJob(effective, route, reply, this);
    m_jobs.insert(job);
    job->setOnAttemptFinished([this](RequestJob *j) { onAttemptFinished(j); });
    connect(reply, &ApiReplyBase::abortRequested, job, [this, job] { abortJob(job); });
    const ApiError refused = job->prepare(m_config, targetFor(route->family));
    if (refused.isError()) {
        // Refused before any byte is sent; still finishes asynchronously.
        QTimer::singleShot(0, job, [this, job, refused] { finalize(job, refused); });
        return;
    }
    enqueue(job, false);
}

void ApiClient::enqueue(RequestJob *job, bool front)
{
    HostQueue &host = m_hosts[job->hostKey()];
    if (host.inFlight < m_config.maxPerHost && host.queue.isEmpty()) {
        dispatch(job);
        return;
    }
    if (front)
        host.queue.prepend(job);
    else
        host.queue.append(job);
    ++m_queued;
    updateCounts();
}

void ApiClient::dispatch(RequestJob *job)
{
    ++m_hosts[job->hostKey()].inFlight;
    ++m_inFlight;
    job->dispatched = true;
    updateCounts();
    job->send(m_network);
}

void ApiClient::pump(const QString &hostKey)
{
    HostQueue &host = m_hosts[hostKey];
    while (host.inFlight < m_config.maxPerHost && !host.queue.isEmpty()) {
        RequestJob *next = host.queue.takeFirst();
        --m_queued;
        dispatch(next);
    }
    if (host.inFlight == 0 && host.queue.isEmpty())
        m_hosts.remove(hostKey);
    updateCounts();
}

void ApiClient::onAttemptFinished(RequestJob *job)
{
    if (!m_jobs.contains(job) || !job->dispatched)
        return; // already finished (aborted before its queued failure arrived)
    const QString hostKey = job->hostKey();
    --m_hosts[hostKey].inFlight;
    --m_inFlight;
    job->dispatched = false;
    const ApiError &error = job->error();
    const RetryPolicy &policy = m_config.retry;
    if (job->cancelled) {
        finalize(job, error);
    } else if (error.isError() && policy.shouldRetry(*job->route(), error, job->attempts())) {
        const int delay =
            policy.delayMs(job->attempts(), job->retryAfter(), m_random.generateDouble());
        if (delay < 0) {
            finalize(job, error);
        } else {
            qCDebug(lcApi) << job->call().operationId << "retry in" << delay << "ms after"
                           << ApiError::kindName(error.kind) << error.httpStatus;
            job->waiting = true;
            ++m_waiting;
            QTimer::singleShot(delay, job, [this, job] {
                if (!job->waiting)
                    return;
                job->waiting = false;
                --m_waiting;
                enqueue(job, true);
            });
        }
    } else if (error.isError() && verifyCreate(job)) {
        // The lookup decides (see verifyCreate).
    } else {
        finalize(job, error);
    }
    pump(hostKey);
}

void ApiClient::abortJob(RequestJob *job)
{
    if (!m_jobs.contains(job))
        return;
    job->cancelled = true;
    if (job->isInFlight()) {
        job->cancel(); // attemptFinished -> finalize, synchronously
        return;
    }
    HostQueue &host = m_hosts[job->hostKey()];
    if (host.queue.removeOne(job))
        --m_queued;
    if (job->dispatched) { // sent nothing yet: its failure is still queued
        --host.inFlight;
        --m_inFlight;
        job->dispatched = false;
    }
    if (job->waiting) {
        job->waiting = false;
        --m_waiting;
    }
    ApiError e;
    e.kind = ApiError::Kind::Cancelled;
    e.operationId = job->call().operationId;
    e.method = job->method();
    e.url = job->redactedUrl();
    e.attempts = job->attempts();
    finalize(job, e);
    pump(job->hostKey());
}

void ApiClient::cancelAll()
{
    const QList<RequestJob *> jobs(m_jobs.cbegin(), m_jobs.cend());
    for (RequestJob *job : jobs) {
        if (m_jobs.contains(job))
            abortJob(job);
    }
}

void ApiClient::finalize(RequestJob *job, const ApiError &error)
{
    if (!m_jobs.remove(job))
        return;
    ApiReplyBase *reply = job->reply();
    ApiError finalError = error;
    if (finalError.isError()) {
        finalError.attempts = job->attempts();
        const qint64 wait =
            RetryPolicy::parseRetryAfterMs(job->retryAfter(), QDateTime::currentDateTimeUtc());
        if (wait >= 0)
            finalError.retryAfterMs = int(qMin<qint64>(wait, std::numeric_limits<int>::max()));
    } else if (reply)
        finalError = reply->acceptResponse(job->response(), job->attempts());

    if (m_log) {
        RequestRecord r;
        r.time = job->startedAt();
        r.operationId = job->call().operationId;
        r.method = job->method();
        r.url = job->redactedUrl().toString();
        r.status = finalError.httpStatus ? finalError.httpStatus : job->response().httpStatus;
        r.durationMs = job->elapsedMs();
        r.bytesUp = job->bytesUp();
        r.bytesDown = job->bytesDown();
        r.retries = std::max(0, job->attempts() - 1);
        if (finalError.isError()) {
            r.errorKind = ApiError::kindName(finalError.kind);
            r.error = finalError.detail.isEmpty() ? finalError.serverMessage : finalError.detail;
        }
        m_log->append(r);
    }
    if (m_activity)
        m_activity->recordFinished(finalError.isError());
    job->deleteLater();
    updateCounts();
    if (reply) {
        if (error.isError())
            reply->finishWithError(finalError);
        else
            reply->finish();
    }
}

bool ApiClient::verifyCreate(RequestJob *job)
{
    // A create that failed mid-flight may or may not have taken effect; it is
    // never blindly re-sent. Create New User has a lookup (the user by email)
    // that tells: found -> it worked; not found -> re-send if the failure was
    // transient and attempts remain; anything else -> the original error.
    const Route *route = job->route();
    if (route->operationId != u"createUser" || RetryPolicy::isIdempotent(*route))
        return false;
    const ApiError &error = job->error();
    const bool ambiguous = error.kind == ApiError::Kind::Network ||
                           error.kind == ApiError::Kind::Timeout ||
                           (error.kind == ApiError::Kind::Http && error.httpStatus >= 500);
    const QString email = job->call().body.toObject().value(u"email").toString();
    if (!ambiguous || email.isEmpty())
        return false;
    job->verifying = true;
    ApiCall lookup;
    lookup.operationId = QStringLiteral("getUserData");
    lookup.body = QJsonObject{{QStringLiteral("idOrEmail"), email}};
    ApiReply<ApiResponse> *check = call(lookup);
    connect(check, &ApiReplyBase::finished, job, [this, job, check] {
        job->verifying = false;
        if (!m_jobs.contains(job))
            return;
        const ApiError &lookupError = check->error();
        if (!check->hasError()) {
            qCDebug(lcApi) << "createUser took effect despite" << job->error().detail;
            job->setOutcome(check->response());
            finalize(job, {});
        } else if (lookupError.kind == ApiError::Kind::Http && lookupError.httpStatus == 404 &&
                   RetryPolicy::isTransient(job->error()) &&
                   job->attempts() < m_config.retry.maxAttempts) {
            enqueue(job, true);
        } else {
            finalize(job, job->error());
        }
    });
    return true;
}

const FamilyTarget &ApiClient::targetFor(ApiFamily family)
{
    auto it = m_targets.find(family);
    if (it == m_targets.end())
        it = m_targets.insert(family, FamilyTarget::of(m_config.baseUrl(family)));
    return *it;
}

void ApiClient::updateCounts()
{
    if (m_activity)
        m_activity->setCounts(m_inFlight, queuedCount());
    emit countsChanged(m_inFlight, queuedCount());
}

} // namespace ra
