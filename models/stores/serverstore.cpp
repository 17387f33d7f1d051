#include "stores/serverstore.h"

#include "api/apiclient.h"

namespace ra {

ServerStore::ServerStore(ApiClient &client, QObject *parent)
    : EntityStore<Server>(parent)
    , m_client(client)
{
}

QString ServerStore::description(const Server &server)
{
    return server.extra.value(u"description").toString();
}

void ServerStore::setDescription(Server &server, const QString &text)
{
    server.extra.insert(u"description", text);
}

QJsonObject ServerStore::requestBody(const Server &server)
{
    QJsonObject body;
    body.insert(u"name", server.name);
    if (!server.uri.isEmpty())
        body.insert(u"uri", server.uri);
    if (!server.domain.isEmpty())
        body.insert(u"domain", server.domain);
    body.insert(u"description", description(server));
    return body;
}

void ServerStore::reload()
{
    // Not connected yet (the built-in profile before its sandbox listens): a request could only
    // fail, so show nothing and wait for the next bind's reload.
    if (!m_client.config().baseUrl(ApiFamily::System).isValid())
        return clear();
    trackLoad(m_client.getMyServers());
}

void ServerStore::create(const Server &server, QObject *context, Done done)
{
    trackCreate(m_client.createServer(requestBody(server)), context, std::move(done));
}

void ServerStore::update(const Server &server, QObject *context, Done done)
{
    trackUpdate(m_client.updateServer(currentId(server.id), requestBody(server)), context,
                std::move(done));
}

} // namespace ra
