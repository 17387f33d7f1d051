#pragma once

#include "sandboxapi.h"
#include "sandboxconfig.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

namespace ra::sandbox {

class DataBackend;
class FaultInjector;
class SandboxHttpServer;

// The sandbox as one object, for the `returning-sandbox` executable and for
// `returning-admin --sandbox` (in-process). start() opens the data layer,
// seeds the demo community on a worker thread (the event loop keeps running),
// then listens and emits started() or failed(). Ownership: owns the HTTP
// server, the fault injector and (unless setBackend() gave it one) the
// DataBackend. Thread: the thread it lives on (normally the main thread).
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(const SandboxConfig &config, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Serve `backend` (borrowed, must outlive this) instead of creating the
    // data layer; `demo` is what startupInfo() reports. Call before start().
    void setBackend(Backend *backend, const DemoInfo &demo);

    void start();
    bool isListening() const { return m_port != 0; }

    const SandboxConfig &config() const { return m_config; }
    quint16 port() const { return m_port; }
    QHash<ApiFamily, QUrl> baseUrls() const;
    DemoInfo demo() const;
    // The one JSON line the executable prints once listening: baseUrls,
    // communityId, keys, secureAuthDomain and port.
    QJsonObject startupInfo() const;
    FaultInjector *faults() const { return m_faults; }
    // The data layer this server created; nullptr with setBackend().
    DataBackend *dataBackend() const { return m_data; }

Q_SIGNALS:
    void started();
    void failed(const QString &error);

private:
    void listenNow();
    void fail(const QString &error);

    SandboxConfig m_config;
    FaultInjector *m_faults = nullptr;   // child
    SandboxHttpServer *m_http = nullptr; // child
    DataBackend *m_data = nullptr;       // child, when created here
    Backend *m_backend = nullptr;
    DemoInfo m_demo;
    quint16 m_port = 0;
    bool m_starting = false;
};

} // namespace ra::sandbox
