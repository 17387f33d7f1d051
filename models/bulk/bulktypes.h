#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace ra {

// The state of one item of a bulk job (BulkJob). An item is sent at most once
// per pass; Pending and InFlight are the only states that can still change.
enum class BulkItemState {
    Pending,  // not sent yet (or waiting for another try after a transient failure)
    InFlight, // journaled "sending" and on the wire
    Done,     // the server made the change
    Already,  // nothing to change: the member already had it / did not hold it
    NotFound, // no such member (or the badge/role itself is unknown)
    Failed,   // a definite refusal, or transient failures past the job's attempts
};

// Stable lower-case names for journals and reports: "pending", "done", ...
QString bulkStateName(BulkItemState state);
bool bulkStateFromName(const QString &name, BulkItemState *state);
// Translated names for people ("done", "already had it", ...).
QString bulkStateText(BulkItemState state);
// True for Done, Already, NotFound and Failed.
inline bool isFinalState(BulkItemState state)
{
    return state != BulkItemState::Pending && state != BulkItemState::InFlight;
}

// One unit of bulk work and, once it finished, its result. `input` and
// `line` say where it came from (the user list's line, a chunk's rows), `key`
// is what the item kind sends (a member id, a chunk's file name). Value type.
struct BulkItem
{
    QString input; // what the user gave: "jurgen@example.com"
    int line = 0;  // 1-based line of the input; 0 when none
    QString key;   // what is sent: the resolved member id, a chunk name
    BulkItemState state = BulkItemState::Pending;
    QString outcome; // the kind's finer name of the result ("alreadyHad", "notHeld", ...)
    QString reason;  // the server's message, or why it failed
    int httpStatus = 0;
    int attempts = 0; // sends made for this item (over every pass and resume)
};

// What the item kind reads from one finished reply. The engine, not the
// client, decides on another try: `transient` says the server gave no verdict
// (5xx, reset, timeout, 429), `throttled` that it pushed back (429), and
// `retryAfterMs` how long it asked us to wait (-1 when it did not say).
struct BulkOutcome
{
    BulkItemState state = BulkItemState::Failed;
    QString outcome;
    QString reason;
    int httpStatus = 0;
    bool transient = false;
    bool throttled = false;
    int retryAfterMs = -1;
};

// Counts of a job's items by state. Value type.
struct BulkCounts
{
    int total = 0;
    int pending = 0;
    int inFlight = 0;
    int done = 0;
    int already = 0;
    int notFound = 0;
    int failed = 0;

    int finished() const { return done + already + notFound + failed; }
    // Every item done or already: the job changed what was asked.
    bool allSucceeded() const { return done + already == total; }
    void add(BulkItemState state, int delta = 1);
    bool operator==(const BulkCounts &o) const;
};

// What a live view shows; emitted at most every BulkJob::progressIntervalMs.
struct BulkProgress
{
    BulkCounts counts;
    double ratePerSecond = 0; // items finished per second, over the last few seconds
    qint64 elapsedMs = 0;     // running time (pauses excluded)
    qint64 etaMs = -1;        // -1 when not known yet
    int inFlightLimit = 0;    // the adaptive limit now
    int maxInFlight = 0;      // the configured maximum
    int retries = 0;          // items sent again after a transient failure
    int throttled = 0;        // 429 answers seen
};

} // namespace ra

Q_DECLARE_METATYPE(ra::BulkProgress)
