#include "profilekeyreader.h"

#include "api/apiclientconfig.h"
#include "settings/secretstore.h"

#include <QCoreApplication>

#include <memory>

namespace ra {

namespace {

QString *keyField(ApiClientConfig *config, SecretKind kind)
{
    switch (kind) {
    case SecretKind::SystemApiKey:
        return &config->systemKey;
    case SecretKind::IntegrationKey:
        return &config->integrationKey;
    case SecretKind::ApplicationKey:
        return &config->applicationKey;
    case SecretKind::SessionToken: // a login of the window, not read by subcommands
        break;
    }
    return nullptr;
}

// One read after the other keeps at most one keychain prompt on screen and
// lets the first failure stop the rest.
struct KeyReadChain : std::enable_shared_from_this<KeyReadChain>
{
    SecretStore *secrets = nullptr;
    QString profileId;
    QString profileName;
    ApiClientConfig *config = nullptr;
    QObject *context = nullptr;
    std::function<void(const QString &)> done;
    int next = 0;

    void readNext()
    {
        static constexpr SecretKind kinds[] = {SecretKind::SystemApiKey, SecretKind::IntegrationKey,
                                               SecretKind::ApplicationKey};
        if (next == int(std::size(kinds))) {
            done({});
            return;
        }
        const SecretKind kind = kinds[next++];
        auto self = shared_from_this();
        secrets->readSecret(
            profileId, kind, context, [self, kind](const SecretStore::Result &result) {
                switch (result.status) {
                case SecretStore::Status::Ok:
                    *keyField(self->config, kind) = result.secret;
                    break;
                case SecretStore::Status::NotFound:
                    break;
                case SecretStore::Status::Unavailable:
                case SecretStore::Status::Denied:
                case SecretStore::Status::Failed:
                    self->done(
                        QCoreApplication::translate("ProfileKeyReader",
                                                    "cannot read the keys of profile \"%1\" from "
                                                    "the keychain (%2); give the key with "
                                                    "--key-file or --key -, or set its "
                                                    "RA_*_KEY variable, instead")
                            .arg(self->profileName, result.errorText));
                    return;
                }
                self->readNext();
            });
    }
};

} // namespace

void readProfileKeys(SecretStore &secrets, const QString &profileId, const QString &profileName,
                     ApiClientConfig *config, QObject *context,
                     std::function<void(const QString &error)> done)
{
    auto chain = std::make_shared<KeyReadChain>();
    chain->secrets = &secrets;
    chain->profileId = profileId;
    chain->profileName = profileName;
    chain->config = config;
    chain->context = context;
    chain->done = std::move(done);
    chain->readNext();
}

} // namespace ra
