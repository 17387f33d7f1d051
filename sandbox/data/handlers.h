#pragma once

#include "sandboxapi.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace ra::sandbox {

class BulkJobRunner;
class DataStore;
class SystemHandlers;
class ChannelHandlers;
class RoleHandlers;
class BadgeHandlers;
class UserHandlers;
class GamificationHandlers;
class MessageHandlers;
class ApiKeyHandlers;
class UserFieldHandlers;
class FieldHistoryHandlers;
class BulkHandlers;

using HandlerFn = std::function<Response(const Request &)>;

// The table from operationId to handler: owns one object per entity group
// (each registers its operations here) and dispatches a request to its
// operation. Owned by DataBackend; server thread.
class Handlers
{
public:
    // `jobs` may be null (then the bulk routes answer 503); used only to
    // list the handled operations.
    Handlers(DataStore &store, BulkJobRunner *jobs);
    ~Handlers();

    void add(const QString &operationId, HandlerFn fn);
    Response dispatch(const Request &request) const;
    QStringList operations() const;

    // The community a request acts on: its key's, else the demo community.
    static QString communityOf(const Request &request, DataStore &store);
    // The server's own origin (Request::origin: the local address the connection reached,
    // never the Host header), the base of the file URLs this sandbox serves.
    static QString publicBase(const Request &request);

private:
    QHash<QString, HandlerFn> m_fns;
    std::unique_ptr<SystemHandlers> m_system;
    std::unique_ptr<ChannelHandlers> m_channels;
    std::unique_ptr<RoleHandlers> m_roles;
    std::unique_ptr<BadgeHandlers> m_badges;
    std::unique_ptr<UserHandlers> m_users;
    std::unique_ptr<GamificationHandlers> m_gamification;
    std::unique_ptr<MessageHandlers> m_messages;
    std::unique_ptr<ApiKeyHandlers> m_apiKeys;
    std::unique_ptr<UserFieldHandlers> m_userFields;
    std::unique_ptr<FieldHistoryHandlers> m_histories;
    std::unique_ptr<BulkHandlers> m_bulk;
};

} // namespace ra::sandbox
