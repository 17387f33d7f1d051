#include "userdirectory.h"

#include "datastore.h"
#include "requestreader.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>

namespace ra::sandbox {

UserDirectory::UserDirectory(DataStore &store)
    : m_store(store)
{
}

qint64 UserDirectory::find(const QString &identifier, const QString &type, bool withDeleted)
{
    const QString s = identifier.trimmed();
    if (s.isEmpty())
        return 0;
    QString column;
    QVariant value = s;
    if (type == QStringLiteral("email") || (type.isEmpty() && s.contains(QLatin1Char('@')))) {
        column = QStringLiteral("email");
    } else if (type == QStringLiteral("username")) {
        column = QStringLiteral("username");
    } else if (type == QStringLiteral("_id") || (type.isEmpty() && RequestReader::isObjectId(s))) {
        column = QStringLiteral("oid");
    } else {
        bool ok = false;
        const qint64 n = s.toLongLong(&ok);
        if (ok && n > 0) {
            column = QStringLiteral("id");
            value = n;
        } else if (type.isEmpty()) {
            column = QStringLiteral("username");
        } else if (RequestReader::isObjectId(s)) {
            column = QStringLiteral("oid");
        } else {
            return 0;
        }
    }
    const QString sql =
        QStringLiteral("SELECT id FROM users WHERE ") + column + QStringLiteral(" = ?") +
        (withDeleted ? QString() : QStringLiteral(" AND deleted = 0")) + QStringLiteral(" LIMIT 1");
    return m_store.scalar(sql, {value}).toLongLong();
}

bool UserDirectory::isDeleted(qint64 id)
{
    return m_store.scalar(QStringLiteral("SELECT deleted FROM users WHERE id = ?"), {id}).toInt() !=
           0;
}

QString UserDirectory::oid(qint64 id)
{
    return m_store.scalar(QStringLiteral("SELECT oid FROM users WHERE id = ?"), {id}).toString();
}

QString UserDirectory::communityOf(qint64 id)
{
    return m_store.scalar(QStringLiteral("SELECT community_id FROM users WHERE id = ?"), {id})
        .toString();
}

QDate UserDirectory::seedDate()
{
    if (!m_seedDate.isValid())
        m_seedDate = QDate::fromString(m_store.meta(QStringLiteral("seedDate")), Qt::ISODate);
    return m_seedDate;
}

qint64 UserDirectory::seedUsers()
{
    if (m_seedUsers < 0)
        m_seedUsers = m_store.meta(QStringLiteral("seedUsers")).toLongLong();
    return m_seedUsers;
}

bool UserDirectory::isSeeded(qint64 id)
{
    return id > 0 && id <= seedUsers();
}

QDate UserDirectory::joinDate(qint64 id)
{
    return QDate::fromString(
        m_store.scalar(QStringLiteral("SELECT join_date FROM users WHERE id = ?"), {id}).toString(),
        Qt::ISODate);
}

DemoActivity::Day UserDirectory::day(qint64 id, const QDate &date)
{
    QSqlQuery &q = m_store.run(QStringLiteral("SELECT xp, coins, messages, replies, reactions, "
                                              "socials FROM daily_activity WHERE user_id = ? AND "
                                              "day = ?"),
                               {id, date.toString(Qt::ISODate)});
    if (q.next()) {
        DemoActivity::Day d;
        d.xp = q.value(0).toInt();
        d.coins = q.value(1).toInt();
        d.messages = q.value(2).toInt();
        d.replies = q.value(3).toInt();
        d.reactions = q.value(4).toInt();
        d.socials = q.value(5).toInt();
        return d;
    }
    if (!isSeeded(id))
        return {};
    return DemoActivity::day(m_store.seed(), id, date, joinDate(id), seedDate());
}

void UserDirectory::addActivity(qint64 id, int xp, int coins, int messages, int replies,
                                int reactions)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    DemoActivity::Day d = day(id, today);
    d.xp += xp;
    d.coins += coins;
    d.messages += messages;
    d.replies += replies;
    d.reactions += reactions;
    m_store.run(QStringLiteral("INSERT OR REPLACE INTO daily_activity (user_id, day, xp, coins, "
                               "messages, replies, reactions, socials) VALUES (?,?,?,?,?,?,?,?)"),
                {id, today.toString(Qt::ISODate), d.xp, d.coins, d.messages, d.replies, d.reactions,
                 d.socials});
    m_store.run(QStringLiteral("UPDATE users SET xp = xp + ?, coins = coins + ?, total_messages = "
                               "total_messages + ?, reply_sent = reply_sent + ?, total_reactions = "
                               "total_reactions + ? WHERE id = ?"),
                {xp, coins, messages, replies, reactions, id});
}

QString UserDirectory::fieldValue(qint64 userId, const QString &fieldId, int seededIndex)
{
    const QVariant v = m_store.scalar(
        QStringLiteral("SELECT value FROM field_values WHERE user_id = ? AND field_id = ?"),
        {userId, fieldId});
    if (v.isValid())
        return v.toString();
    if (seededIndex > 0 && isSeeded(userId))
        return DemoActivity::fieldValue(m_store.seed(), userId, seededIndex - 1,
                                        DemoActivity::historyPerField - 1);
    return {};
}

FieldValueWriter::Fallback UserDirectory::derivedValues()
{
    return [this](qint64 userId, const QString &fieldId) {
        const int seededIndex =
            m_store.scalar(QStringLiteral("SELECT seeded FROM user_fields WHERE id = ?"), {fieldId})
                .toInt();
        return fieldValue(userId, fieldId, seededIndex);
    };
}

QJsonObject UserDirectory::userData(qint64 id)
{
    QSqlQuery &q = m_store.run(
        QStringLiteral("SELECT oid, username, email, xp, coins, first_name, last_name, language, "
                       "total_messages, total_reactions, visit_count, reply_sent, time_spent, "
                       "login_streak, community_id, display_name, phone, country, join_date "
                       "FROM users WHERE id = ?"),
        {id});
    if (!q.next())
        return {};
    QJsonObject o;
    o.insert(QStringLiteral("userId"), QString::number(id));
    o.insert(QStringLiteral("_id"), q.value(0).toString());
    o.insert(QStringLiteral("username"), q.value(1).toString());
    o.insert(QStringLiteral("email"), q.value(2).toString());
    o.insert(QStringLiteral("xp"), q.value(3).toLongLong());
    o.insert(QStringLiteral("coins"), q.value(4).toLongLong());
    const QString community = q.value(14).toString();
    QJsonArray roles{QStringLiteral("@all")};
    QString highest = QStringLiteral("@all");
    QSqlQuery &r = m_store.run(QStringLiteral("SELECT r.title FROM user_roles ur JOIN roles r ON "
                                              "r.id = ur.role_id WHERE ur.user_id = ? ORDER BY "
                                              "r.ord"),
                               {id});
    while (r.next()) {
        if (highest == QStringLiteral("@all"))
            highest = r.value(0).toString();
        roles.append(r.value(0).toString());
    }
    o.insert(QStringLiteral("roles"), roles);
    o.insert(QStringLiteral("highestRole"), highest);
    o.insert(QStringLiteral("firstName"), q.value(5).toString());
    o.insert(QStringLiteral("lastName"), q.value(6).toString());
    o.insert(QStringLiteral("displayName"), q.value(15).toString());
    const DemoActivity::Day today = day(id, QDateTime::currentDateTimeUtc().date());
    o.insert(QStringLiteral("xpEarnedToday"), today.xp);
    o.insert(QStringLiteral("coinsEarnedToday"), today.coins);
    o.insert(QStringLiteral("language"), q.value(7).toString());
    o.insert(QStringLiteral("totalMessages"), q.value(8).toLongLong());
    o.insert(QStringLiteral("totalReactions"), q.value(9).toLongLong());
    o.insert(QStringLiteral("visitCount"), q.value(10).toLongLong());
    o.insert(QStringLiteral("replySent"), q.value(11).toLongLong());
    o.insert(QStringLiteral("timeSpent"), q.value(12).toLongLong());
    o.insert(QStringLiteral("loginStreak"), q.value(13).toLongLong());
    o.insert(QStringLiteral("phone"), q.value(16).toString());
    o.insert(QStringLiteral("country"), q.value(17).toString());
    o.insert(QStringLiteral("joinDate"), q.value(18).toString());
    // One read for every stored value of this user; seeded users' other
    // values are derived from the seed, as fieldValue() does one at a time.
    QHash<QString, QString> stored;
    QSqlQuery &v = m_store.run(
        QStringLiteral("SELECT field_id, value FROM field_values WHERE user_id = ?"), {id});
    while (v.next())
        stored.insert(v.value(0).toString(), v.value(1).toString());
    const bool seeded = isSeeded(id);
    QJsonObject custom;
    QSqlQuery &f = m_store.run(
        QStringLiteral("SELECT id, field, seeded FROM user_fields WHERE community_id = ?"),
        {community});
    while (f.next()) {
        const auto it = stored.constFind(f.value(0).toString());
        const int seededIndex = f.value(2).toInt();
        QString value;
        if (it != stored.constEnd())
            value = *it;
        else if (seededIndex > 0 && seeded)
            value = DemoActivity::fieldValue(m_store.seed(), id, seededIndex - 1,
                                             DemoActivity::historyPerField - 1);
        if (!value.isEmpty())
            custom.insert(f.value(1).toString(), value);
    }
    o.insert(QStringLiteral("customFields"), custom);
    return o;
}

QJsonObject UserDirectory::applicationUser(qint64 id)
{
    QSqlQuery &q =
        m_store.run(QStringLiteral("SELECT oid, display_name, username, first_name, "
                                   "last_name, email, last_login FROM users WHERE id = ?"),
                    {id});
    if (!q.next())
        return {};
    QJsonObject o;
    o.insert(QStringLiteral("_id"), q.value(0).toString());
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("avatar"),
             QStringLiteral("https://sandbox.returning.local/avatars/%1.png").arg(id));
    o.insert(QStringLiteral("displayName"), q.value(1).toString());
    o.insert(QStringLiteral("username"), q.value(2).toString());
    o.insert(QStringLiteral("firstName"), q.value(3).toString());
    o.insert(QStringLiteral("lastName"), q.value(4).toString());
    o.insert(QStringLiteral("email"), q.value(5).toString());
    o.insert(QStringLiteral("isOnline"), id % 7 == 0);
    o.insert(QStringLiteral("lastLogin"), q.value(6).toString());
    return o;
}

QJsonObject UserDirectory::creator(qint64 id)
{
    QJsonObject o = applicationUser(id);
    QJsonObject c;
    for (const char *k : {"_id", "id", "avatar", "displayName", "username"})
        c.insert(QLatin1String(k), o.value(QLatin1String(k)));
    return c;
}

} // namespace ra::sandbox
