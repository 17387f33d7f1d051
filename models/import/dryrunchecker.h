#pragma once

#include "api/apireplybase.h"

#include <QList>
#include <QMultiHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace ra {

class ApiClient;
class ImportDocument;
struct ApiError;
struct UserData;
struct UserPage;

// The dry run of an import: asks the server whether the user each row names
// (by Email, else Username) already exists, before anything is sent; with
// that the wizard says which rows would be created and which updated (or
// refused). Rows with problems are not looked up: they will fail (the wizard
// does not send them), and rows the user skipped are counted apart. Two ways
// to ask:
//  - Lookup: one Get User Data per row, at most concurrency() in flight;
//  - Directory: read the member list once through Get Users with Filters
//    (200 members a page, e-mail and username only) and match it against the
//    file's identifiers (e-mails without regard to case) in memory.
// Auto reads the first page of the list, learns how many pages there are and
// picks Directory when they are at most a tenth of the rows to look up (a page
// costs about ten lookups, as bench_dryrun measures). A
// directory read that fails part-way falls back to lookups for the rows not
// yet matched. cancel() aborts whatever is in flight. Does not own the
// client; GUI thread.
class DryRunChecker : public QObject
{
    Q_OBJECT

public:
    // Skipped: no identifier. Flagged: the row has problems, will fail (is not
    // sent). Excluded: the user chose not to send it.
    enum class Outcome : quint8 { Unchecked, Exists, New, Skipped, Error, Flagged, Excluded };
    enum class Strategy : quint8 { Auto, Lookup, Directory };

    explicit DryRunChecker(ApiClient &client, QObject *parent = nullptr);
    ~DryRunChecker() override;

    void setConcurrency(int lookups) { m_concurrency = qMax(1, lookups); }
    int concurrency() const { return m_concurrency; }
    void setStrategy(Strategy strategy) { m_strategy = strategy; }
    Strategy strategy() const { return m_strategy; }
    // What the running or last check used: Lookup or Directory (Auto while
    // the first page of the member list is on its way).
    Strategy strategyUsed() const { return m_used; }
    // While reading the member list: pages read, and pages in all (0 if the
    // server did not say).
    int pagesRead() const { return m_pagesRead; }
    int pagesTotal() const { return m_pagesTotal; }

    // One identifier (e-mail address or username) per row; empty: skipped.
    // Rows in `flagged` and `excluded` are not looked up.
    void start(const QStringList &identifiers, const QSet<qint64> &flagged = {},
               const QSet<qint64> &excluded = {});
    // start() over `document`: its identifiers, rows with problems, skipped rows.
    void start(const ImportDocument &document);
    // The identifiers of `document`'s rows through its mapping.
    static QStringList identifiersOf(const ImportDocument &document);
    void cancel();

    bool isRunning() const { return m_running; }
    bool isComplete() const { return !m_running && m_checked == total() && total() > 0; }
    qint64 total() const { return qint64(m_outcomes.size()); }
    qint64 checked() const { return m_checked; }
    qint64 existing() const { return m_exists; }
    qint64 fresh() const { return m_new; }
    qint64 skipped() const { return m_skipped; }
    qint64 errors() const { return m_errors; }
    qint64 flagged() const { return m_flagged; }
    qint64 excluded() const { return m_excluded; }
    Outcome outcome(qint64 row) const { return m_outcomes.at(row); }
    QString lastError() const { return m_lastError; }

signals:
    void progressed(qint64 checked, qint64 total);
    void finished();
    void cancelled();

private:
    void pump();
    void lookUp(qint64 row);
    void probe();
    void startDirectory(const UserPage &first);
    void readDirectory(const QString &cursor);
    void matchMembers(const QList<UserData> &members);
    void finishDirectory();
    void fallBackToLookups(const ApiError &error);
    void decide(qint64 row, Outcome outcome);
    void track(ApiReplyBase *reply);
    void untrack(ApiReplyBase *reply);

    ApiClient &m_client;
    QStringList m_identifiers;
    QList<Outcome> m_outcomes;
    QMultiHash<QString, qint64> m_rowsByEmail;    // lowercase e-mail -> row
    QMultiHash<QString, qint64> m_rowsByUsername; // username -> row
    QList<QPointer<ApiReplyBase>> m_inFlight;
    QString m_lastError;
    qint64 m_next = 0;
    qint64 m_checked = 0;
    qint64 m_exists = 0;
    qint64 m_new = 0;
    qint64 m_skipped = 0;
    qint64 m_errors = 0;
    qint64 m_flagged = 0;
    qint64 m_excluded = 0;
    int m_concurrency = 8;
    int m_generation = 0;
    int m_pagesRead = 0;
    int m_pagesTotal = 0;
    Strategy m_strategy = Strategy::Auto;
    Strategy m_used = Strategy::Auto;
    bool m_running = false;
};

} // namespace ra
