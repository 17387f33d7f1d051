#include "messageseeder.h"

#include "datastore.h"
#include "demorandom.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace ra::sandbox {

namespace {
// A kind of its own for DemoRandom, apart from the seeder's kinds.
constexpr quint64 kindChannelMessage = 0x6d7367;
} // namespace

MessageSeeder::MessageSeeder(DataStore &store)
    : m_store(store)
{
}

bool MessageSeeder::run(int count, QString *error)
{
    const QString community = m_store.demo().communityId;
    m_channelId = m_store
                      .scalar(QStringLiteral("SELECT id FROM channels WHERE server_id = ? AND "
                                             "channel_type <> 'forum' ORDER BY id LIMIT 1"),
                              {community})
                      .toString();
    if (m_channelId.isEmpty()) {
        *error = QStringLiteral("the community %1 has no open channel to fill").arg(community);
        return false;
    }
    const qint64 users =
        qMax<qint64>(1, m_store.scalar(QStringLiteral("SELECT MAX(id) FROM users")).toLongLong());
    QSqlDatabase &db = m_store.db();
    QSqlQuery insert(db);
    QSqlQuery react(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO messages (id, channel_id, user_id, parent_id, "
                                       "forum_topic_id, message, created_at) VALUES "
                                       "(?,?,?,?,'',?,?)")) ||
        !react.prepare(QStringLiteral("INSERT OR IGNORE INTO reactions VALUES (?,?,?,?)"))) {
        *error = insert.lastError().text() + react.lastError().text();
        return false;
    }
    static const char *const emojis[] = {":thumbsup:", ":heart:", ":smile:", ":fire:", ":tada:"};
    const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(-60);
    const quint64 seed = m_store.seed();
    QStringList recent; // the last few ids, for replies
    db.transaction();
    for (int i = 0; i < count; ++i) {
        const quint64 h = DemoRandom::hash(seed, kindChannelMessage, quint64(i));
        const QString id = DemoRandom::newObjectId();
        const bool reply = !recent.isEmpty() && i % 7 == 6;
        const QString when = end.addSecs(qint64(i) - count).toString(Qt::ISODateWithMs);
        insert.bindValue(0, id);
        insert.bindValue(1, m_channelId);
        insert.bindValue(2, qint64(1 + h % quint64(users)));
        insert.bindValue(3, reply ? recent.at(int((h >> 20) % quint64(recent.size()))) : QString());
        insert.bindValue(4, QStringLiteral("Message %1 of %2: market notes, questions and "
                                           "answers from the demo community.")
                                .arg(i + 1)
                                .arg(count));
        insert.bindValue(5, when);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            db.rollback();
            return false;
        }
        if (i % 3 == 0) {
            react.bindValue(0, id);
            react.bindValue(1, qint64(1 + (h >> 8) % quint64(users)));
            react.bindValue(2, QString::fromLatin1(emojis[(h >> 40) % std::size(emojis)]));
            react.bindValue(3, when);
            if (!react.exec()) {
                *error = react.lastError().text();
                db.rollback();
                return false;
            }
        }
        if (!reply) {
            recent.append(id);
            if (recent.size() > 5)
                recent.removeFirst();
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace ra::sandbox
