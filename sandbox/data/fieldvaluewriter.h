#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>

namespace ra::sandbox {

// The one place a member's custom-field value changes: every route that sets
// a value (create member, bulk import and update, create field history) and
// the demo seed go through apply(), which writes the value and records the
// change in field_histories with the previous value and what made it. So
// the timeline is the record of real changes, never made up separately.
//
// The previous value is the stored one, else what `fallback` says (the
// value DemoActivity derives for a seeded member; see UserDirectory), unless
// the change names it. A change to the same value records nothing.
// Works on the connection it is given (the server's, or the seeder's own) and
// reuses its prepared statements; one thread.
class FieldValueWriter
{
public:
    struct Change
    {
        QString communityId;
        qint64 userId = 0;
        QString fieldId;
        QString value;
        QString source;                  // what changed it, e.g. "bulkUpdate"
        QString at;                      // ISO 8601; empty = now
        QString id;                      // history entry id; empty = a new ObjectId
        std::optional<QString> previous; // known previous value (the seeder's)
        bool always = false;             // record even an unchanged value
    };
    using Fallback = std::function<QString(qint64 userId, const QString &fieldId)>;

    explicit FieldValueWriter(QSqlDatabase db, Fallback fallback = {});

    // Sets the value and records the change. Returns the history entry's id,
    // empty when the value did not change (and not `always`); `error` is set when SQLite failed.
    QString apply(const Change &change, QString *error = nullptr);

private:
    bool prepare(QSqlQuery &q, const char *sql, QString *error);

    QSqlDatabase m_db;
    Fallback m_fallback;
    QSqlQuery m_read;
    QSqlQuery m_write;
    QSqlQuery m_record;
};

} // namespace ra::sandbox
