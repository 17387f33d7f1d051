#pragma once

#include "settings/secretstore.h"

namespace ra {

// Secrets in the platform keychain through QtKeychain (Secret Service/KWallet,
// macOS Keychain, Windows Credential Manager). Service "Returning Admin", key
// "<profileId>/<kind>". When no secret service is running (headless CI, a
// desktop without a keyring daemon) calls finish with Status::Unavailable and
// the keychain's own message. Never falls back to plain-text storage.
// Owned by the composition root; GUI thread.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);

    static QString serviceName();

    void readSecret(const QString &profileId, SecretKind kind, QObject *context,
                    Callback done) override;
    void writeSecret(const QString &profileId, SecretKind kind, const QString &secret,
                     QObject *context, Callback done) override;
    void deleteSecret(const QString &profileId, SecretKind kind, QObject *context,
                      Callback done) override;
};

} // namespace ra
