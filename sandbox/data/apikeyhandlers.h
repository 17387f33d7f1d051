#pragma once

#include "sandboxapi.h"

#include <QJsonObject>

#include <memory>

namespace ra::sandbox {

class DataStore;
class Handlers;
class UserDirectory;

// User API key routes (list / create / update / delete; a user key may only
// manage its owner's keys) and "api key info" for the presenting key. Keys
// created here authenticate through DataBackend::lookupKey at once.
// Owned by Handlers; server thread.
class ApiKeyHandlers
{
public:
    explicit ApiKeyHandlers(DataStore &store);
    ~ApiKeyHandlers();
    void install(Handlers &handlers);

    // Every permission a key may carry.
    static const QStringList &knownPermissions();

private:
    Response list(const Request &r);
    Response create(const Request &r);
    Response update(const Request &r);
    Response remove(const Request &r);
    Response info(const Request &r);
    // Resolves the user a route names and checks the caller may act on it.
    qint64 owner(const Request &r, const QString &userId, Response *error);
    QJsonObject keyJson(const QString &id, bool reveal);

    DataStore &m_store;
    std::unique_ptr<UserDirectory> m_users;
};

} // namespace ra::sandbox
