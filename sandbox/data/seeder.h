#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QtGlobal>

namespace ra::sandbox {

// Generates the deterministic demo community into an open database: servers,
// roles (colours, permissions), channels, badges (award settings), tags,
// custom user fields, N users with non-ASCII names, some role/badge grants,
// messages with replies and reactions, and the three demo keys (System,
// integration with every permission, integration without permissions).
// The same seed gives the same ids, names and keys.
//
// Speed (a million users in well under 20 s on two cores): one transaction,
// journal and sync off while it runs, the users generated inside SQLite by
// one prepared INSERT ... SELECT (UserSeeder), secondary indexes dropped
// before and rebuilt after the insert.
// Daily gamification history is not written: DemoActivity derives it from
// (seed, user id, date) on read. Custom-field history is made by applying
// each seeded member's changes (DemoActivity's values, oldest first) through
// FieldValueWriter, the code path of the API's routes: by default for the
// first defaultHistoryUsers members, or until `histories` entries exist.
//
// Runs on whichever thread owns `db` (a worker thread with its own
// connection, or the caller's). Not copyable; use once.
class Seeder
{
public:
    static constexpr int maxUsers = 1000000;
    // Members whose field changes the default demo records.
    static constexpr int defaultHistoryUsers = 10000;

    // `histories` < 0: the default; else record changes until that many
    // entries exist (or every member's changes are recorded).
    Seeder(QSqlDatabase db, quint64 seed, int users, qint64 histories = -1);
    bool run(QString *error);

    // True when the database already holds a seeded community.
    static bool hasCommunity(QSqlDatabase &db);
    static QString keyFor(quint64 seed, int which);

private:
    bool exec(const QString &sql, QString *error);
    bool seedCommunity(QString *error);
    bool seedUsers(QString *error);
    bool seedMessages(QString *error);
    bool seedDocExamples(QString *error);
    // The default demo (seed 1) is the community of the docs' examples (DocExampleSeeder).
    bool docsDemo() const { return m_seed == 1; }
    bool seedHistories(QString *error);
    bool seedMeta(QString *error);

    QSqlDatabase m_db;
    quint64 m_seed;
    int m_users;
    qint64 m_histories;
    QDate m_today;
    QString m_community;
    QStringList m_roleIds;
    QStringList m_channelIds;
    QStringList m_badgeIds;
    QStringList m_tagIds;
};

} // namespace ra::sandbox
