#include "import/dryrunchecker.h"

#include "api/apiclient.h"
#include "import/importdocument.h"

#include <QLoggingCategory>

namespace ra {

Q_LOGGING_CATEGORY(lcDryRun, "ra.import.dryrun")

DryRunChecker::DryRunChecker(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

DryRunChecker::~DryRunChecker()
{
    ++m_generation;
    for (const QPointer<ApiReplyBase> &r : std::as_const(m_inFlight)) {
        if (r)
            r->abort();
    }
}

QStringList DryRunChecker::identifiersOf(const ImportDocument &document)
{
    const ImportTemplate &t = document.importTemplate();
    const int email = document.mapping().fileColumnFor(t.indexOf(u"Email"));
    const int username = document.mapping().fileColumnFor(t.indexOf(u"Username"));
    QStringList ids;
    const qint64 rows = document.rowCount();
    ids.reserve(rows);
    for (qint64 row = 0; row < rows; ++row) {
        QString id = email >= 0 ? document.cell(row, email).trimmed() : QString();
        if (id.isEmpty() && username >= 0)
            id = document.cell(row, username).trimmed();
        ids.append(id);
    }
    return ids;
}

void DryRunChecker::start(const ImportDocument &document)
{
    const QSet<qint64> flagged(document.problemRows().cbegin(), document.problemRows().cend());
    QSet<qint64> excluded;
    for (qint64 row = 0; row < document.rowCount(); ++row) {
        if (document.isSkipped(row))
            excluded.insert(row);
    }
    start(identifiersOf(document), flagged, excluded);
}

void DryRunChecker::start(const QStringList &identifiers, const QSet<qint64> &flagged,
                          const QSet<qint64> &excluded)
{
    cancel();
    ++m_generation;
    m_identifiers = identifiers;
    m_outcomes = QList<Outcome>(identifiers.size(), Outcome::Unchecked);
    m_next = m_checked = m_exists = m_new = m_skipped = m_errors = m_flagged = m_excluded = 0;
    m_pagesRead = m_pagesTotal = 0;
    m_rowsByEmail.clear();
    m_rowsByUsername.clear();
    m_lastError.clear();
    m_running = true;
    for (qint64 row = 0; row < total(); ++row) {
        if (excluded.contains(row))
            decide(row, Outcome::Excluded);
        else if (flagged.contains(row))
            decide(row, Outcome::Flagged);
        else if (m_identifiers.at(row).isEmpty())
            decide(row, Outcome::Skipped);
    }
    emit progressed(m_checked, total());
    m_used = m_strategy;
    if (m_strategy == Strategy::Lookup || m_checked == total())
        pump();
    else
        probe();
}

void DryRunChecker::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    const QList<QPointer<ApiReplyBase>> flying = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<ApiReplyBase> &r : flying) {
        if (r)
            r->abort();
    }
    emit cancelled();
}

void DryRunChecker::decide(qint64 row, Outcome outcome)
{
    m_outcomes[row] = outcome;
    ++m_checked;
    switch (outcome) {
    case Outcome::Exists:
        ++m_exists;
        break;
    case Outcome::New:
        ++m_new;
        break;
    case Outcome::Skipped:
        ++m_skipped;
        break;
    case Outcome::Flagged:
        ++m_flagged;
        break;
    case Outcome::Excluded:
        ++m_excluded;
        break;
    case Outcome::Error:
    case Outcome::Unchecked:
        ++m_errors;
        break;
    }
}

void DryRunChecker::track(ApiReplyBase *reply)
{
    m_inFlight.append(reply);
}

void DryRunChecker::untrack(ApiReplyBase *reply)
{
    m_inFlight.removeOne(reply);
}

void DryRunChecker::pump()
{
    while (m_running && m_inFlight.size() < m_concurrency && m_next < total()) {
        const qint64 row = m_next++;
        if (m_outcomes.at(row) == Outcome::Unchecked)
            lookUp(row);
    }
    if (m_running && m_inFlight.isEmpty() && m_next >= total()) {
        m_running = false;
        emit progressed(m_checked, total());
        emit finished();
    }
}

void DryRunChecker::lookUp(qint64 row)
{
    const int generation = m_generation;
    ApiReply<UserData> *reply = m_client.getUserData(m_identifiers.at(row));
    track(reply);
    auto done = [this, row, generation, reply](Outcome outcome) {
        if (generation != m_generation)
            return;
        untrack(reply);
        decide(row, outcome);
        if (m_checked % 100 == 0)
            emit progressed(m_checked, total());
        pump();
    };
    reply->then(
        this, [done](const UserData &) { done(Outcome::Exists); },
        [this, done](const ApiError &e) {
            if (e.kind == ApiError::Kind::Cancelled)
                return;
            if (e.httpStatus == 404) {
                done(Outcome::New);
                return;
            }
            m_lastError = e.userText();
            done(Outcome::Error);
        });
}

static const QStringList &directoryFields()
{
    static const QStringList fields = {QStringLiteral("email"), QStringLiteral("username")};
    return fields;
}

void DryRunChecker::probe()
{
    const int generation = m_generation;
    ApiReply<UserPage> *reply = m_client.getUsersByPage(directoryFields(), {}, 1);
    track(reply);
    reply->then(
        this,
        [this, generation, reply](const UserPage &page) {
            if (generation != m_generation)
                return;
            untrack(reply);
            // One page of 200 members costs about ten lookups: the list is read one page after
            // another, while lookups run concurrency() at a time and each answer is small
            // (bench_dryrun: ~10 ms a page against ~0.45 ms a looked-up row).
            const qint64 lookups = total() - m_checked;
            const bool sized = page.totalPages > 0 || !page.hasMore();
            const bool cheaper = sized && qint64(page.totalPages) * 10 <= lookups;
            if (m_strategy == Strategy::Directory || cheaper)
                startDirectory(page);
            else {
                m_used = Strategy::Lookup;
                pump();
            }
        },
        [this, generation, reply](const ApiError &e) {
            if (generation != m_generation || e.kind == ApiError::Kind::Cancelled)
                return;
            untrack(reply);
            fallBackToLookups(e);
        });
}

void DryRunChecker::startDirectory(const UserPage &first)
{
    m_used = Strategy::Directory;
    m_pagesTotal = qMax(0, first.totalPages);
    m_rowsByEmail.reserve(total());
    for (qint64 row = 0; row < total(); ++row) {
        if (m_outcomes.at(row) != Outcome::Unchecked)
            continue;
        const QString &id = m_identifiers.at(row);
        if (id.contains(u'@'))
            m_rowsByEmail.insert(id.toLower(), row);
        else
            m_rowsByUsername.insert(id, row);
    }
    matchMembers(first.users);
    m_pagesRead = 1;
    emit progressed(m_checked, total());
    if (!first.hasMore())
        finishDirectory();
    else
        readDirectory({}); // cursor mode from the start: no OFFSET scans on the server
}

void DryRunChecker::readDirectory(const QString &cursor)
{
    const int generation = m_generation;
    ApiReply<UserPage> *reply = m_client.getUsersByCursor(directoryFields(), {}, cursor);
    track(reply);
    reply->then(
        this,
        [this, generation, reply, cursor](const UserPage &page) {
            if (generation != m_generation)
                return;
            untrack(reply);
            matchMembers(page.users);
            if (!cursor.isEmpty()) // the first cursor page repeats the probed page
                ++m_pagesRead;
            m_pagesTotal = qMax(m_pagesTotal, m_pagesRead);
            emit progressed(m_checked, total());
            if (page.nextCursor.isEmpty() || page.nextCursor == cursor)
                finishDirectory();
            else
                readDirectory(page.nextCursor);
        },
        [this, generation, reply](const ApiError &e) {
            if (generation != m_generation || e.kind == ApiError::Kind::Cancelled)
                return;
            untrack(reply);
            fallBackToLookups(e);
        });
}

void DryRunChecker::matchMembers(const QList<UserData> &members)
{
    auto mark = [this](const QMultiHash<QString, qint64> &index, const QString &key) {
        if (key.isEmpty())
            return;
        for (auto it = index.constFind(key); it != index.cend() && it.key() == key; ++it) {
            if (m_outcomes.at(it.value()) == Outcome::Unchecked)
                decide(it.value(), Outcome::Exists);
        }
    };
    for (const UserData &member : members) {
        if (!m_rowsByEmail.isEmpty())
            mark(m_rowsByEmail, member.email.trimmed().toLower());
        if (!m_rowsByUsername.isEmpty())
            mark(m_rowsByUsername, member.username.trimmed());
    }
}

void DryRunChecker::finishDirectory()
{
    for (qint64 row = 0; row < total(); ++row) {
        if (m_outcomes.at(row) == Outcome::Unchecked)
            decide(row, Outcome::New);
    }
    m_rowsByEmail.clear();
    m_rowsByUsername.clear();
    m_running = false;
    emit progressed(m_checked, total());
    emit finished();
}

void DryRunChecker::fallBackToLookups(const ApiError &error)
{
    qCInfo(lcDryRun) << "member list unavailable, looking rows up one by one:" << error.userText();
    m_rowsByEmail.clear();
    m_rowsByUsername.clear();
    m_used = Strategy::Lookup;
    m_next = 0;
    pump();
}

} // namespace ra
