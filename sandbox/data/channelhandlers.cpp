#include "channelhandlers.h"

#include "datastore.h"
#include "demorandom.h"
#include "handlers.h"
#include "requestreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace ra::sandbox {

namespace {
// API messages are user-visible text: the app shows them.
QString tr(const char *text)
{
    return QCoreApplication::translate("ra::sandbox::ChannelHandlers", text);
}
} // namespace

namespace {
using Need = RequestReader::Need;

bool validType(const QString &type)
{
    return type == QStringLiteral("open") || type == QStringLiteral("forum") ||
           type == QStringLiteral("private");
}
} // namespace

ChannelHandlers::ChannelHandlers(DataStore &store)
    : m_store(store)
{
}

void ChannelHandlers::install(Handlers &h)
{
    h.add(QStringLiteral("getChannels"), [this](const Request &r) {
        RequestReader query = RequestReader::fromQuery(r);
        QString server = query.string(QStringLiteral("serverId"), Need::Optional);
        if (server.isEmpty())
            server = Handlers::communityOf(r, m_store);
        return list(server, QStringLiteral("Channels fetched successfully"));
    });
    h.add(QStringLiteral("getServerChannels"), [this](const Request &r) {
        return list(r.pathParams.value(QStringLiteral("id")),
                    QStringLiteral("Channels fetched successfully"));
    });
    h.add(QStringLiteral("getIntegrationChannels"),
          [this](const Request &r) { return list(Handlers::communityOf(r, m_store), QString()); });
    h.add(QStringLiteral("createChannel"), [this](const Request &r) { return create(r); });
    h.add(QStringLiteral("updateChannel"), [this](const Request &r) { return update(r); });
    h.add(QStringLiteral("deleteChannel"), [this](const Request &r) { return remove(r); });
}

QJsonObject ChannelHandlers::channelJson(DataStore &store, const QString &id)
{
    QSqlQuery &q = store.run(QStringLiteral("SELECT topic, channel_type, user_id, server_id, "
                                            "created_at, updated_at FROM channels WHERE id = ?"),
                             {id});
    if (!q.next())
        return {};
    QJsonObject o;
    o.insert(QStringLiteral("_id"), id);
    o.insert(QStringLiteral("topic"), q.value(0).toString());
    o.insert(QStringLiteral("permissions"), QJsonArray());
    o.insert(QStringLiteral("userId"), q.value(2).toString());
    o.insert(QStringLiteral("serverId"), q.value(3).toString());
    o.insert(QStringLiteral("channelType"), q.value(1).toString());
    o.insert(QStringLiteral("createdAt"), q.value(4).toString());
    o.insert(QStringLiteral("updatedAt"), q.value(5).toString());
    o.insert(QStringLiteral("__v"), 0);
    return o;
}

Response ChannelHandlers::list(const QString &serverId, const QString &message)
{
    if (!m_store.scalar(QStringLiteral("SELECT 1 FROM servers WHERE id = ?"), {serverId}).isValid())
        return Response::error(404, tr("Server not found: %1").arg(serverId));
    QJsonArray out;
    QSqlQuery &q = m_store.run(
        QStringLiteral("SELECT id FROM channels WHERE server_id = ? ORDER BY created_at, id"),
        {serverId});
    while (q.next())
        out.append(channelJson(m_store, q.value(0).toString()));
    return Response::ok(out, message);
}

Response ChannelHandlers::create(const Request &r)
{
    RequestReader in(r);
    const QString topic = in.string(QStringLiteral("topic"));
    const QString type = in.string(QStringLiteral("channelType"));
    QString server = in.string(QStringLiteral("serverId"), Need::Optional);
    if (!in.failed() && !validType(type))
        in.fail(tr("Field 'channelType' must be one of open, forum, private"));
    if (in.failed())
        return in.error();
    if (server.isEmpty())
        server = Handlers::communityOf(r, m_store);
    if (!m_store.scalar(QStringLiteral("SELECT 1 FROM servers WHERE id = ?"), {server}).isValid())
        return Response::error(404, tr("Server not found: %1").arg(server));
    if (m_store
            .scalar(QStringLiteral("SELECT 1 FROM channels WHERE server_id = ? AND topic = ?"),
                    {server, topic})
            .isValid())
        return Response::error(409, tr("A channel with this topic already exists"));
    const QString id = DemoRandom::newObjectId();
    const QString now = DataStore::nowIso();
    const QString owner = r.key && !r.key->userId.isEmpty() ? r.key->userId : QStringLiteral("1");
    m_store.run(QStringLiteral("INSERT INTO channels (id, server_id, topic, channel_type, user_id, "
                               "created_at, updated_at) VALUES (?,?,?,?,?,?,?)"),
                {id, server, topic, type, owner, now, now});
    Response resp = Response::ok(channelJson(m_store, id),
                                 QStringLiteral("Channel has been created successfully"));
    resp.status = 201;
    return resp;
}

Response ChannelHandlers::update(const Request &r)
{
    const QString id = r.pathParams.value(QStringLiteral("id"));
    RequestReader in(r);
    const QString topic = in.string(QStringLiteral("topic"));
    const QString type = in.string(QStringLiteral("channelType"));
    if (!in.failed() && !validType(type))
        in.fail(tr("Field 'channelType' must be one of open, forum, private"));
    if (in.failed())
        return in.error();
    const QJsonObject current = channelJson(m_store, id);
    if (current.isEmpty())
        return Response::error(404, tr("Channel not found: %1").arg(id));
    if (m_store
            .scalar(QStringLiteral("SELECT 1 FROM channels WHERE server_id = ? AND topic = ? "
                                   "AND id <> ?"),
                    {current.value(QStringLiteral("serverId")).toString(), topic, id})
            .isValid())
        return Response::error(409, tr("A channel with this topic already exists"));
    m_store.run(QStringLiteral("UPDATE channels SET topic = ?, channel_type = ?, updated_at = ? "
                               "WHERE id = ?"),
                {topic, type, DataStore::nowIso(), id});
    return Response::ok(channelJson(m_store, id),
                        QStringLiteral("Channel has been updated successfully"));
}

Response ChannelHandlers::remove(const Request &r)
{
    const QString id = r.pathParams.value(QStringLiteral("id"));
    const QJsonObject current = channelJson(m_store, id);
    if (current.isEmpty())
        return Response::error(404, tr("Channel not found: %1").arg(id));
    m_store.transaction();
    m_store.run(QStringLiteral("DELETE FROM reactions WHERE message_id IN (SELECT id FROM messages "
                               "WHERE channel_id = ?)"),
                {id});
    m_store.run(QStringLiteral("DELETE FROM messages WHERE channel_id = ?"), {id});
    m_store.run(QStringLiteral("DELETE FROM channels WHERE id = ?"), {id});
    m_store.commit();
    return Response::ok(current, QStringLiteral("Channel has been deleted successfully"));
}

} // namespace ra::sandbox
