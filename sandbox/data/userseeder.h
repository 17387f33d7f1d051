#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ra::sandbox {

// Writes the seeded users and their role / badge / tag grants for Seeder.
// Speed: the rows are generated inside SQLite by one INSERT ... SELECT over a
// recursive counter, so no per-row work crosses the Qt SQL API. Per-user
// values come from integer hashes of (seed, id) computed in SQL; names come
// from a temporary table of DemoNames people, so names repeat across users
// while usernames and e-mails (stem + id) stay unique.
// Runs on the thread that owns `db`, inside the seeder's transaction.
class UserSeeder
{
public:
    UserSeeder(QSqlDatabase db, quint64 seed, int users, const QString &communityId,
               const QDate &today);

    bool run(QString *error);
    // About one user in ten gets a role, one in twenty a badge, one in
    // twenty-five a tag (user 1, the admin, gets `adminRole`).
    bool grant(const QString &adminRole, const QStringList &roles, const QStringList &badges,
               const QStringList &tags, QString *error);

    static constexpr int people = 1000;

private:
    bool exec(const QString &sql, const QVariantList &values, QString *error);
    bool fillTable(const QString &table, const QStringList &ids, QString *error);

    QSqlDatabase m_db;
    quint64 m_seed;
    int m_users;
    QString m_community;
    QDate m_today;
};

} // namespace ra::sandbox
