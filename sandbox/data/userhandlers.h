#pragma once

#include "sandboxapi.h"

#include <memory>

namespace ra::sandbox {

class DataStore;
class FieldValueWriter;
class Handlers;
class UserDirectory;

// User routes: Integration Create New User, Get User Data, Get Users with
// Filters (fixed page size 200; cursor mode or page mode, never both; the
// query itself is UserFilterQuery's),
// Manage User account (delete / restore); Application community users and
// Get user. Owned by Handlers; server thread.
class UserHandlers
{
public:
    static constexpr int pageSize = 200;

    explicit UserHandlers(DataStore &store);
    ~UserHandlers();
    void install(Handlers &handlers);

private:
    Response createUser(const Request &r);
    Response getUserData(const Request &r);
    Response search(const Request &r);
    Response manage(const Request &r);
    Response communityUsers(const Request &r);
    Response getUser(const Request &r);

    DataStore &m_store;
    std::unique_ptr<UserDirectory> m_users;
    std::unique_ptr<FieldValueWriter> m_values;
};

} // namespace ra::sandbox
