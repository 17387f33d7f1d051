#include "messagehandlers.h"

#include "datastore.h"
#include "demorandom.h"
#include "handlers.h"
#include "imagetype.h"
#include "requestreader.h"
#include "userdirectory.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

namespace ra::sandbox {

namespace {
// API messages are user-visible text: the app shows them.
QString tr(const char *text)
{
    return QCoreApplication::translate("ra::sandbox::MessageHandlers", text);
}
} // namespace

namespace {
using Need = RequestReader::Need;
constexpr qint64 maxImageBytes = 10 * 1024 * 1024;
} // namespace

MessageHandlers::MessageHandlers(DataStore &store)
    : m_store(store)
    , m_users(std::make_unique<UserDirectory>(store))
{
}

MessageHandlers::~MessageHandlers() = default;

void MessageHandlers::install(Handlers &h)
{
    h.add(QStringLiteral("sendMessage"), [this](const Request &r) { return send(r); });
    h.add(QStringLiteral("replyMessage"), [this](const Request &r) { return reply(r); });
    h.add(QStringLiteral("reactMessage"), [this](const Request &r) { return react(r); });
    h.add(QStringLiteral("getMessages"), [this](const Request &r) { return list(r); });
    h.add(QStringLiteral("uploadImage"), [this](const Request &r) { return upload(r); });
}

Response MessageHandlers::send(const Request &r)
{
    RequestReader in(r);
    const QString channel = in.string(QStringLiteral("channelId"));
    const QString message = in.string(QStringLiteral("message"));
    const QString sender = in.string(QStringLiteral("sender"));
    const QString topic = in.string(QStringLiteral("forumTopicId"), Need::Optional);
    if (!in.failed() && message.size() > 4000)
        in.fail(tr("Field 'message' must have at most 4000 characters"));
    if (in.failed())
        return in.error();
    const QString type = m_store
                             .scalar(QStringLiteral("SELECT channel_type FROM channels WHERE "
                                                    "id = ? AND server_id = ?"),
                                     {channel, Handlers::communityOf(r, m_store)})
                             .toString();
    if (type.isEmpty())
        return Response::error(404, tr("Channel not found: %1").arg(channel));
    if (type == QStringLiteral("forum") && topic.isEmpty())
        return Response::error(400, tr("Missing required field: forumTopicId (the "
                                       "channel is a forum)"));
    const qint64 uid = m_users->find(sender);
    if (uid == 0)
        return Response::error(404, tr("Sender not found: %1").arg(sender));
    const QString id = DemoRandom::newObjectId();
    m_store.transaction();
    m_store.run(QStringLiteral("INSERT INTO messages (id, channel_id, user_id, parent_id, "
                               "forum_topic_id, message, created_at) VALUES (?,?,?,'',?,?,?)"),
                {id, channel, uid, topic, message, DataStore::nowIso()});
    m_users->addActivity(uid, 10, 1, 1, 0, 0);
    m_store.commit();
    Response resp = Response::ok(QJsonObject{{QStringLiteral("id"), id}},
                                 QStringLiteral("Message send successfully"));
    return resp;
}

Response MessageHandlers::reply(const Request &r)
{
    RequestReader in(r);
    const QString parent = in.string(QStringLiteral("messageId"));
    const QString message = in.string(QStringLiteral("message"));
    const QString sender = in.string(QStringLiteral("sender"));
    if (in.failed())
        return in.error();
    const QString channel = m_store
                                .scalar(QStringLiteral("SELECT channel_id FROM messages WHERE "
                                                       "id = ?"),
                                        {parent})
                                .toString();
    if (channel.isEmpty())
        return Response::error(404, tr("Message not found: %1").arg(parent));
    const qint64 uid = m_users->find(sender);
    if (uid == 0)
        return Response::error(404, tr("Sender not found: %1").arg(sender));
    const QString id = DemoRandom::newObjectId();
    m_store.transaction();
    m_store.run(QStringLiteral("INSERT INTO messages (id, channel_id, user_id, parent_id, "
                               "forum_topic_id, message, created_at) VALUES (?,?,?,?,'',?,?)"),
                {id, channel, uid, parent, message, DataStore::nowIso()});
    m_users->addActivity(uid, 5, 0, 0, 1, 0);
    m_store.commit();
    return Response::ok(QJsonObject{{QStringLiteral("id"), id}},
                        QStringLiteral("Message reply successfully"));
}

Response MessageHandlers::react(const Request &r)
{
    RequestReader in(r);
    const QString message = in.string(QStringLiteral("messageId"));
    const QString emoji = in.string(QStringLiteral("emoji"));
    const QString sender = in.string(QStringLiteral("sender"));
    static const QRegularExpression shortcode(QStringLiteral("^:[a-z0-9_+\\-]+:$"));
    if (!in.failed() && !shortcode.match(emoji).hasMatch())
        in.fail(tr("Field 'emoji' must be a shortcode such as :smile:"));
    if (in.failed())
        return in.error();
    if (!m_store.scalar(QStringLiteral("SELECT 1 FROM messages WHERE id = ?"), {message}).isValid())
        return Response::error(404, tr("Message not found: %1").arg(message));
    const qint64 uid = m_users->find(sender);
    if (uid == 0)
        return Response::error(404, tr("Sender not found: %1").arg(sender));
    if (m_store
            .scalar(QStringLiteral("SELECT 1 FROM reactions WHERE message_id = ? AND user_id = "
                                   "? AND emoji = ?"),
                    {message, uid, emoji})
            .isValid())
        return Response::error(409, tr("The sender already reacted with %1").arg(emoji));
    m_store.transaction();
    m_store.run(QStringLiteral("INSERT INTO reactions VALUES (?,?,?,?)"),
                {message, uid, emoji, DataStore::nowIso()});
    m_users->addActivity(uid, 2, 0, 0, 0, 1);
    m_store.commit();
    return Response::ok(QJsonValue(), QStringLiteral("Reaction added successfully"));
}

Response MessageHandlers::list(const Request &r)
{
    RequestReader q = RequestReader::fromQuery(r);
    const QString userId = q.string(QStringLiteral("user_id"), Need::Optional);
    const QString channelId = q.string(QStringLiteral("channel_id"), Need::Optional);
    const QString email = q.string(QStringLiteral("email"), Need::Optional);
    const qint64 count = q.integer(QStringLiteral("count"), Need::Optional, 10);
    if (!q.failed() && (count < 1 || count > maxCount))
        q.fail(tr("Field 'count' must be between 1 and %1").arg(maxCount));
    if (q.failed())
        return q.error();
    const QString community = Handlers::communityOf(r, m_store);
    QString where = QStringLiteral("c.server_id = ?");
    QVariantList binds{community};
    if (!channelId.isEmpty()) {
        if (!m_store.scalar(QStringLiteral("SELECT 1 FROM channels WHERE id = ?"), {channelId})
                 .isValid())
            return Response::error(404, tr("Channel not found: %1").arg(channelId));
        where += QStringLiteral(" AND m.channel_id = ?");
        binds.append(channelId);
    }
    for (const auto &[value, type] :
         {std::pair{userId, QStringLiteral("id")}, std::pair{email, QStringLiteral("email")}}) {
        if (value.isEmpty())
            continue;
        const qint64 uid = m_users->find(value, type, true);
        if (uid == 0)
            return Response::error(404, tr("User not found: %1").arg(value));
        where += QStringLiteral(" AND m.user_id = ?");
        binds.append(uid);
    }
    const QString from = QStringLiteral(" FROM messages m JOIN channels c ON c.id = m.channel_id "
                                        "WHERE ") +
                         where;
    QSqlQuery &total = m_store.run(QStringLiteral("SELECT COUNT(*)") + from, binds);
    QJsonObject data;
    data.insert(QStringLiteral("total"), total.next() ? total.value(0).toLongLong() : 0);
    const QString newest = QStringLiteral("SELECT m.id") + from +
                           QStringLiteral(" ORDER BY m.created_at DESC, m.id DESC LIMIT ?");
    const QVariantList page = binds + QVariantList{count};
    // Reactions first, summed per emoji, so the messages are written in one pass.
    QHash<QString, QJsonArray> reactions;
    QSqlQuery &summed =
        m_store.run(QStringLiteral("SELECT message_id, emoji, COUNT(*) FROM reactions "
                                   "WHERE message_id IN (") +
                        newest +
                        QStringLiteral(") GROUP BY message_id, emoji ORDER BY "
                                       "message_id, MIN(created_at)"),
                    page);
    while (summed.next()) {
        reactions[summed.value(0).toString()].append(
            QJsonObject{{QStringLiteral("emoji"), summed.value(1).toString()},
                        {QStringLiteral("count"), summed.value(2).toLongLong()}});
    }
    QSqlQuery &rows = m_store.run(
        QStringLiteral("SELECT m.id, m.message, m.user_id, u.email, u.username, m.channel_id, "
                       "c.topic, m.created_at, m.parent_id FROM messages m LEFT JOIN users u ON "
                       "u.id = m.user_id JOIN channels c ON c.id = m.channel_id WHERE m.id IN (") +
            newest + QStringLiteral(") ORDER BY m.created_at DESC, m.id DESC"),
        page);
    QJsonArray messages;
    while (rows.next()) {
        const QString id = rows.value(0).toString();
        QJsonObject o;
        o.insert(QStringLiteral("id"), id);
        o.insert(QStringLiteral("message"), rows.value(1).toString());
        o.insert(
            QStringLiteral("user"),
            QJsonObject{{QStringLiteral("user_id"), QString::number(rows.value(2).toLongLong())},
                        {QStringLiteral("email"), rows.value(3).toString()},
                        {QStringLiteral("username"), rows.value(4).toString()}});
        o.insert(QStringLiteral("channel"),
                 QJsonObject{{QStringLiteral("channel_id"), rows.value(5).toString()},
                             {QStringLiteral("name"), rows.value(6).toString()}});
        o.insert(QStringLiteral("timestamp"), rows.value(7).toString());
        // Beyond the documented shape: what the sandbox stores of replies and reactions.
        if (!rows.value(8).toString().isEmpty())
            o.insert(QStringLiteral("parent_id"), rows.value(8).toString());
        const auto found = reactions.constFind(id);
        if (found != reactions.constEnd())
            o.insert(QStringLiteral("reactions"), found.value());
        messages.append(o);
    }
    data.insert(QStringLiteral("messages"), messages);
    return Response::ok(data, QStringLiteral("messages fetched successfully"));
}

Response MessageHandlers::upload(const Request &r)
{
    QJsonArray out;
    bool any = false;
    for (const MultipartPart &part : r.parts) {
        if (part.name != QByteArrayLiteral("images"))
            continue;
        any = true;
        if (part.data.isEmpty())
            return Response::error(400, tr("Field 'images' holds an empty file"));
        // Judged from the bytes: a name or a declared type can lie.
        if (imageTypeOf(part.data).isEmpty()) {
            QString name = QString::fromUtf8(part.fileName.left(80));
            if (part.fileName.size() > 80)
                name += QChar(0x2026);
            return Response::error(400, tr("Field 'images': %1 is not a PNG, JPEG, GIF or WebP "
                                           "image")
                                            .arg(name.isEmpty() ? tr("the file") : name));
        }
        if (part.data.size() > maxImageBytes)
            return Response::error(400, tr("Field 'images' holds a file over 10 MB"));
    }
    if (!any)
        return Response::error(400, tr("Missing required field: images"));
    for (const MultipartPart &part : r.parts) {
        if (part.name != QByteArrayLiteral("images"))
            continue;
        const QString id = DemoRandom::newObjectId();
        const QString name = part.fileName.isEmpty() ? id : QString::fromUtf8(part.fileName);
        const QString type = QString::fromLatin1(imageTypeOf(part.data));
        m_store.run(QStringLiteral("INSERT INTO images (id, name, type, size, data, created_at) "
                                   "VALUES (?,?,?,?,?,?)"),
                    {id, name, type, qint64(part.data.size()), part.data, DataStore::nowIso()});
        QJsonObject o;
        o.insert(QStringLiteral("id"), id);
        o.insert(QStringLiteral("name"), name);
        // A URL this sandbox serves (SandboxHttpServer, GET /uploads/...), on the host the
        // client reached it by.
        o.insert(QStringLiteral("url"),
                 QStringLiteral("%1/uploads/%2/%3")
                     .arg(Handlers::publicBase(r), id,
                          QString::fromLatin1(QUrl::toPercentEncoding(name))));
        o.insert(QStringLiteral("type"), type);
        o.insert(QStringLiteral("size"), qint64(part.data.size()));
        out.append(o);
    }
    return Response::ok(out, QStringLiteral("Images uploaded successfully"));
}

} // namespace ra::sandbox
