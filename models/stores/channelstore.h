#pragma once

#include "api/apierror.h"
#include "domain/channel.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace ra {

class ApiClient;

// The canonical list of one server's channels, read through the System "get channels list" or
// the Integration "Get Channels List" (source()); creates, updates and deletes through the
// System API and reports every change as a signal. The server is serverId() or, when none is
// set, the client's community. reload() refetches (call it after a profile switch). Does not
// own the client; GUI thread.
class ChannelStore : public QObject
{
    Q_OBJECT

public:
    enum class Source { System, Integration };
    using Done = std::function<void(const Channel &channel, const ApiError &error)>;

    explicit ChannelStore(ApiClient &client, QObject *parent = nullptr);

    const QList<Channel> &channels() const { return m_channels; }
    std::optional<Channel> channel(const QString &id) const;
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }
    const ApiError &loadError() const { return m_loadError; }

    Source source() const { return m_source; }
    void setSource(Source source);
    void setServerId(const QString &serverId);
    QString serverId() const;
    // The id a channel has now (a channel re-created by undo gets a new id).
    QString currentId(const QString &id) const;

    void reload();
    void create(const Channel &channel, QObject *context, Done done = {});
    // Creates `channel` again after a delete and maps its old id to the new one.
    void recreate(const Channel &channel, QObject *context, Done done = {});
    void update(const Channel &channel, QObject *context, Done done = {});
    void remove(const QString &id, QObject *context, Done done = {});

signals:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const ra::ApiError &error);
    void added(const ra::Channel &channel);
    void changed(const ra::Channel &channel);
    void removed(const QString &id);
    void operationFailed(const ra::ApiError &error);

private:
    void setLoading(bool loading);
    int indexOf(const QString &id) const;
    static void finish(QObject *context, const Done &done, const Channel &channel,
                       const ApiError &error);

    ApiClient &m_client;
    Source m_source = Source::System;
    QString m_serverId;
    QList<Channel> m_channels;
    QHash<QString, QString> m_aliases;
    ApiError m_loadError;
    bool m_loading = false;
    bool m_loaded = false;
    int m_generation = 0;
};

} // namespace ra
