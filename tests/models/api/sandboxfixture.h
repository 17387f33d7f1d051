#pragma once

#include "api/apiclientconfig.h"
#include "server/faultinjector.h"
#include "server/sandboxserver.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

// Test helper: one in-process sandbox on 127.0.0.1 with an OS-chosen port and
// a small demo community, and the ApiClientConfig that talks to it.
class SandboxFixture
{
public:
    bool start(int users = 200)
    {
        ra::sandbox::SandboxConfig config;
        config.users = users;
        config.seed = 7;
        return start(config);
    }

    // A sandbox with a config of the test's own (e.g. one parsed from a command line).
    bool start(const ra::sandbox::SandboxConfig &config)
    {
        server = std::make_unique<ra::sandbox::SandboxServer>(config);
        QSignalSpy started(server.get(), &ra::sandbox::SandboxServer::started);
        QSignalSpy failed(server.get(), &ra::sandbox::SandboxServer::failed);
        server->start();
        if (!started.count() && !failed.count())
            started.wait(50000);
        if (failed.count())
            qWarning() << "sandbox failed:" << failed.first().first().toString();
        return started.count() == 1;
    }

    ra::ApiClientConfig config() const
    {
        ra::ApiClientConfig c;
        c.baseUrls = server->baseUrls();
        const ra::sandbox::DemoInfo demo = server->demo();
        c.systemKey = demo.systemKey;
        c.integrationKey = demo.integrationKey;
        c.applicationKey = demo.integrationKey;
        c.communityId = demo.communityId;
        c.secureAuthHostname = demo.secureAuthDomain;
        c.timeoutMs = 15000;
        c.retry.baseDelayMs = 20;
        return c;
    }

    void addFault(const QString &spec)
    {
        ra::sandbox::FaultRule rule;
        QString error;
        QVERIFY2(ra::sandbox::FaultRule::fromSpec(spec, &rule, &error), qPrintable(error));
        server->faults()->addRule(rule);
    }
    void clearFaults() { server->faults()->clear(); }

    std::unique_ptr<ra::sandbox::SandboxServer> server;
};
