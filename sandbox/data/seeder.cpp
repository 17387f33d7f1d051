#include "seeder.h"

#include "demoactivity.h"
#include "demorandom.h"
#include "docexampleseeder.h"
#include "fieldvaluewriter.h"
#include "rolepermissions.h"
#include "schema.h"
#include "userseeder.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace ra::sandbox {

namespace {
enum Kind : quint64 {
    KindServer = 1,
    KindRole,
    KindChannel,
    KindBadge,
    KindTag,
    KindField,
    KindMessage,
    KindUser,
    KindKey,
    KindHistory
};

QString hex16(quint64 v)
{
    return QStringLiteral("%1").arg(v, 16, 16, QLatin1Char('0'));
}

QString uuidFor(quint64 seed, quint64 index)
{
    const QString a = hex16(DemoRandom::hash(seed, KindBadge, index, 1));
    const QString b = hex16(DemoRandom::hash(seed, KindBadge, index, 2));
    return a.left(8) + QLatin1Char('-') + a.mid(8, 4) + QStringLiteral("-4") + a.mid(13, 3) +
           QLatin1Char('-') + b.left(4) + QLatin1Char('-') + b.mid(4, 12);
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Seeder::Seeder(QSqlDatabase db, quint64 seed, int users, qint64 histories)
    : m_db(db)
    , m_seed(seed)
    , m_users(qBound(1, users, maxUsers))
    , m_histories(histories)
    , m_today(QDateTime::currentDateTimeUtc().date())
{
}

QString Seeder::keyFor(quint64 seed, int which)
{
    QString key;
    for (quint64 i = 0; i < 4; ++i)
        key += hex16(DemoRandom::hash(seed, KindKey, quint64(which), i));
    return key;
}

bool Seeder::hasCommunity(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'communityId'"));
    return q.exec() && q.next() && !q.value(0).toString().isEmpty();
}

bool Seeder::exec(const QString &sql, QString *error)
{
    return Schema::run(m_db, sql, error);
}

bool Seeder::run(QString *error)
{
    if (hasCommunity(m_db))
        return true;
    // Speed over durability while seeding: a crash leaves no community and
    // the next start seeds again. The file's WAL mode is restored after.
    QString ignored;
    Schema::run(m_db, QStringLiteral("PRAGMA synchronous=OFF"), &ignored);
    Schema::run(m_db, QStringLiteral("PRAGMA journal_mode=MEMORY"), &ignored);
    Schema::run(m_db, QStringLiteral("PRAGMA cache_size=-131072"), &ignored);
    Schema::run(m_db, QStringLiteral("PRAGMA temp_store=MEMORY"), &ignored);
    // Lets CREATE INDEX sort with a helper thread.
    Schema::run(m_db, QStringLiteral("PRAGMA threads=2"), &ignored);
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    // The default demo's community is the one the docs' example requests name, so they work
    // against it as written (see DocExampleSeeder); another seed gives a community of its own.
    m_community =
        m_seed == 1 ? DocExampleSeeder::communityId() : DemoRandom::objectId(m_seed, KindServer, 0);
    const bool ok = Schema::dropIndexes(m_db, error) && seedCommunity(error) && seedUsers(error) &&
                    seedHistories(error) && seedMessages(error) && seedDocExamples(error) &&
                    seedMeta(error) && Schema::createIndexes(m_db, error);
    if (!ok || !m_db.commit()) {
        if (ok)
            *error = m_db.lastError().text();
        m_db.rollback();
        Schema::createIndexes(m_db, &ignored);
        return false;
    }
    if (m_db.databaseName().startsWith(QStringLiteral("file:"))) {
        Schema::run(m_db, QStringLiteral("PRAGMA synchronous=NORMAL"), &ignored);
    } else {
        Schema::run(m_db, QStringLiteral("PRAGMA journal_mode=WAL"), &ignored);
        Schema::run(m_db, QStringLiteral("PRAGMA synchronous=NORMAL"), &ignored);
    }
    return true;
}

bool Seeder::seedCommunity(QString *error)
{
    const QString created =
        QDateTime(m_today.addDays(-800), QTime(9, 0), Qt::UTC).toString(Qt::ISODateWithMs);
    QSqlQuery q(m_db);
    auto insert = [&](const QString &sql, const QVariantList &values) {
        if (!q.prepare(sql))
            return false;
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    };
    const char *serverNames[] = {"Returning Demo Community", "Trading Floor", "Sandbox Lab"};
    const char *serverUris[] = {"demo", "trading-floor", "sandbox-lab"};
    for (int i = 0; i < 3; ++i) {
        const QString id =
            i == 0 ? m_community : DemoRandom::objectId(m_seed, KindServer, quint64(i));
        const QString domain = QStringLiteral("%1-%2.sandbox.returning.local")
                                   .arg(QLatin1String(serverUris[i]))
                                   .arg(DemoRandom::hash(m_seed, KindServer, quint64(i)) % 10000);
        if (!insert(QStringLiteral("INSERT INTO servers (id, name, uri, domain, description, "
                                   "owner_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)"),
                    {id, QLatin1String(serverNames[i]), QLatin1String(serverUris[i]), domain,
                     QStringLiteral("Demo server %1").arg(i + 1), QStringLiteral("1"), created,
                     created}))
            return false;
        // Every server has the default role.
        const QString allRole = DemoRandom::objectId(m_seed, KindRole, quint64(100 + i));
        if (i == 0)
            m_roleIds.append(allRole);
        if (!insert(QStringLiteral("INSERT INTO roles (id, server_id, title, description, class, "
                                   "ord, billable, server_permissions, channel_permissions, "
                                   "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                    {allRole, id, QStringLiteral("@all"), QStringLiteral("Everyone"),
                     QStringLiteral("grey"), 0, 0, json(RolePermissions::serverDefaults()),
                     json(RolePermissions::channelDefaults()), created, created}))
            return false;
    }
    struct RoleSpec
    {
        const char *title;
        const char *cls;
        bool admin;
        bool billable;
    };
    const RoleSpec roles[] = {
        {"Admin", "red", true, false},     {"Moderator", "blue", false, false},
        {"VIP", "gold", false, true},      {"Member", "green", false, false},
        {"Trader", "purple", false, true}, {"Вещатель", "orange", false, false}};
    int order = 1;
    for (const RoleSpec &r : roles) {
        const QString id = DemoRandom::objectId(m_seed, KindRole, quint64(order));
        QJsonObject sp = RolePermissions::serverDefaults(r.admin);
        QJsonObject cp = RolePermissions::channelDefaults(r.admin);
        sp.insert(QStringLiteral("allow_dm"), true);
        cp.insert(QStringLiteral("post_messages"), true);
        cp.insert(QStringLiteral("view_message_history"), true);
        if (QLatin1String(r.title) == QLatin1String("Moderator")) {
            sp.insert(QStringLiteral("warn_members"), true);
            sp.insert(QStringLiteral("suspend_members"), true);
            cp.insert(QStringLiteral("manage_messages"), true);
        }
        if (!insert(QStringLiteral("INSERT INTO roles (id, server_id, title, description, class, "
                                   "ord, billable, server_permissions, channel_permissions, "
                                   "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                    {id, m_community, QString::fromUtf8(r.title),
                     QStringLiteral("Demo role %1").arg(QString::fromUtf8(r.title)),
                     QLatin1String(r.cls), order, r.billable ? 1 : 0, json(sp), json(cp), created,
                     created}))
            return false;
        m_roleIds.append(id);
        ++order;
    }
    const struct
    {
        const char *topic;
        const char *type;
    } channels[] = {{"General", "open"},        {"Rules", "open"},    {"Announcements", "open"},
                    {"Trading Ideas", "forum"}, {"Support", "forum"}, {"日本語チャット", "open"},
                    {"Café Européen", "open"}};
    quint64 index = 0;
    for (const auto &c : channels) {
        const QString id = DemoRandom::objectId(m_seed, KindChannel, index++);
        if (!insert(QStringLiteral("INSERT INTO channels (id, server_id, topic, channel_type, "
                                   "user_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?)"),
                    {id, m_community, QString::fromUtf8(c.topic), QLatin1String(c.type),
                     QStringLiteral("1"), created, created}))
            return false;
        m_channelIds.append(id);
    }
    const struct
    {
        const char *title;
        int quantity;
        bool award;
        int xp;
        bool currency;
        int coins;
        bool attach;
    } badges[] = {{"Major", 3, true, 100, true, 50, true},
                  {"First Message", 1, true, 10, false, 0, false},
                  {"Streak Master", 30, true, 300, true, 100, false},
                  {"Helpful Hand", 10, false, 0, true, 25, false},
                  {"Early Bird", 1, true, 50, false, 0, false},
                  {"Trader of the Month", 1, true, 500, true, 250, true}};
    index = 0;
    for (const auto &b : badges) {
        const QString id = uuidFor(m_seed, index++);
        if (!insert(QStringLiteral("INSERT INTO badges (id, server_id, title, action, quantity, "
                                   "image, applied, awarded, description, dark_image, "
                                   "light_image, enabled_dark_light, award, award_currency, "
                                   "award_xp_quantity, award_currency_quantity, attach_required, "
                                   "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                                   "?,?,?,?)"),
                    {id, m_community, QLatin1String(b.title), QStringLiteral("custom"), b.quantity,
                     QStringLiteral("https://sandbox.returning.local/badges/%1.png").arg(index), 0,
                     0, QStringLiteral("Awarded for: %1").arg(QLatin1String(b.title)), QString(),
                     QString(), 0, b.award ? 1 : 0, b.currency ? 1 : 0, b.xp, b.coins,
                     b.attach ? 1 : 0, created, created}))
            return false;
        m_badgeIds.append(id);
    }
    const char *tags[] = {"VIP", "Beta", "Newsletter", "Early Bird", "Партнёр"};
    index = 0;
    for (const char *t : tags) {
        const QString id = DemoRandom::objectId(m_seed, KindTag, index++);
        if (!insert(QStringLiteral("INSERT INTO tags (id, server_id, name) VALUES (?,?,?)"),
                    {id, m_community, QString::fromUtf8(t)}))
            return false;
        m_tagIds.append(id);
    }
    for (int i = 0; i < DemoActivity::seededFieldCount; ++i) {
        if (!insert(QStringLiteral("INSERT INTO user_fields (id, community_id, field, name, type, "
                                   "creator_id, seeded, created_at, updated_at) VALUES "
                                   "(?,?,?,?,?,?,?,?,?)"),
                    {docsDemo() && i == 0 ? DocExampleSeeder::customerIdFieldId()
                                          : DemoRandom::objectId(m_seed, KindField, quint64(i)),
                     m_community, QLatin1String(DemoActivity::fieldKey(i)),
                     QLatin1String(DemoActivity::fieldName(i)),
                     QLatin1String(DemoActivity::fieldType(i)), 1, i + 1, created, created}))
            return false;
    }
    return true;
}

bool Seeder::seedUsers(QString *error)
{
    UserSeeder users(m_db, m_seed, m_users, m_community, m_today);
    return users.run(error) &&
           users.grant(m_roleIds.at(1), m_roleIds.mid(2), m_badgeIds, m_tagIds, error);
}

bool Seeder::seedDocExamples(QString *error)
{
    if (!docsDemo())
        return true;
    const QString created =
        QDateTime(m_today.addDays(-30), QTime(9, 0), Qt::UTC).toString(Qt::ISODateWithMs);
    return DocExampleSeeder(m_db, m_seed, m_community, created).run(error);
}

bool Seeder::seedHistories(QString *error)
{
    FieldValueWriter writer(m_db);
    const qint64 users = m_histories < 0 ? qMin(m_users, defaultHistoryUsers) : m_users;
    const qint64 wanted = m_histories < 0 ? std::numeric_limits<qint64>::max() : m_histories;
    qint64 made = 0;
    quint64 n = 0;
    for (qint64 user = 1; user <= users && made < wanted; ++user) {
        for (int index = 0; index < DemoActivity::seededFieldCount && made < wanted; ++index) {
            FieldValueWriter::Change c;
            c.communityId = m_community;
            c.userId = user;
            c.fieldId = DemoRandom::objectId(m_seed, KindField, quint64(index));
            c.source = QStringLiteral("seed");
            c.previous = QString();
            for (int k = 0; k < DemoActivity::historyPerField && made < wanted; ++k, ++n) {
                c.value = DemoActivity::fieldValue(m_seed, user, index, k);
                const QDate date = DemoActivity::historyDate(m_seed, user, index, k, m_today);
                c.at = QDateTime(date, QTime(int(n % 24), int(n % 60)), Qt::UTC)
                           .toString(Qt::ISODateWithMs);
                c.id = DemoRandom::objectId(m_seed, KindHistory, n);
                QString failed;
                if (!writer.apply(c, &failed).isEmpty()) {
                    ++made;
                } else if (!failed.isEmpty()) {
                    *error = failed;
                    return false;
                }
                c.previous = c.value;
            }
        }
    }
    return true;
}

bool Seeder::seedMessages(QString *error)
{
    QSqlQuery q(m_db);
    QSqlQuery r(m_db);
    if (!q.prepare(QStringLiteral("INSERT INTO messages (id, channel_id, user_id, parent_id, "
                                  "forum_topic_id, message, created_at) VALUES (?,?,?,?,?,?,?)")) ||
        !r.prepare(QStringLiteral("INSERT OR IGNORE INTO reactions VALUES (?,?,?,?)"))) {
        *error = q.lastError().text();
        return false;
    }
    const char16_t *texts[] = {u"Hi everyone!",     u"Grüß euch! Schönes Wochenende 🎉",
                               u"Всем привет!",     u"大家好，今天市场怎么样？",
                               u"こんにちは！",     u"Where can I find the rules?",
                               u"Merci beaucoup 🙏", u"EUR/USD looks bullish today",
                               u"Welcome aboard 🚀"};
    const char *emojis[] = {":thumbsup:", ":heart:", ":smile:", ":fire:", ":sparkling_heart:"};
    const int count = qMin(m_users * 3, 3000);
    const QDateTime start(m_today.addDays(-30), QTime(0, 0), Qt::UTC);
    QString previous;
    for (int i = 0; i < count; ++i) {
        const quint64 h = DemoRandom::hash(m_seed, KindMessage, quint64(i));
        const QString id = DemoRandom::objectId(m_seed, KindMessage, quint64(i));
        const bool reply = i > 0 && h % 5 == 0;
        q.bindValue(0, id);
        q.bindValue(1, m_channelIds.at(int((h >> 8) % quint64(m_channelIds.size()))));
        q.bindValue(2, qint64(1 + (h >> 16) % quint64(m_users)));
        q.bindValue(3, reply ? previous : QString());
        q.bindValue(4, QString());
        q.bindValue(5, QString::fromUtf16(texts[(h >> 24) % std::size(texts)]));
        q.bindValue(
            6,
            start.addSecs(qint64(i) * (30 * 86400 / qMax(1, count))).toString(Qt::ISODateWithMs));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        if ((h >> 32) % 3 == 0) {
            r.bindValue(0, id);
            r.bindValue(1, qint64(1 + (h >> 36) % quint64(m_users)));
            r.bindValue(2, QLatin1String(emojis[(h >> 44) % std::size(emojis)]));
            r.bindValue(3, start.toString(Qt::ISODateWithMs));
            if (!r.exec()) {
                *error = r.lastError().text();
                return false;
            }
        }
        previous = id;
    }
    return true;
}

bool Seeder::seedMeta(QString *error)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString all = QStringLiteral("createUser,getUserData,getUserStats,deleteRestoreUser,"
                                       "userFields,getMessages,sendMessages,applicationMember");
    QSqlQuery q(m_db);
    const struct
    {
        int which;
        bool system;
        const char *name;
        QString permissions;
    } keys[] = {{0, true, "System API key", QString()},
                {1, false, "Integration key (all permissions)", all},
                {2, false, "Integration key (no permissions)", QString()}};
    for (const auto &k : keys) {
        q.prepare(QStringLiteral("INSERT INTO api_keys (id, key, community_id, user_id, system, "
                                 "name, permissions, expire_period, expire_date, is_active, "
                                 "created_at, updated_at) VALUES (?,?,?,?,?,?,?,0,'',1,?,?)"));
        q.addBindValue(DemoRandom::objectId(m_seed, KindKey, quint64(k.which)));
        q.addBindValue(keyFor(m_seed, k.which));
        q.addBindValue(m_community);
        q.addBindValue(QString());
        q.addBindValue(k.system ? 1 : 0);
        q.addBindValue(QLatin1String(k.name));
        q.addBindValue(k.permissions);
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    const QList<QPair<QString, QString>> meta = {
        {QStringLiteral("seed"), QString::number(m_seed)},
        {QStringLiteral("seedUsers"), QString::number(m_users)},
        {QStringLiteral("seedDate"), m_today.toString(Qt::ISODate)},
        {QStringLiteral("systemKey"), keyFor(m_seed, 0)},
        {QStringLiteral("integrationKey"), keyFor(m_seed, 1)},
        {QStringLiteral("noPermissionKey"), keyFor(m_seed, 2)},
        {QStringLiteral("secureAuthDomain"),
         QStringLiteral("demo-%1.sandbox.returning.local").arg(m_seed % 100000)},
        {QStringLiteral("communityId"), m_community},
    };
    for (const auto &kv : meta) {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
        q.addBindValue(kv.first);
        q.addBindValue(kv.second);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace ra::sandbox
