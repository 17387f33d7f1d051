#include "stores/channelstore.h"

#include "api/apiclient.h"

namespace ra {

ChannelStore::ChannelStore(ApiClient &client, QObject *parent)
    : ChannelStore(client, Source::System, parent)
{
}

ChannelStore::ChannelStore(ApiClient &client, Source source, QObject *parent)
    : EntityStore<Channel>(parent)
    , m_client(client)
    , m_source(source)
{
}

void ChannelStore::setSource(Source source)
{
    if (m_source == source)
        return;
    m_source = source;
    reload();
}

void ChannelStore::setServerId(const QString &serverId)
{
    if (m_serverId == serverId)
        return;
    m_serverId = serverId;
    reload();
}

QString ChannelStore::serverId() const
{
    return m_serverId.isEmpty() ? m_client.config().communityId : m_serverId;
}

void ChannelStore::reload()
{
    // Not connected yet (the built-in profile before its sandbox listens): a request could only
    // fail, so show nothing and wait for the next bind's reload.
    if (!m_client.config()
             .baseUrl(m_source == Source::Integration ? ApiFamily::Integration : ApiFamily::System)
             .isValid())
        return clear();
    switch (m_source) {
    case Source::System:
        return trackLoad(m_client.getChannels(serverId()));
    case Source::Integration:
        return trackLoad(m_client.getIntegrationChannels());
    case Source::Server:
        return trackLoad(m_client.getServerChannels(serverId()));
    }
}

void ChannelStore::create(const Channel &channel, QObject *context, Done done)
{
    // Undo brings a channel back to the server it was on; a new one goes to the current server.
    const QString server = channel.serverId.isEmpty() ? serverId() : channel.serverId;
    trackCreate(m_client.createChannel(channel.topic, channel.channelType, server), context,
                std::move(done));
}

void ChannelStore::update(const Channel &channel, QObject *context, Done done)
{
    trackUpdate(m_client.updateChannel(currentId(channel.id), channel.topic, channel.channelType),
                context, std::move(done));
}

void ChannelStore::remove(const QString &id, QObject *context, Done done)
{
    const QString target = currentId(id);
    trackRemove(m_client.deleteChannel(target), target, context, std::move(done));
}

} // namespace ra
