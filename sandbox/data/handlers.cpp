#include "handlers.h"

#include "apikeyhandlers.h"
#include "badgehandlers.h"
#include "bulkhandlers.h"
#include "channelhandlers.h"
#include "datastore.h"
#include "fieldhistoryhandlers.h"
#include "gamificationhandlers.h"
#include "messagehandlers.h"
#include "rolehandlers.h"
#include "systemhandlers.h"
#include "userfieldhandlers.h"
#include "userhandlers.h"

#include <QCoreApplication>

namespace ra::sandbox {

namespace {
// API messages are user-visible text: the app shows them.
QString tr(const char *text)
{
    return QCoreApplication::translate("ra::sandbox::Handlers", text);
}
} // namespace

Handlers::Handlers(DataStore &store, BulkJobRunner *jobs)
    : m_system(std::make_unique<SystemHandlers>(store))
    , m_channels(std::make_unique<ChannelHandlers>(store))
    , m_roles(std::make_unique<RoleHandlers>(store))
    , m_badges(std::make_unique<BadgeHandlers>(store))
    , m_users(std::make_unique<UserHandlers>(store))
    , m_gamification(std::make_unique<GamificationHandlers>(store))
    , m_messages(std::make_unique<MessageHandlers>(store))
    , m_apiKeys(std::make_unique<ApiKeyHandlers>(store))
    , m_userFields(std::make_unique<UserFieldHandlers>(store))
    , m_histories(std::make_unique<FieldHistoryHandlers>(store))
    , m_bulk(std::make_unique<BulkHandlers>(store, jobs))
{
    m_system->install(*this);
    m_channels->install(*this);
    m_roles->install(*this);
    m_badges->install(*this);
    m_users->install(*this);
    m_gamification->install(*this);
    m_messages->install(*this);
    m_apiKeys->install(*this);
    m_userFields->install(*this);
    m_histories->install(*this);
    m_bulk->install(*this);
}

Handlers::~Handlers() = default;

void Handlers::add(const QString &operationId, HandlerFn fn)
{
    m_fns.insert(operationId, std::move(fn));
}

Response Handlers::dispatch(const Request &request) const
{
    if (!request.route)
        return Response::error(500, tr("Request without a route"));
    const auto it = m_fns.constFind(request.route->operationId);
    if (it == m_fns.constEnd())
        return Response::error(
            501, QStringLiteral("unhandled operation %1").arg(request.route->operationId));
    return it.value()(request);
}

QStringList Handlers::operations() const
{
    QStringList ops = m_fns.keys();
    ops.sort();
    return ops;
}

QString Handlers::communityOf(const Request &request, DataStore &store)
{
    if (request.key && !request.key->communityId.isEmpty())
        return request.key->communityId;
    return store.demo().communityId;
}

QString Handlers::publicBase(const Request &request)
{
    // What the server knows of its own address, never the client's Host header.
    return request.origin.isEmpty() ? QStringLiteral("http://127.0.0.1") : request.origin;
}

} // namespace ra::sandbox
