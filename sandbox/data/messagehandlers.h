#pragma once

#include "sandboxapi.h"

#include <QJsonObject>

#include <memory>

namespace ra::sandbox {

class DataStore;
class Handlers;
class UserDirectory;

// Message routes: send, reply, react, Get Messages (count / user_id /
// channel_id / email; newest first, with `parent_id` on replies and `reactions`
// [{emoji, count}]) and image upload (multipart `images`). Sending counts
// towards the sender's activity of the day. Owned by Handlers; server thread.
class MessageHandlers
{
public:
    // The API documents no largest `count`; the app asks for up to a few thousand messages to
    // fill a scrolled-back view (Get Messages has no cursor).
    static constexpr int maxCount = 10000;

    explicit MessageHandlers(DataStore &store);
    ~MessageHandlers();
    void install(Handlers &handlers);

private:
    Response send(const Request &r);
    Response reply(const Request &r);
    Response react(const Request &r);
    Response list(const Request &r);
    Response upload(const Request &r);

    DataStore &m_store;
    std::unique_ptr<UserDirectory> m_users;
};

} // namespace ra::sandbox
