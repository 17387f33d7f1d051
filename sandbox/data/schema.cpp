#include "schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace ra::sandbox {

namespace {
const char *const tables[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE IF NOT EXISTS servers (id TEXT PRIMARY KEY, name TEXT NOT NULL, uri TEXT, "
    "domain TEXT, description TEXT, owner_id TEXT, created_at TEXT, updated_at TEXT)",
    "CREATE TABLE IF NOT EXISTS api_keys (id TEXT PRIMARY KEY, key TEXT NOT NULL UNIQUE, "
    "community_id TEXT, user_id TEXT, system INTEGER DEFAULT 0, name TEXT, permissions TEXT, "
    "expire_period INTEGER DEFAULT 0, expire_date TEXT, is_active INTEGER DEFAULT 1, "
    "created_at TEXT, updated_at TEXT)",
    "CREATE TABLE IF NOT EXISTS accounts (id TEXT PRIMARY KEY, email TEXT UNIQUE, username TEXT, "
    "password TEXT, verified INTEGER DEFAULT 0, code TEXT, token TEXT, created_at TEXT)",
    "CREATE TABLE IF NOT EXISTS sessions (token TEXT PRIMARY KEY, account_id TEXT, "
    "community_id TEXT, expires_at TEXT)",
    "CREATE TABLE IF NOT EXISTS roles (id TEXT PRIMARY KEY, server_id TEXT, title TEXT, "
    "description TEXT, class TEXT, ord INTEGER, billable INTEGER, server_permissions TEXT, "
    "channel_permissions TEXT, created_at TEXT, updated_at TEXT)",
    "CREATE TABLE IF NOT EXISTS channels (id TEXT PRIMARY KEY, server_id TEXT, topic TEXT, "
    "channel_type TEXT, user_id TEXT, created_at TEXT, updated_at TEXT)",
    "CREATE TABLE IF NOT EXISTS badges (id TEXT PRIMARY KEY, server_id TEXT, title TEXT, "
    "action TEXT, quantity INTEGER, image TEXT, applied INTEGER, awarded INTEGER, "
    "description TEXT, dark_image TEXT, light_image TEXT, enabled_dark_light INTEGER, "
    "award INTEGER, award_currency INTEGER, award_xp_quantity INTEGER, "
    "award_currency_quantity INTEGER, attach_required INTEGER, created_at TEXT, updated_at TEXT)",
    "CREATE TABLE IF NOT EXISTS tags (id TEXT PRIMARY KEY, server_id TEXT, name TEXT)",
    "CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, oid TEXT NOT NULL, "
    "community_id TEXT, username TEXT, email TEXT, first_name TEXT, last_name TEXT, "
    "display_name TEXT, phone TEXT, country TEXT, language TEXT, access_level INTEGER, "
    "xp INTEGER DEFAULT 0, coins INTEGER DEFAULT 0, total_messages INTEGER DEFAULT 0, "
    "total_reactions INTEGER DEFAULT 0, reply_sent INTEGER DEFAULT 0, visit_count INTEGER "
    "DEFAULT 0, time_spent INTEGER DEFAULT 0, login_streak INTEGER DEFAULT 0, join_date TEXT, "
    "last_login TEXT, referral TEXT, external_id TEXT, seeded INTEGER DEFAULT 0, "
    "deleted INTEGER DEFAULT 0, updated_at TEXT)",
    "CREATE TABLE IF NOT EXISTS user_roles (user_id INTEGER, role_id TEXT, "
    "PRIMARY KEY (user_id, role_id)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS user_tags (user_id INTEGER, tag_id TEXT, "
    "PRIMARY KEY (user_id, tag_id)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS user_badges (user_id INTEGER, badge_id TEXT, "
    "PRIMARY KEY (user_id, badge_id)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS user_fields (id TEXT PRIMARY KEY, community_id TEXT, "
    "field TEXT, name TEXT, type TEXT, creator_id INTEGER, seeded INTEGER DEFAULT 0, "
    "created_at TEXT, updated_at TEXT)",
    // The older create body's part of a field's definition, kept beside user_fields so a
    // database written before it still opens (the table is simply created).
    "CREATE TABLE IF NOT EXISTS user_field_rules (field_id TEXT PRIMARY KEY, description TEXT, "
    "required INTEGER DEFAULT 0, default_value TEXT, options TEXT)",
    "CREATE TABLE IF NOT EXISTS field_values (user_id INTEGER, field_id TEXT, value TEXT, "
    "PRIMARY KEY (user_id, field_id)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS field_histories (id TEXT PRIMARY KEY, community_id TEXT, "
    "field_id TEXT, user_id INTEGER, value TEXT, previous_value TEXT, source TEXT, "
    "created_at TEXT)",
    "CREATE TABLE IF NOT EXISTS daily_activity (user_id INTEGER, day TEXT, xp INTEGER, "
    "coins INTEGER, messages INTEGER, replies INTEGER, reactions INTEGER, socials INTEGER, "
    "PRIMARY KEY (user_id, day)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS messages (id TEXT PRIMARY KEY, channel_id TEXT, user_id INTEGER, "
    "parent_id TEXT, forum_topic_id TEXT, message TEXT, created_at TEXT)",
    "CREATE TABLE IF NOT EXISTS reactions (message_id TEXT, user_id INTEGER, emoji TEXT, "
    "created_at TEXT, PRIMARY KEY (message_id, user_id, emoji)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS images (id TEXT PRIMARY KEY, name TEXT, type TEXT, size INTEGER, "
    "data BLOB, created_at TEXT)",
    "CREATE TABLE IF NOT EXISTS jobs (id TEXT PRIMARY KEY, community_id TEXT, type TEXT, "
    "file_name TEXT, state TEXT, total INTEGER DEFAULT 0, processed INTEGER DEFAULT 0, "
    "created INTEGER DEFAULT 0, updated INTEGER DEFAULT 0, failed INTEGER DEFAULT 0, "
    "error TEXT, created_at TEXT, started_at TEXT, finished_at TEXT, data BLOB)",
    "CREATE TABLE IF NOT EXISTS job_entries (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
    "job_id TEXT, row INTEGER, level TEXT, message TEXT, created_at TEXT)",
};

const char *const indexes[] = {
    "CREATE UNIQUE INDEX IF NOT EXISTS users_oid ON users(oid)",
    "CREATE INDEX IF NOT EXISTS users_email ON users(email)",
    "CREATE INDEX IF NOT EXISTS users_username ON users(username)",
    "CREATE INDEX IF NOT EXISTS messages_channel ON messages(channel_id, created_at)",
    "CREATE INDEX IF NOT EXISTS messages_user ON messages(user_id, created_at)",
    "CREATE INDEX IF NOT EXISTS field_histories_user ON field_histories(user_id, field_id)",
    "CREATE INDEX IF NOT EXISTS field_histories_field ON field_histories(field_id)",
    "CREATE INDEX IF NOT EXISTS field_histories_time ON field_histories(community_id, "
    "created_at, id)",
    "CREATE INDEX IF NOT EXISTS field_histories_field_time ON field_histories(field_id, "
    "created_at, id)",
    "CREATE INDEX IF NOT EXISTS job_entries_job ON job_entries(job_id, seq)",
    "CREATE INDEX IF NOT EXISTS user_roles_role ON user_roles(role_id)",
};

const char *const indexNames[] = {"users_oid",
                                  "users_email",
                                  "users_username",
                                  "messages_channel",
                                  "messages_user",
                                  "field_histories_user",
                                  "field_histories_field",
                                  "field_histories_time",
                                  "field_histories_field_time",
                                  "job_entries_job",
                                  "user_roles_role"};
} // namespace

bool Schema::run(QSqlDatabase &db, const QString &sql, QString *error)
{
    return run(db, sql, {}, error);
}

bool Schema::run(QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery q(db);
    bool ok = q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!ok || !q.exec()) {
        if (error)
            *error = q.lastError().text() + QStringLiteral(" (") + sql.left(60) + QLatin1Char(')');
        return false;
    }
    return true;
}

bool Schema::createTables(QSqlDatabase &db, QString *error)
{
    for (const char *sql : tables) {
        if (!run(db, QString::fromLatin1(sql), error))
            return false;
    }
    return addColumns(db, error) && createIndexes(db, error);
}

bool Schema::addColumns(QSqlDatabase &db, QString *error)
{
    // Columns added after a release: a database file written before gets them
    // here (empty for its old rows).
    const struct
    {
        const char *table;
        const char *column;
    } added[] = {{"field_histories", "previous_value"}, {"field_histories", "source"}};
    for (const auto &a : added) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(QLatin1String(a.table)))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        bool present = false;
        while (q.next())
            present = present || q.value(1).toString() == QLatin1String(a.column);
        if (!present && !run(db,
                             QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT")
                                 .arg(QLatin1String(a.table), QLatin1String(a.column)),
                             error))
            return false;
    }
    return true;
}

bool Schema::createIndexes(QSqlDatabase &db, QString *error)
{
    for (const char *sql : indexes) {
        if (!run(db, QString::fromLatin1(sql), error))
            return false;
    }
    return true;
}

bool Schema::dropIndexes(QSqlDatabase &db, QString *error)
{
    for (const char *name : indexNames) {
        if (!run(db, QStringLiteral("DROP INDEX IF EXISTS ") + QString::fromLatin1(name), error))
            return false;
    }
    return true;
}

} // namespace ra::sandbox
