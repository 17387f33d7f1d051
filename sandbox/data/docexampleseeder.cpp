#include "docexampleseeder.h"

#include "schema.h"

#include "demorandom.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ra::sandbox {

namespace {
// Ids as the docs' examples write them.
const char *const adminOid = "61100af5c548eb5c7ebc7819";   // Get user, user-field creator
const char *const keyUserOid = "71100af5c548eb5c7ebc7819"; // User Api Key examples
const char *const apiKeyId = "689b34c3799e47c88fa2f89d";
const char *const fieldId = "6857de260f3c24d98fd7ca85";
const char *const roleId = "682d61dfd843de46566c9eab";
const char *const channelId = "67d04e05f090d20ae5342121";
const char *const messagesChannelId = "663347f4361726479c6"; // Get Messages example
const char *const messageId = "689b908502ad38f";
const char *const badgeId = "84845081-98fd-46f3-96aa-1032174e58a5";
const char *const awardBadgeId = "b3df14ee-a674-480b-be2a-3f32c9d3a1d9";
constexpr quint64 KindDocs = 0xd0c5;
} // namespace

QString DocExampleSeeder::communityId()
{
    return QStringLiteral("6167dba9c548eb5c7ec28057");
}

QString DocExampleSeeder::customerIdFieldId()
{
    return QLatin1String(fieldId);
}

DocExampleSeeder::DocExampleSeeder(QSqlDatabase db, quint64 seed, const QString &community,
                                   const QString &created)
    : m_db(db)
    , m_seed(seed)
    , m_community(community)
    , m_created(created)
{
}

bool DocExampleSeeder::exec(const QString &sql, const QVariantList &values, QString *error)
{
    return Schema::run(m_db, sql, values, error);
}

bool DocExampleSeeder::addMember(qint64 wantedId, const QString &oid, const QString &username,
                                 const QString &email, const QString &first, const QString &last,
                                 QString *error, qint64 *id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT CASE WHEN ? > 0 AND NOT EXISTS (SELECT 1 FROM users WHERE "
                             "id = ?) THEN ? ELSE (SELECT COALESCE(MAX(id), 0) + 1 FROM users) "
                             "END"));
    q.addBindValue(wantedId);
    q.addBindValue(wantedId);
    q.addBindValue(wantedId);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    *id = q.value(0).toLongLong();
    const QString community = m_community;
    return exec(QStringLiteral("INSERT INTO users (id, oid, community_id, username, email, "
                               "first_name, last_name, display_name, country, language, "
                               "access_level, xp, coins, join_date, last_login, seeded, "
                               "updated_at) VALUES (?,?,?,?,?,?,?,?,'GB','English',1,1200,80,"
                               "substr(?, 1, 10),?,0,?)"),
                {*id, oid, community, username, email, first, last, QString(first + u' ' + last),
                 m_created, m_created, m_created},
                error);
}

bool DocExampleSeeder::run(QString *error)
{
    const QString community = m_community;
    const QString created = m_created;
    // Member 1 is the community's admin, whose _id the Get user example asks for.
    if (!exec(QStringLiteral("UPDATE users SET oid = ? WHERE id = 1"), {QLatin1String(adminOid)},
              error))
        return false;
    qint64 johndoe = 0;
    qint64 admin = 0;
    qint64 email1 = 0;
    qint64 secureAuthUser = 0;
    if (!addMember(1243, DemoRandom::objectId(m_seed, KindDocs, 1), QStringLiteral("johndoe"),
                   QStringLiteral("johndoe@gmail.com"), QStringLiteral("John"),
                   QStringLiteral("Doe"), error, &johndoe) ||
        !addMember(1102, DemoRandom::objectId(m_seed, KindDocs, 2),
                   QStringLiteral("returning_admin"), QStringLiteral("admin@returning.ai"),
                   QStringLiteral("Returning"), QStringLiteral("Admin"), error, &admin) ||
        !addMember(0, QLatin1String(keyUserOid), QStringLiteral("email1"),
                   QStringLiteral("email1@test.com"), QStringLiteral("Emma"),
                   QStringLiteral("Test"), error, &email1) ||
        !addMember(0, DemoRandom::objectId(m_seed, KindDocs, 3), QStringLiteral("bamboostick"),
                   QStringLiteral("user@example.com"), QStringLiteral("Bamboo"),
                   QStringLiteral("Stick"), error, &secureAuthUser))
        return false;
    const bool ok =
        exec(QStringLiteral("INSERT INTO field_values VALUES (?,?,?)"),
             {johndoe, QLatin1String(fieldId), QStringLiteral("BRK-1243")}, error) &&
        exec(QStringLiteral("INSERT INTO roles (id, server_id, title, description, class, ord, "
                            "billable, server_permissions, channel_permissions, created_at, "
                            "updated_at) VALUES (?,?,'Manager','Runs the trading floor','blue',"
                            "90,0,'{}','{}',?,?)"),
             {QLatin1String(roleId), community, created, created}, error) &&
        exec(QStringLiteral("INSERT INTO channels (id, server_id, topic, channel_type, user_id, "
                            "created_at, updated_at) VALUES (?,?,?,'open','1',?,?), "
                            "(?,?,?,'open','1',?,?)"),
             {QLatin1String(channelId), community, QStringLiteral("Markets"), created, created,
              QLatin1String(messagesChannelId), community, QStringLiteral("Lobby"), created,
              created},
             error) &&
        exec(QStringLiteral("INSERT INTO messages (id, channel_id, user_id, parent_id, "
                            "forum_topic_id, message, created_at) VALUES (?,?,?,NULL,NULL,'Hi',"
                            "?)"),
             {QLatin1String(messageId), QLatin1String(messagesChannelId), johndoe, created}, error);
    if (!ok)
        return false;
    for (const char *id : {badgeId, awardBadgeId}) {
        if (!exec(QStringLiteral("INSERT INTO badges (id, server_id, title, action, quantity, "
                                 "image, applied, awarded, description, dark_image, "
                                 "light_image, enabled_dark_light, award, award_currency, "
                                 "award_xp_quantity, award_currency_quantity, attach_required, "
                                 "created_at, updated_at) VALUES (?,?,?,'custom',100,'',0,0,?,"
                                 "'','',0,0,0,0,0,0,?,?)"),
                  {QLatin1String(id), community,
                   id == badgeId ? QStringLiteral("Early Supporter") : QStringLiteral("Helper"),
                   QStringLiteral("This is description"), created, created},
                  error))
            return false;
    }
    QString key;
    for (quint64 i = 0; i < 4; ++i)
        key += QStringLiteral("%1").arg(DemoRandom::hash(m_seed, KindDocs, 9, i), 16, 16,
                                        QLatin1Char('0'));
    return exec(
        QStringLiteral("INSERT INTO api_keys (id, key, community_id, user_id, system, "
                       "name, permissions, expire_period, expire_date, is_active, "
                       "created_at, updated_at) VALUES (?,?,?,?,0,'Trading bot',"
                       "'sendMessages',0,'',1,?,?)"),
        {QLatin1String(apiKeyId), key, community, QLatin1String(keyUserOid), created, created},
        error);
}

} // namespace ra::sandbox
