#include "bulk/bulkjob.h"

#include "api/apiclient.h"
#include "api/apireplybase.h"
#include "bulk/bulkclientpool.h"

#include <QRandomGenerator>

namespace ra {

namespace {

struct BulkJobText
{
    Q_DECLARE_TR_FUNCTIONS(ra::BulkJob)
};

constexpr qint64 bulkRateWindowMs = 5000;

QString bulkServerOf(const ApiClientConfig &config)
{
    QUrl url = config.baseUrl(ApiFamily::System);
    if (url.isEmpty())
        url = config.baseUrl(ApiFamily::Integration);
    return url.toString(QUrl::RemoveUserInfo);
}

} // namespace

BulkJob::BulkJob(std::unique_ptr<BulkItemKind> kind, const QList<BulkItem> &items, BulkJobInfo info,
                 QObject *parent)
    : QObject(parent)
    , m_kind(std::move(kind))
    , m_items(items)
    , m_info(std::move(info))
    , m_journalDir(BulkJournal::defaultDirectory())
{
    if (m_info.id.isEmpty())
        m_info.id = BulkJobInfo::newId();
    m_info.kind = m_kind->name();
    m_info.params = m_kind->toJson();
    if (m_info.title.isEmpty())
        m_info.title = m_kind->displayName();
    if (!m_info.created.isValid())
        m_info.created = QDateTime::currentDateTimeUtc();
    m_counts.total = int(m_items.size());
    for (BulkItem &item : m_items) {
        if (item.state == BulkItemState::InFlight)
            item.state = BulkItemState::Pending;
        m_counts.add(item.state);
    }
    m_progressTimer.setInterval(progressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &BulkJob::flushProgress);
    m_wakeTimer.setSingleShot(true);
    connect(&m_wakeTimer, &QTimer::timeout, this, &BulkJob::pump);
}

BulkJob::~BulkJob() = default;

std::unique_ptr<BulkJob> BulkJob::resumeFrom(const QString &journalPath, QString *error,
                                             QObject *parent)
{
    BulkJournal::Replay replay;
    if (!BulkJournal::load(journalPath, &replay, error))
        return nullptr;
    std::unique_ptr<BulkItemKind> kind =
        BulkKinds::create(replay.info.kind, replay.info.params, error);
    if (!kind)
        return nullptr;
    auto job = std::make_unique<BulkJob>(std::move(kind), replay.items, replay.info, parent);
    job->m_loaded = true;
    job->m_journalPath = journalPath;
    job->m_inDoubt = replay.inDoubt;
    return job;
}

void BulkJob::setJournalDirectory(const QString &directory)
{
    m_journalDir = directory;
}

void BulkJob::setRetryDelays(int baseMs, int maxMs)
{
    m_retryBaseMs = qMax(1, baseMs);
    m_retryMaxMs = qMax(m_retryBaseMs, maxMs);
}

bool BulkJob::start(BulkClientPool &pool, QString *error)
{
    if (m_status != Status::Ready && m_status != Status::Stopped)
        return true;
    QString why;
    const QString server = bulkServerOf(pool.config());
    if (m_info.server.isEmpty())
        m_info.server = server;
    if (m_info.community.isEmpty())
        m_info.community = pool.config().communityId;
    if (m_info.server != server || m_info.community != pool.config().communityId) {
        why =
            BulkJobText::tr("Job %1 belongs to %2 (community %3), not to the server connected now")
                .arg(m_info.id, m_info.server, m_info.community);
    } else if (!m_journal.isOpen() && m_loaded) {
        m_journal.reopen(m_journalPath, &why);
    } else if (!m_journal.isOpen() && !m_journalDir.isEmpty()) {
        m_journalPath = BulkJournal::pathFor(m_journalDir, m_info.id);
        if (m_journal.create(m_journalPath, m_info, m_items, &why))
            m_loaded = true; // a later start() appends
    }
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    m_pool = &pool;
    m_finishedEmitted = false;
    m_queue.clear();
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).state == BulkItemState::Pending && !m_inDoubt.contains(int(i)))
            m_queue.push_back(int(i));
    }
    if (!m_clock.isValid())
        m_clock.start();
    m_throttle.setMaximum(pool.maxInFlight());
    m_progressTimer.start();
    setStatus(Status::Running);
    // Items in doubt are resolved first: asked where the kind can ask, else
    // sent again where a repeat is answered Already.
    const QList<int> doubts(m_inDoubt.cbegin(), m_inDoubt.cend());
    m_inDoubt.clear();
    for (int i : doubts) {
        ApiReplyBase *reply = m_kind->checkApplied(pool.pickReader(), m_items.at(i));
        if (!reply) {
            m_uncertain.insert(i);
            m_queue.push_front(i);
            continue;
        }
        ++m_inFlight;
        setState(i, BulkItemState::InFlight);
        connect(reply, &ApiReplyBase::finished, this, [this, i, reply] { onChecked(i, reply); });
    }
    pump();
    finishIfIdle();
    return true;
}

void BulkJob::pause()
{
    if (m_status != Status::Running)
        return;
    m_pauseStartedMs = m_clock.elapsed();
    setStatus(Status::Paused);
}

void BulkJob::resume()
{
    if (m_status != Status::Paused)
        return;
    m_pausedMs += m_clock.elapsed() - m_pauseStartedMs;
    m_pauseStartedMs = -1;
    setStatus(Status::Running);
    pump();
}

void BulkJob::stop()
{
    if (m_status != Status::Running && m_status != Status::Paused)
        return;
    if (m_pauseStartedMs >= 0) {
        m_pausedMs += m_clock.elapsed() - m_pauseStartedMs;
        m_pauseStartedMs = -1;
    }
    m_wakeTimer.stop();
    setStatus(Status::Stopping);
    finishIfIdle();
}

void BulkJob::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    emit statusChanged(status);
}

void BulkJob::pump()
{
    if (m_status != Status::Running || !m_pool)
        return;
    m_throttle.setMaximum(m_pool->maxInFlight()); // a new maximum applies to new sends
    const qint64 now = m_clock.elapsed();
    QList<int> batch;
    while (!m_queue.empty() && m_throttle.maySend(m_inFlight + int(batch.size()), now)) {
        batch.append(m_queue.front());
        m_queue.pop_front();
    }
    if (!batch.isEmpty())
        sendBatch(batch);
    if (!m_queue.empty() && m_throttle.holdRemaining(now) > 0)
        scheduleWake(m_throttle.holdRemaining(now));
}

void BulkJob::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpScheduled = false;
            pump();
            finishIfIdle();
        },
        Qt::QueuedConnection);
}

void BulkJob::scheduleWake(qint64 ms)
{
    if (!m_wakeTimer.isActive() || m_wakeTimer.remainingTime() > ms)
        m_wakeTimer.start(int(qMin<qint64>(ms, BulkThrottle::maxHoldMs)));
}

void BulkJob::sendBatch(const QList<int> &indexes)
{
    // Journal first: what is on the wire is always in the journal.
    if (m_journal.isOpen() && !m_journal.sending(indexes)) {
        for (auto it = indexes.crbegin(); it != indexes.crend(); ++it)
            m_queue.push_front(*it);
        emit journalFailed(m_journal.lastError());
        stop();
        return;
    }
    m_throttle.onSent(int(indexes.size()));
    for (int i : indexes) {
        BulkItem &item = m_items[i];
        ++item.attempts;
        setState(i, BulkItemState::InFlight);
        ++m_inFlight;
        ApiReplyBase *reply = m_kind->send(m_pool->pick(), item);
        connect(reply, &ApiReplyBase::finished, this, [this, i, reply] { onReply(i, reply); });
    }
}

void BulkJob::onChecked(int index, ApiReplyBase *reply)
{
    --m_inFlight;
    const BulkItemKind::Applied applied = m_kind->readApplied(*reply, m_items.at(index));
    if (applied == BulkItemKind::Applied::Yes) {
        BulkOutcome out;
        out.state = BulkItemState::Done;
        out.outcome = QStringLiteral("done");
        out.reason = BulkJobText::tr("applied before the interruption (checked with the server)");
        settle(index, out);
        return;
    }
    if (applied == BulkItemKind::Applied::No) {
        if (m_journal.isOpen())
            m_journal.notApplied(index);
    } else {
        m_uncertain.insert(index);
    }
    setState(index, BulkItemState::Pending);
    m_queue.push_front(index);
    schedulePump();
}

void BulkJob::onReply(int index, ApiReplyBase *reply)
{
    --m_inFlight;
    BulkOutcome out = m_kind->classify(*reply);
    BulkItem &item = m_items[index];
    if (out.throttled) {
        ++m_throttledCount;
        m_throttle.onThrottled(out.retryAfterMs, m_clock.elapsed());
        // A 429 was not processed: the item is no longer in doubt.
        if (m_journal.isOpen() && !m_uncertain.contains(index))
            m_journal.notApplied(index);
    } else if (out.transient) {
        m_uncertain.insert(index); // the server may have applied it
    }
    if (out.transient && item.attempts < m_maxAttempts) {
        ++m_retries;
        int delay = out.retryAfterMs;
        if (delay < 0) {
            const int step = qMin(item.attempts - 1, 16);
            const qint64 cap = qMin<qint64>(qint64(m_retryBaseMs) << step, m_retryMaxMs);
            delay = int(cap / 2 + QRandomGenerator::global()->bounded(int(cap / 2) + 1));
        }
        retryLater(index, delay);
        return;
    }
    if (!out.transient)
        m_throttle.onSuccess();
    if (out.state == BulkItemState::Already && m_uncertain.contains(index) &&
        m_kind->repeatAnswersAlready()) {
        // Our earlier attempt got no verdict and may have been applied.
        out.state = BulkItemState::Done;
        out.reason = BulkJobText::tr("done (an earlier attempt whose reply was lost may have "
                                     "applied it): %1")
                         .arg(out.reason);
    }
    if (out.transient)
        out.reason =
            BulkJobText::tr("gave up after %1 attempts: %2").arg(item.attempts).arg(out.reason);
    settle(index, out);
}

void BulkJob::retryLater(int index, int delayMs)
{
    setState(index, BulkItemState::Pending);
    ++m_waitingRetry;
    QTimer::singleShot(qMax(0, delayMs), this, [this, index] {
        --m_waitingRetry;
        m_queue.push_front(index);
        schedulePump();
    });
    schedulePump();
}

void BulkJob::settle(int index, const BulkOutcome &outcome)
{
    BulkItem &item = m_items[index];
    item.outcome = outcome.outcome;
    item.reason = outcome.reason;
    item.httpStatus = outcome.httpStatus;
    setState(index, outcome.state);
    m_uncertain.remove(index);
    if (m_journal.isOpen())
        m_journal.queueResult(index, item);
    const qint64 now = m_clock.elapsed();
    if (m_rateSamples.isEmpty() || now - m_rateSamples.constLast().first >= progressIntervalMs)
        m_rateSamples.append({now, m_counts.finished()});
    while (m_rateSamples.size() > 2 && now - m_rateSamples.constFirst().first > bulkRateWindowMs)
        m_rateSamples.removeFirst();
    schedulePump();
}

void BulkJob::setState(int index, BulkItemState state)
{
    BulkItem &item = m_items[index];
    if (item.state == state)
        return;
    m_counts.add(item.state, -1);
    item.state = state;
    m_counts.add(state);
    markChanged(index);
}

void BulkJob::markChanged(int index)
{
    m_changed.insert(index);
}

void BulkJob::finishIfIdle()
{
    if (m_inFlight > 0 || m_finishedEmitted)
        return;
    const bool stopping = m_status == Status::Stopping;
    if (!stopping && (m_status != Status::Running || !m_queue.empty() || m_waitingRetry > 0))
        return;
    const bool complete = m_counts.finished() == m_counts.total;
    if (complete && m_journal.isOpen())
        m_journal.end();
    m_journal.close();
    m_wakeTimer.stop();
    m_progressTimer.stop();
    m_finishedEmitted = true;
    setStatus(complete ? Status::Finished : Status::Stopped);
    flushProgress();
    emit finished();
}

BulkProgress BulkJob::progress() const
{
    BulkProgress p;
    p.counts = m_counts;
    if (m_clock.isValid()) {
        const qint64 paused =
            m_pausedMs + (m_pauseStartedMs >= 0 ? m_clock.elapsed() - m_pauseStartedMs : 0);
        p.elapsedMs = m_clock.elapsed() - paused;
    }
    if (m_rateSamples.size() >= 2) {
        const auto &a = m_rateSamples.constFirst();
        const auto &b = m_rateSamples.constLast();
        if (b.first > a.first)
            p.ratePerSecond = double(b.second - a.second) * 1000.0 / double(b.first - a.first);
    }
    const int left = m_counts.total - m_counts.finished();
    if (left == 0)
        p.etaMs = 0;
    else if (p.ratePerSecond > 0)
        p.etaMs = qint64(left * 1000.0 / p.ratePerSecond);
    p.inFlightLimit = m_throttle.limit();
    p.maxInFlight = m_throttle.maximum();
    p.retries = m_retries;
    p.throttled = m_throttledCount;
    return p;
}

void BulkJob::flushProgress()
{
    if (m_journal.isOpen() && !m_journal.flushResults())
        emit journalFailed(m_journal.lastError());
    if (m_changed.isEmpty() && m_status != Status::Finished && m_status != Status::Stopped)
        return;
    QList<int> changed(m_changed.cbegin(), m_changed.cend());
    m_changed.clear();
    std::sort(changed.begin(), changed.end());
    if (!changed.isEmpty())
        emit itemsChanged(changed);
    emit progressChanged(progress());
}

BulkReport BulkJob::report() const
{
    return BulkReport(m_items);
}

std::unique_ptr<BulkJob> BulkJob::derived(std::unique_ptr<BulkItemKind> kind,
                                          const QList<BulkItem> &items, const QString &title,
                                          QObject *parent) const
{
    BulkJobInfo info;
    info.server = m_info.server;
    info.community = m_info.community;
    info.parentId = m_info.id;
    info.title = title;
    auto job = std::make_unique<BulkJob>(std::move(kind), items, info, parent);
    job->m_journalDir = m_journalDir;
    job->m_maxAttempts = m_maxAttempts;
    job->m_retryBaseMs = m_retryBaseMs;
    job->m_retryMaxMs = m_retryMaxMs;
    return job;
}

namespace {

// The items of `items` in `state`, as new pending items of another job.
QList<BulkItem> bulkItemsIn(const QList<BulkItem> &items, BulkItemState state)
{
    QList<BulkItem> out;
    for (const BulkItem &item : items) {
        if (item.state != state)
            continue;
        BulkItem fresh;
        fresh.input = item.input;
        fresh.line = item.line;
        fresh.key = item.key;
        out.append(fresh);
    }
    return out;
}

} // namespace

std::unique_ptr<BulkJob> BulkJob::retryFailedJob(QObject *parent) const
{
    const QList<BulkItem> items = bulkItemsIn(m_items, BulkItemState::Failed);
    std::unique_ptr<BulkItemKind> kind = BulkKinds::create(m_info.kind, m_info.params, nullptr);
    if (items.isEmpty() || !kind)
        return nullptr;
    return derived(std::move(kind), items, BulkJobText::tr("Retry: %1").arg(m_info.title), parent);
}

std::unique_ptr<BulkJob> BulkJob::undoJob(QObject *parent) const
{
    const QList<BulkItem> items = bulkItemsIn(m_items, BulkItemState::Done);
    std::unique_ptr<BulkItemKind> inverse = m_kind->inverse();
    if (items.isEmpty() || !inverse)
        return nullptr;
    return derived(std::move(inverse), items, BulkJobText::tr("Undo: %1").arg(m_info.title),
                   parent);
}

} // namespace ra
