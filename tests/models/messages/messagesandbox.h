#pragma once

#include "api/apiclient.h"
#include "domain/channel.h"
#include "replywaiter.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <algorithm>

// Test helper for messages: an in-process sandbox (optionally with many messages in its first
// open channel), a client, and blocking shortcuts to read what the server holds: the
// community's open channels, a channel's newest messages and a member who can send.
class MessageSandbox
{
public:
    bool start(int channelMessages = 0)
    {
        ra::sandbox::SandboxConfig config;
        config.users = 50;
        config.seed = 7;
        config.channelMessages = channelMessages;
        if (!fixture.start(config))
            return false;
        client = std::make_unique<ra::ApiClient>(&network);
        client->setConfig(fixture.config());
        return true;
    }

    // The community's open (not forum) channels, by id: the first is the one
    // --channel-messages fills.
    QList<ra::Channel> openChannels()
    {
        auto out = track(client->getIntegrationChannels());
        if (!QTest::qWaitFor([&] { return out->done; }, 10000) || out->error.isError())
            return {};
        QList<ra::Channel> open;
        for (const ra::Channel &c : out->value) {
            if (c.channelType != u"forum")
                open.append(c);
        }
        std::sort(open.begin(), open.end(),
                  [](const ra::Channel &a, const ra::Channel &b) { return a.id < b.id; });
        return open;
    }

    ra::MessageList messages(const QString &channelId, int count)
    {
        auto out = track(client->getMessages({}, channelId, count));
        if (!QTest::qWaitFor([&] { return out->done; }, 10000) || out->error.isError())
            return {};
        return out->value;
    }

    // A member's e-mail, read from the demo's seeded messages.
    QString someSender()
    {
        auto out = track(client->getMessages({}, {}, 5));
        if (!QTest::qWaitFor([&] { return out->done; }, 10000))
            return {};
        for (const ra::Message &m : out->value.messages) {
            if (!m.email.isEmpty())
                return m.email;
        }
        return {};
    }

    SandboxFixture fixture;
    QNetworkAccessManager network;
    std::unique_ptr<ra::ApiClient> client;
};
