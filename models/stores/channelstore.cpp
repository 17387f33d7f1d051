#include "stores/channelstore.h"

#include "api/apiclient.h"

#include <QPointer>

namespace ra {

ChannelStore::ChannelStore(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

std::optional<Channel> ChannelStore::channel(const QString &id) const
{
    const int i = indexOf(currentId(id));
    if (i < 0)
        return std::nullopt;
    return m_channels.at(i);
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

QString ChannelStore::currentId(const QString &id) const
{
    QString out = id;
    for (int i = 0; i < 64 && m_aliases.contains(out); ++i)
        out = m_aliases.value(out);
    return out;
}

void ChannelStore::reload()
{
    const int generation = ++m_generation;
    setLoading(true);
    ApiReply<QList<Channel>> *reply = m_source == Source::System
                                          ? m_client.getChannels(serverId())
                                          : m_client.getIntegrationChannels();
    reply->then(
        this,
        [this, generation](const QList<Channel> &channels) {
            if (generation != m_generation)
                return;
            m_channels = channels;
            m_loadError = {};
            m_loaded = true;
            setLoading(false);
            emit loaded();
        },
        [this, generation](const ApiError &error) {
            if (generation != m_generation)
                return;
            m_loadError = error;
            setLoading(false);
            emit loadFailed(error);
        });
}

void ChannelStore::create(const Channel &channel, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    m_client.createChannel(channel.topic, channel.channelType, serverId())
        ->then(
            this,
            [this, guard, done](const Channel &created) {
                if (indexOf(created.id) < 0) {
                    m_channels.append(created);
                    emit added(created);
                }
                finish(guard, done, created, {});
            },
            [this, guard, done](const ApiError &error) {
                emit operationFailed(error);
                finish(guard, done, {}, error);
            });
}

void ChannelStore::recreate(const Channel &channel, QObject *context, Done done)
{
    const QString oldId = channel.id;
    QPointer<QObject> guard(context);
    create(channel, this,
           [this, oldId, guard, done](const Channel &created, const ApiError &error) {
               if (!error.isError() && !oldId.isEmpty() && created.id != oldId)
                   m_aliases.insert(oldId, created.id);
               finish(guard, done, created, error);
           });
}

void ChannelStore::update(const Channel &channel, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    m_client.updateChannel(currentId(channel.id), channel.topic, channel.channelType)
        ->then(
            this,
            [this, guard, done](const Channel &updated) {
                const int i = indexOf(updated.id);
                if (i >= 0) {
                    m_channels[i] = updated;
                    emit changed(updated);
                } else {
                    m_channels.append(updated);
                    emit added(updated);
                }
                finish(guard, done, updated, {});
            },
            [this, guard, done](const ApiError &error) {
                emit operationFailed(error);
                finish(guard, done, {}, error);
            });
}

void ChannelStore::remove(const QString &id, QObject *context, Done done)
{
    const QString target = currentId(id);
    QPointer<QObject> guard(context);
    m_client.deleteChannel(target)->then(
        this,
        [this, target, guard, done](const ApiResponse &) {
            Channel gone;
            const int i = indexOf(target);
            if (i >= 0) {
                gone = m_channels.takeAt(i);
                emit removed(target);
            }
            finish(guard, done, gone, {});
        },
        [this, guard, done](const ApiError &error) {
            emit operationFailed(error);
            finish(guard, done, {}, error);
        });
}

void ChannelStore::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

int ChannelStore::indexOf(const QString &id) const
{
    for (int i = 0; i < m_channels.size(); ++i) {
        if (m_channels.at(i).id == id)
            return i;
    }
    return -1;
}

void ChannelStore::finish(QObject *context, const Done &done, const Channel &channel,
                          const ApiError &error)
{
    if (done && context)
        done(channel, error);
}

} // namespace ra
