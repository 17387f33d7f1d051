#pragma once

#include "sandboxapi.h"

#include <QJsonObject>

#include <memory>

namespace ra::sandbox {

class DataStore;
class Handlers;
class UserDirectory;

// Message routes: send, reply, react, Get Messages (count / user_id /
// channel_id / email) and image upload (multipart `images`). Sending counts
// towards the sender's activity of the day. Owned by Handlers; server thread.
class MessageHandlers
{
public:
    static constexpr int maxCount = 100;

    explicit MessageHandlers(DataStore &store);
    ~MessageHandlers();
    void install(Handlers &handlers);

private:
    Response send(const Request &r);
    Response reply(const Request &r);
    Response react(const Request &r);
    Response list(const Request &r);
    Response upload(const Request &r);
    QJsonObject messageJson(const QString &id);

    DataStore &m_store;
    std::unique_ptr<UserDirectory> m_users;
};

} // namespace ra::sandbox
