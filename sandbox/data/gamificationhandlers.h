#pragma once

#include "sandboxapi.h"

#include <memory>

namespace ra::sandbox {

class DataStore;
class Handlers;
class RequestReader;
class UserDirectory;

// Gamification routes: daily XP / coins history (GET, query identifier,
// identifier_type, days; or the 2026 POST form: identifiers, one date, paged)
// and daily action stats (POST body: messages,
// replies, reaction, socials). Days come from stored activity or, for seeded
// users, from DemoActivity. Owned by Handlers; server thread.
class GamificationHandlers
{
public:
    explicit GamificationHandlers(DataStore &store);
    ~GamificationHandlers();
    void install(Handlers &handlers);

private:
    Response report(RequestReader &in, bool stats);
    Response datedReport(const Request &r);

    DataStore &m_store;
    std::unique_ptr<UserDirectory> m_users;
};

} // namespace ra::sandbox
