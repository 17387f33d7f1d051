#include "import/dryrunchecker.h"

#include "api/apiclient.h"
#include "import/importdocument.h"

namespace ra {

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

void DryRunChecker::start(const QStringList &identifiers)
{
    cancel();
    ++m_generation;
    m_identifiers = identifiers;
    m_outcomes = QList<Outcome>(identifiers.size(), Outcome::Unchecked);
    m_next = m_checked = m_exists = m_new = m_skipped = m_errors = 0;
    m_lastError.clear();
    m_running = true;
    emit progressed(0, total());
    pump();
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

void DryRunChecker::pump()
{
    while (m_running && m_inFlight.size() < m_concurrency && m_next < total()) {
        const qint64 row = m_next++;
        if (m_identifiers.at(row).isEmpty()) {
            m_outcomes[row] = Outcome::Skipped;
            ++m_skipped;
            ++m_checked;
            continue;
        }
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
    m_inFlight.append(reply);
    auto done = [this, row, generation, reply](Outcome outcome) {
        if (generation != m_generation)
            return;
        m_inFlight.removeOne(reply);
        m_outcomes[row] = outcome;
        ++m_checked;
        if (outcome == Outcome::Exists)
            ++m_exists;
        else if (outcome == Outcome::New)
            ++m_new;
        else
            ++m_errors;
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

} // namespace ra
