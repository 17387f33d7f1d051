#include "userseeder.h"

#include "schema.h"

#include "demonames.h"
#include "demorandom.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ra::sandbox {

namespace {
// The per-user hashes, in SQL: `a` from (seed, id), then `b`, `c`, `d` by
// one Lehmer step each (shallow, because SQLite inlines the expressions at
// every use). All products stay below 2^63 (SQLite would switch to floating
// point on overflow).
const char *const hashes =
    "WITH RECURSIVE seq(id) AS (SELECT 2 UNION ALL SELECT id + 1 FROM seq WHERE id < ?), "
    "ha AS (SELECT id, (((id * 2654435761 + ?) % 2147483647) * 48271) % 2147483647 AS a "
    "FROM seq), "
    "h AS (SELECT id, a, (a * 48271) % 2147483647 AS b, (a * 16807) % 2147483647 AS c, "
    "(a * 69621) % 2147483647 AS d FROM ha) ";
} // namespace

UserSeeder::UserSeeder(QSqlDatabase db, quint64 seed, int users, const QString &communityId,
                       const QDate &today)
    : m_db(db)
    , m_seed(seed)
    , m_users(users)
    , m_community(communityId)
    , m_today(today)
{
}

bool UserSeeder::exec(const QString &sql, const QVariantList &values, QString *error)
{
    return Schema::run(m_db, sql, values, error);
}

bool UserSeeder::run(QString *error)
{
    if (!exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS seed_people (k INTEGER PRIMARY KEY, "
                             "first TEXT, last TEXT, display TEXT, stem TEXT, domain TEXT, "
                             "country TEXT, language TEXT)"),
              {}, error) ||
        !exec(QStringLiteral("DELETE FROM seed_people"), {}, error))
        return false;
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO seed_people VALUES (?,?,?,?,?,?,?,?)"));
    for (int k = 0; k < people; ++k) {
        const DemoNames::Person p = DemoNames::person(m_seed, k);
        const QVariantList values = {k,      p.firstName, p.lastName, p.displayName,
                                     p.stem, p.domain,    p.country,  p.language};
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
    }
    const qint64 seedPart = qint64(DemoRandom::mix(m_seed) % 1000000007ULL);
    const qint64 tsBase = qint64(1704067200ULL + DemoRandom::hash(m_seed, 8) % 31536000ULL);
    const QString today = m_today.toString(Qt::ISODate);
    // date() of a Julian day number is cheaper than parsing a modifier.
    const double julianToday = double(m_today.toJulianDay()) - 0.5;
    // The admin (user 1) is fixed.
    if (!exec(QStringLiteral("INSERT INTO users (id, oid, community_id, username, email, "
                             "first_name, last_name, display_name, country, language, "
                             "access_level, xp, coins, total_messages, total_reactions, "
                             "reply_sent, visit_count, time_spent, login_streak, join_date, "
                             "last_login, seeded) VALUES (1, ?, ?, 'admin', 'admin@example.com', "
                             "'Ada', 'Admin', 'Admin', 'GB', 'English', 3, 42000, 4300, 1200, "
                             "800, 300, 900, 72000, 12, date(?, '-800 days'), ? || 'T08:30:00Z', "
                             "1)"),
              {DemoRandom::objectId(m_seed, 8, 1), m_community, today, today}, error))
        return false;
    if (m_users < 2)
        return true;
    const QString sql =
        QLatin1String(hashes) +
        QStringLiteral(
            "INSERT INTO users (id, oid, community_id, username, email, first_name, last_name, "
            "display_name, phone, country, language, access_level, xp, coins, total_messages, "
            "total_reactions, reply_sent, visit_count, time_spent, login_streak, join_date, "
            "last_login, seeded) "
            "SELECT h.id, printf('%08x%08x%08x', ? + h.id, b, d), ?, p.stem || h.id, "
            "p.stem || h.id || '@' || p.domain, p.first, p.last, p.display, "
            "CASE WHEN b % 3 = 0 THEN '+49 151 ' || (d % 10000000) END, p.country, p.language, "
            "(a / 7) % 2, c % 50000, (c % 50000) / 10 + d % 100, (d / 3) % 2000, (d / 7) % 1500, "
            "(d / 11) % 700, (b / 13) % 400, (b / 17) % 90000, (c / 19) % 30, "
            "date(? - (b % 730)), date(? - (b % 730) * (d % 100) / 100) || "
            "printf('T%02d:%02d:00Z', c % 24, (d / 24) % 60), 1 "
            "FROM h JOIN seed_people p ON p.k = (h.a / 3) % ?");
    if (!exec(sql, {m_users, seedPart, tsBase, m_community, julianToday, julianToday, people},
              error))
        return false;
    return exec(QStringLiteral("DROP TABLE seed_people"), {}, error);
}

bool UserSeeder::fillTable(const QString &table, const QStringList &ids, QString *error)
{
    if (!exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS ") + table +
                  QStringLiteral(" (k INTEGER PRIMARY KEY, id TEXT)"),
              {}, error) ||
        !exec(QStringLiteral("DELETE FROM ") + table, {}, error))
        return false;
    for (int k = 0; k < ids.size(); ++k) {
        if (!exec(QStringLiteral("INSERT INTO ") + table + QStringLiteral(" VALUES (?, ?)"),
                  {k, ids.at(k)}, error))
            return false;
    }
    return true;
}

bool UserSeeder::grant(const QString &adminRole, const QStringList &roles,
                       const QStringList &badges, const QStringList &tags, QString *error)
{
    if (!exec(QStringLiteral("INSERT OR IGNORE INTO user_roles VALUES (1, ?)"), {adminRole}, error))
        return false;
    if (m_users < 2 || roles.isEmpty() || badges.isEmpty() || tags.isEmpty())
        return true;
    if (!fillTable(QStringLiteral("seed_roles"), roles, error) ||
        !fillTable(QStringLiteral("seed_badges"), badges, error) ||
        !fillTable(QStringLiteral("seed_tags"), tags, error))
        return false;
    const qint64 seedPart = qint64(DemoRandom::mix(m_seed ^ 0x6772ULL) % 1000000007ULL);
    const struct
    {
        const char *target;
        const char *source;
        const char *hash;
        int every;
        qsizetype count;
    } grants[] = {{"user_roles", "seed_roles", "h.b", 10, roles.size()},
                  {"user_badges", "seed_badges", "h.d", 20, badges.size()},
                  {"user_tags", "seed_tags", "h.a", 25, tags.size()}};
    for (const auto &g : grants) {
        const QString sql =
            QLatin1String(hashes) + QStringLiteral("INSERT OR IGNORE INTO ") +
            QLatin1String(g.target) + QStringLiteral(" SELECT h.id, s.id FROM h JOIN ") +
            QLatin1String(g.source) + QStringLiteral(" s ON s.k = (h.c / 7) % ? WHERE ") +
            QLatin1String(g.hash) + QStringLiteral(" % ? = 0");
        if (!exec(sql, {m_users, seedPart, qint64(g.count), g.every}, error))
            return false;
    }
    return exec(QStringLiteral("DROP TABLE seed_roles"), {}, error) &&
           exec(QStringLiteral("DROP TABLE seed_badges"), {}, error) &&
           exec(QStringLiteral("DROP TABLE seed_tags"), {}, error);
}

} // namespace ra::sandbox
