#include "sandboxserver.h"

#include "data/databackend.h"
#include "faultinjector.h"
#include "routeindex.h"
#include "sandboxhttpserver.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSandbox, "ra.sandbox")

namespace ra::sandbox {

SandboxServer::SandboxServer(const SandboxConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_faults(new FaultInjector(this))
    , m_http(new SandboxHttpServer(m_faults, this))
{
    m_faults->setSeed(config.seed);
    m_faults->setRules(config.faults);
    m_http->setMaxBodyBytes(config.maxBodyBytes);
    m_http->setMaxConnections(config.maxConnections);
}

SandboxServer::~SandboxServer()
{
    // The HTTP server borrows the backend: stop serving before it goes.
    m_http->setBackend(nullptr);
}

void SandboxServer::setBackend(Backend *backend, const DemoInfo &demo)
{
    m_backend = backend;
    m_demo = demo;
}

void SandboxServer::start()
{
    if (m_starting || m_port != 0)
        return;
    m_starting = true;
    if (m_backend) {
        // Report on the next loop turn, as the data layer would.
        QTimer::singleShot(0, this, &SandboxServer::listenNow);
        return;
    }
    m_data = new DataBackend(this);
    m_data->setSessionLifetime(m_config.sessionLifetime);
    QString error;
    if (!m_data->open(m_config.dbPath, &error)) {
        QTimer::singleShot(0, this, [this, error] { fail(error); });
        return;
    }
    connect(m_data, &DataBackend::seeded, this, [this] {
        QString keyError;
        if (m_config.randomKeys && !m_data->replaceDemoKeys(&keyError))
            return fail(keyError);
        if (m_config.channelMessages > 0 &&
            !m_data->seedChannelMessages(m_config.channelMessages, &keyError))
            return fail(keyError);
        if (m_config.channelMessages > 0)
            qCInfo(lcSandbox) << "added" << m_config.channelMessages << "channel messages";
        m_backend = m_data;
        m_demo = m_data->demo();
        listenNow();
    });
    // Queued: a receiver may delete this server from its failed() slot, which
    // must not happen inside the data layer's own signal emission.
    connect(m_data, &DataBackend::seedFailed, this, &SandboxServer::fail, Qt::QueuedConnection);
    qCInfo(lcSandbox) << "seeding" << m_config.users << "users with seed" << m_config.seed;
    m_data->seedAsync(m_config.seed, m_config.users, m_config.histories);
}

void SandboxServer::listenNow()
{
    QHostAddress address;
    if (m_config.host == u"localhost" || m_config.host.isEmpty())
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(m_config.host))
        return fail(tr("cannot listen on %1: not an IP address").arg(m_config.host));
    const quint16 port = m_http->listen(address, m_config.port);
    if (port == 0)
        return fail(tr("cannot listen on %1:%2: %3")
                        .arg(m_config.host)
                        .arg(m_config.port)
                        .arg(m_http->errorString()));
    m_port = port;
    m_http->setBackend(m_backend);
    m_starting = false;
    qCInfo(lcSandbox) << "listening on" << address.toString() << "port" << m_port;
    Q_EMIT started();
}

void SandboxServer::fail(const QString &error)
{
    m_starting = false;
    qCCritical(lcSandbox) << "sandbox failed to start:" << error;
    Q_EMIT failed(error);
}

QHash<ApiFamily, QUrl> SandboxServer::baseUrls() const
{
    QHash<ApiFamily, QUrl> urls;
    if (m_port == 0)
        return urls;
    // A wildcard address is reachable on loopback.
    QString host = m_config.host;
    if (host.isEmpty() || host == u"0.0.0.0" || host == u"::" || host == u"localhost")
        host = QStringLiteral("127.0.0.1");
    if (host.contains(u':'))
        host = u'[' + host + u']';
    for (ApiFamily family : {ApiFamily::System, ApiFamily::Integration, ApiFamily::Application,
                             ApiFamily::Gateway, ApiFamily::SecureAuth}) {
        urls.insert(family, QUrl(QStringLiteral("http://%1:%2%3")
                                     .arg(host)
                                     .arg(m_port)
                                     .arg(RouteIndex::prefix(family))));
    }
    return urls;
}

DemoInfo SandboxServer::demo() const
{
    return m_demo;
}

QJsonObject SandboxServer::startupInfo() const
{
    QJsonObject urls;
    const auto all = baseUrls();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it)
        urls.insert(toString(it.key()), it.value().toString());
    QJsonObject keys;
    keys.insert(u"system", m_demo.systemKey);
    keys.insert(u"integration", m_demo.integrationKey);
    keys.insert(u"noPermission", m_demo.noPermissionKey);
    QJsonObject o;
    o.insert(u"baseUrls", urls);
    o.insert(u"communityId", m_demo.communityId);
    o.insert(u"keys", keys);
    o.insert(u"secureAuthDomain", m_demo.secureAuthDomain);
    o.insert(u"port", int(m_port));
    return o;
}

} // namespace ra::sandbox
