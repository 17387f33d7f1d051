#pragma once

#include "domain/server.h"
#include "stores/entitystore.h"

namespace ra {

class ApiClient;

// The servers the profile's account owns ("get my servers"); creates and updates them through the
// System API (the API has no delete) and reports every change as a signal. A server's roles and
// channels are read by a RoleStore / ChannelStore (Source::Server) pointed at its id. Does not
// own the client; GUI thread.
class ServerStore : public EntityStore<Server>
{
    Q_OBJECT

public:
    explicit ServerStore(ApiClient &client, QObject *parent = nullptr);

    const QList<Server> &servers() const { return items(); }
    std::optional<Server> server(const QString &id) const { return item(id); }

    void reload() override;
    void create(const Server &server, QObject *context, Done done = {}) override;
    void update(const Server &server, QObject *context, Done done = {}) override;

    // The server's free-text description (kept in Server::extra by the decoder).
    static QString description(const Server &server);
    static void setDescription(Server &server, const QString &text);
    // The body create and update send: name, uri, domain, description (empty ones left out).
    static QJsonObject requestBody(const Server &server);

signals:
    void added(const ra::Server &server);
    void changed(const ra::Server &server);

protected:
    void notifyAdded(const Server &server) override { emit added(server); }
    void notifyChanged(const Server &server) override { emit changed(server); }

private:
    ApiClient &m_client;
};

} // namespace ra
