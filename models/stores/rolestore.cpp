#include "stores/rolestore.h"

#include "api/apiclient.h"
#include "stores/rolepermissioncatalog.h"

#include <algorithm>

namespace ra {

RoleStore::RoleStore(ApiClient &client, QObject *parent)
    : EntityStore<Role>(parent)
    , m_client(client)
{
}

void RoleStore::setServerId(const QString &serverId)
{
    if (m_serverId == serverId)
        return;
    m_serverId = serverId;
    reload();
}

QString RoleStore::serverId() const
{
    return m_serverId.isEmpty() ? m_client.config().communityId : m_serverId;
}

qint64 RoleStore::nextOrder() const
{
    qint64 highest = 0;
    for (const Role &r : roles())
        highest = std::max(highest, r.order);
    return highest + 1;
}

void RoleStore::reload()
{
    // Not connected yet (the built-in profile before its sandbox listens): a request could only
    // fail, so show nothing and wait for the next bind's reload.
    if (!m_client.config().baseUrl(ApiFamily::System).isValid())
        return clear();
    trackLoad(m_client.getServerRoles(serverId()));
}

void RoleStore::create(const Role &role, QObject *context, Done done)
{
    // A new role goes to the current server, not always to the key's community; a role brought
    // back by undo goes back to the server it was on.
    QJsonObject body = RolePermissionCatalog::requestBody(role);
    body.insert(u"serverId", role.serverId.isEmpty() ? serverId() : role.serverId);
    trackCreate(m_client.createRole(body), context, std::move(done));
}

void RoleStore::update(const Role &role, QObject *context, Done done)
{
    trackUpdate(m_client.updateRole(currentId(role.id), RolePermissionCatalog::requestBody(role)),
                context, std::move(done));
}

void RoleStore::remove(const QString &id, QObject *context, Done done)
{
    const QString target = currentId(id);
    trackRemove(m_client.deleteRole(target), target, context, std::move(done));
}

} // namespace ra
