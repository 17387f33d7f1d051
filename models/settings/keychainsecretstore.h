#pragma once

#include "settings/secretstore.h"

#include <functional>
#include <vector>

namespace ra {

class KeychainProbe;

// Secrets in the platform keychain through QtKeychain (Secret Service/KWallet,
// macOS Keychain, Windows Credential Manager). Service "Returning Admin", key
// "<profileId>/<kind>". Before its first operation it asks a KeychainProbe
// (once, off the GUI thread) whether a secret store can be reached at all;
// where none can, every call finishes with Status::Unavailable and a message
// that says so in plain words, without touching QtKeychain. A working
// keychain's refusal is Status::Denied, its other errors Status::Failed, both
// with the keychain's own text. Never falls back to plain-text storage.
// Owned by the composition root; GUI thread.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    static QString serviceName();
    // What callers are told when no secret store can be reached.
    static QString unavailableText();

    KeychainProbe &probe() const { return *m_probe; }
    bool canStore() const override;

    void readSecret(const QString &profileId, SecretKind kind, QObject *context,
                    Callback done) override;
    void writeSecret(const QString &profileId, SecretKind kind, const QString &secret,
                     QObject *context, Callback done) override;
    void deleteSecret(const QString &profileId, SecretKind kind, QObject *context,
                      Callback done) override;

private:
    // Runs `job` once the probe has answered, or finishes `done` with
    // Unavailable when it found no secret store.
    void whenReachable(QObject *context, Callback done, std::function<void(Callback)> job);
    void onProbed();

    KeychainProbe *m_probe; // child
    std::vector<std::function<void()>> m_waiting;
};

} // namespace ra
