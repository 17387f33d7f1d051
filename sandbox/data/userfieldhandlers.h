#pragma once

#include "sandboxapi.h"

#include <QJsonObject>

#include <memory>

namespace ra::sandbox {

class DataStore;
class Handlers;
class UserDirectory;

// Application user-field routes: list, get, create ({field, name, type}),
// update ({name, type}) and delete. Owned by Handlers; server thread.
class UserFieldHandlers
{
public:
    explicit UserFieldHandlers(DataStore &store);
    ~UserFieldHandlers();
    void install(Handlers &handlers);

    // Checks the {communityId} path parameter: 400 when it is not an
    // ObjectId, 404 when there is no such community, 403 when the key
    // belongs to another community. Returns false with `error` set.
    static bool checkCommunity(const Request &r, DataStore &store, Response *error);
    static QJsonObject fieldJson(DataStore &store, UserDirectory &users, const QString &id);
    static bool validType(const QString &type);

private:
    Response list(const Request &r);
    Response get(const Request &r);
    Response create(const Request &r);
    Response update(const Request &r);
    Response remove(const Request &r);

    DataStore &m_store;
    std::unique_ptr<UserDirectory> m_users;
};

} // namespace ra::sandbox
