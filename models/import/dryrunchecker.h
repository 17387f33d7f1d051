#pragma once

#include "api/apireplybase.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace ra {

class ApiClient;
class ImportDocument;

// The dry run of an import: asks the server, row by row, whether the user a
// row names (by Email, else Username) already exists, before anything is
// sent; with that the wizard says which rows would be created and which
// updated (or refused). At most concurrency() lookups are in flight at once;
// cancel() aborts them. Does not own the client; GUI thread.
class DryRunChecker : public QObject
{
    Q_OBJECT

public:
    enum class Outcome : quint8 { Unchecked, Exists, New, Skipped, Error };

    explicit DryRunChecker(ApiClient &client, QObject *parent = nullptr);
    ~DryRunChecker() override;

    void setConcurrency(int lookups) { m_concurrency = qMax(1, lookups); }
    int concurrency() const { return m_concurrency; }

    // One identifier (e-mail address or username) per row; empty: skipped.
    void start(const QStringList &identifiers);
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
    Outcome outcome(qint64 row) const { return m_outcomes.at(row); }
    QString lastError() const { return m_lastError; }

signals:
    void progressed(qint64 checked, qint64 total);
    void finished();
    void cancelled();

private:
    void pump();
    void lookUp(qint64 row);

    ApiClient &m_client;
    QStringList m_identifiers;
    QList<Outcome> m_outcomes;
    QList<QPointer<ApiReplyBase>> m_inFlight;
    QString m_lastError;
    qint64 m_next = 0;
    qint64 m_checked = 0;
    qint64 m_exists = 0;
    qint64 m_new = 0;
    qint64 m_skipped = 0;
    qint64 m_errors = 0;
    int m_concurrency = 8;
    int m_generation = 0;
    bool m_running = false;
};

} // namespace ra
