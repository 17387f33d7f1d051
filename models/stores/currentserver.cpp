#include "stores/currentserver.h"

#include "stores/serverstore.h"

namespace ra {

CurrentServer::CurrentServer(const ServerStore &servers, QObject *parent)
    : QObject(parent)
    , m_servers(&servers)
{
    // Any change of the list can name (or rename) the community or the chosen server.
    connect(&servers, &ServerStore::loaded, this, &CurrentServer::namesChanged);
    connect(&servers, &ServerStore::removed, this, &CurrentServer::namesChanged);
    connect(&servers, &ServerStore::added, this, &CurrentServer::namesChanged);
    connect(&servers, &ServerStore::changed, this, &CurrentServer::namesChanged);
}

QString CurrentServer::nameOf(const QString &id) const
{
    if (id.isEmpty() || !m_servers)
        return id;
    const std::optional<Server> server = m_servers->server(id);
    return server && !server->name.isEmpty() ? server->name : id;
}

QString CurrentServer::name() const
{
    return nameOf(id());
}

QString CurrentServer::communityName() const
{
    return nameOf(m_communityId);
}

bool CurrentServer::isCommunityNamed() const
{
    return !m_communityId.isEmpty() && communityName() != m_communityId;
}

void CurrentServer::setId(const QString &id)
{
    const QString wanted = id == m_communityId ? QString() : id;
    if (wanted == m_id)
        return;
    m_id = wanted;
    emit changed(this->id());
    emit namesChanged();
}

void CurrentServer::setCommunity(const QString &communityId)
{
    m_communityId = communityId;
    m_id.clear();
    emit changed(id());
    emit namesChanged();
}

} // namespace ra
