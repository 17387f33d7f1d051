#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace ra::sandbox {

// The SQLite schema of the sandbox (tables and indexes). Stateless; works on
// whichever connection it is given, on that connection's thread.
//
// Design: one `servers` row is one community. Users keep their legacy numeric
// id as the INTEGER PRIMARY KEY (sent as a string) plus a 24-hex `oid`. Data
// that would be huge for a million users (daily gamification history, custom
// field values) is not stored for seeded users: it is derived on read from
// (seed, user id, date) by DemoActivity; only what the API writes or changes
// is stored (daily_activity, field_values), and stored rows win over derived
// ones. field_histories holds every recorded change (FieldValueWriter),
// the demo seed's included.
class Schema
{
public:
    static constexpr int version = 1;
    // Creates the tables that do not exist yet. False with `error` on failure.
    static bool createTables(QSqlDatabase &db, QString *error);
    // Adds the columns a newer version has to tables of an older file.
    static bool addColumns(QSqlDatabase &db, QString *error);
    // The secondary indexes; the seeder drops them before its bulk insert and
    // creates them after it (faster than maintaining them row by row).
    static bool createIndexes(QSqlDatabase &db, QString *error);
    static bool dropIndexes(QSqlDatabase &db, QString *error);
    // Runs one statement through prepare()/exec(), with `values` bound to its placeholders in
    // order.
    static bool run(QSqlDatabase &db, const QString &sql, QString *error);
    static bool run(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                    QString *error);
};

} // namespace ra::sandbox
