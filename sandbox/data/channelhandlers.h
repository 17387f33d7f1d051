#pragma once

#include "sandboxapi.h"

#include <QJsonObject>

namespace ra::sandbox {

class DataStore;
class Handlers;

// Channel routes: System list / create / update / delete, the server's
// channel list, and Integration "Get Channels List". Owned by Handlers;
// server thread.
class ChannelHandlers
{
public:
    explicit ChannelHandlers(DataStore &store);
    void install(Handlers &handlers);

    static QJsonObject channelJson(DataStore &store, const QString &id);

private:
    Response list(const QString &serverId, const QString &message);
    Response create(const Request &r);
    Response update(const Request &r);
    Response remove(const Request &r);

    DataStore &m_store;
};

} // namespace ra::sandbox
