#pragma once

#include "sandboxapi.h"

#include <QJsonObject>

namespace ra::sandbox {

class DataStore;
class Handlers;

// System routes for accounts and servers: Secure Auth, register / verify
// e-mail / login (project-defined: a sandbox account store with a
// verification code and a session token), and server create / list / update.
// Owned by Handlers; server thread.
class SystemHandlers
{
public:
    explicit SystemHandlers(DataStore &store);
    void install(Handlers &handlers);

    static QJsonObject serverJson(DataStore &store, const QString &id);

private:
    Response secureAuth(const Request &r);
    Response registerAccount(const Request &r);
    Response verifyEmail(const Request &r);
    Response login(const Request &r);
    Response createServer(const Request &r);
    Response getMyServers(const Request &r);
    Response updateServer(const Request &r);

    DataStore &m_store;
};

} // namespace ra::sandbox
