#include "clientbinder.h"

#include "stores/accountsession.h"

#include "api/apiclient.h"
#include "api/apiclientconfig.h"
#include "settings/appsettings.h"
#include "settings/profilestore.h"

#include <QStringList>

#include <memory>

namespace ra {

ClientBinder::ClientBinder(ApiClient &client, ProfileStore &profiles, AppSettings &settings,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_profiles(profiles)
    , m_settings(settings)
{
    connect(&m_profiles, &ProfileStore::activeProfileChanged, this, &ClientBinder::rebind);
    connect(&m_profiles, &ProfileStore::profileChanged, this, [this](const QString &id) {
        if (id == m_profiles.activeId())
            rebind();
    });
    connect(&m_profiles, &ProfileStore::secretSaved, this,
            [this](const QString &id, SecretKind kind, bool) {
                // A login's token is applied by AccountSession itself: no reload for it.
                if (id == m_profiles.activeId() && kind != SecretKind::SessionToken)
                    rebind();
            });
    connect(&m_settings, &AppSettings::requestTimeoutChanged, this, &ClientBinder::applyLimits);
    connect(&m_settings, &AppSettings::perHostConcurrencyChanged, this, &ClientBinder::applyLimits);
}

void ClientBinder::applyLimits()
{
    // Same profile, same keys: the client keeps its requests in flight and
    // applies the new limits to what it sends next. Nothing needs reloading.
    ApiClientConfig config = m_client.config();
    config.timeoutMs = m_settings.requestTimeoutMs();
    config.maxPerHost = m_settings.perHostConcurrency();
    m_client.setConfig(config);
}

void ClientBinder::rebind()
{
    const quint64 generation = ++m_generation;
    const ConnectionProfile profile = m_profiles.active();

    auto config = std::make_shared<ApiClientConfig>();
    for (auto it = profile.baseUrls.cbegin(); it != profile.baseUrls.cend(); ++it)
        config->baseUrls.insert(it.key(), it.value());
    config->communityId = profile.communityId;
    config->secureAuthHostname = profile.baseUrl(ApiFamily::SecureAuth).host();
    config->timeoutMs = m_settings.requestTimeoutMs();
    config->maxPerHost = m_settings.perHostConcurrency();

    // Three asynchronous key reads; the client is configured once all three
    // answered, unless a newer rebind started meanwhile. A key that cannot be
    // read is not bound as an empty key: the client learns why, so requests
    // that need it fail with that reason instead of a 401, and the window is
    // told once.
    struct Pending
    {
        int left = 4;
        QStringList problems;
    };
    auto pending = std::make_shared<Pending>();
    const auto read = [this, generation, config, pending,
                       profile](SecretKind kind, QString ApiClientConfig::*field) {
        m_profiles.readSecret(
            profile.id, kind, this,
            [this, generation, config, pending, field, profile](const SecretStore::Result &r) {
                if (r.ok())
                    (*config).*field = field == &ApiClientConfig::sessionToken
                                           ? AccountSession::tokenOf(r.secret)
                                           : r.secret;
                else if (r.status != SecretStore::Status::NotFound &&
                         !pending->problems.contains(r.errorText))
                    pending->problems.append(r.errorText);
                if (--pending->left > 0 || generation != m_generation)
                    return;
                const QString reason = pending->problems.join(QStringLiteral(" "));
                if (!reason.isEmpty()) {
                    config->keyProblem = tr("the keys of profile \"%1\" cannot be read. %2")
                                             .arg(profile.name, reason);
                }
                m_client.setConfig(*config);
                m_keyProblem = reason;
                emit keysReadable(profile.id, reason);
                emit bound(profile.id);
            });
    };
    read(SecretKind::SystemApiKey, &ApiClientConfig::systemKey);
    read(SecretKind::IntegrationKey, &ApiClientConfig::integrationKey);
    read(SecretKind::ApplicationKey, &ApiClientConfig::applicationKey);
    read(SecretKind::SessionToken, &ApiClientConfig::sessionToken);
}

} // namespace ra
