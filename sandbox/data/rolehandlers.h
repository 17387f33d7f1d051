#pragma once

#include "sandboxapi.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace ra::sandbox {

class DataStore;
class Handlers;
class UserDirectory;

// Role routes: create / update / delete, add / remove a role to a user on a
// server, a user's roles and a server's roles. Accepts both permission
// spellings on input; answers in the documented camelCase shape.
// Owned by Handlers; server thread.
class RoleHandlers
{
public:
    explicit RoleHandlers(DataStore &store);
    ~RoleHandlers();
    void install(Handlers &handlers);

    static QJsonObject roleJson(DataStore &store, const QString &id);

private:
    Response create(const Request &r);
    Response update(const Request &r);
    Response remove(const Request &r);
    Response assign(const Request &r, bool add);
    Response userRoles(const Request &r);
    Response serverRoles(const Request &r);
    QJsonArray rolesOfUser(qint64 userId);
    // Reads and validates a role body; fills `values` (title, description,
    // class, order, billable, server json, channel json).
    bool readBody(const Request &r, QVariantList *values, QString *serverId, Response *error);

    DataStore &m_store;
    std::unique_ptr<UserDirectory> m_users;
};

} // namespace ra::sandbox
