#pragma once

#include "sandboxapi.h"

#include <QJsonObject>

#include <memory>

namespace ra::sandbox {

class DataStore;
class Handlers;
class UserDirectory;

// Badge routes: list / create / update / delete / award / remove. Requests
// use real integers and booleans; responses carry them as strings
// ("quantity":"100", "attachRequired":"true"), as the live API does.
// Awarding grants the badge's XP and coins when it says so.
// Owned by Handlers; server thread.
class BadgeHandlers
{
public:
    explicit BadgeHandlers(DataStore &store);
    ~BadgeHandlers();
    void install(Handlers &handlers);

    static QJsonObject badgeJson(DataStore &store, const QString &id, bool awardedToUser = false);

private:
    Response list(const Request &r);
    Response save(const Request &r, bool create);
    Response remove(const Request &r);
    Response award(const Request &r, bool give);

    DataStore &m_store;
    std::unique_ptr<UserDirectory> m_users;
};

} // namespace ra::sandbox
