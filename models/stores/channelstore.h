#pragma once

#include "domain/channel.h"
#include "stores/entitystore.h"

namespace ra {

class ApiClient;

// The canonical list of one server's channels, read through the System "get channels list", the
// Integration "Get Channels List" or the System "channel list of server" (source()); creates,
// updates and deletes through the System API and reports every change as a signal. The server
// is serverId() or, when none is set, the client's community. reload() refetches (call it after
// a profile switch). Does not own the client; GUI thread.
class ChannelStore : public EntityStore<Channel>
{
    Q_OBJECT

public:
    enum class Source { System, Integration, Server };

    explicit ChannelStore(ApiClient &client, QObject *parent = nullptr);
    // A store that reads from `source` from its first load on.
    ChannelStore(ApiClient &client, Source source, QObject *parent = nullptr);

    const QList<Channel> &channels() const { return items(); }
    std::optional<Channel> channel(const QString &id) const { return item(id); }

    Source source() const { return m_source; }
    void setSource(Source source);
    void setServerId(const QString &serverId);
    QString serverId() const;

    void reload() override;
    void create(const Channel &channel, QObject *context, Done done = {}) override;
    void update(const Channel &channel, QObject *context, Done done = {}) override;
    void remove(const QString &id, QObject *context, Done done = {});

signals:
    void added(const ra::Channel &channel);
    void changed(const ra::Channel &channel);

protected:
    void notifyAdded(const Channel &channel) override { emit added(channel); }
    void notifyChanged(const Channel &channel) override { emit changed(channel); }

private:
    ApiClient &m_client;
    Source m_source = Source::System;
    QString m_serverId;
};

} // namespace ra
