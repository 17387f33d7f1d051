#pragma once

#include "settings/connectionprofile.h"
#include "settings/secretstore.h"

#include <QList>
#include <QMap>
#include <QObject>

namespace ra {

class AppSettings;
class MemorySecretStore;

// The connection profiles: the canonical list, the active profile and the
// profiles' secrets. Non-secret fields persist through AppSettings; keys go to
// the injected SecretStore (the keychain), or, when the user chooses so or for
// the built-in "Local sandbox" profile, to a session-only memory store that is
// never persisted. The built-in profile always exists first in the list and
// cannot be removed, renamed or edited; the composition root fills its
// endpoints with setSandboxEndpoints() when it starts the embedded sandbox.
// Does not own the settings or the secret store; GUI thread.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    using Issue = ConnectionProfile::Issue;

    ProfileStore(AppSettings &settings, SecretStore &secrets, QObject *parent = nullptr);
    ~ProfileStore() override;

    // The built-in profile's name is the app's own, in the current language ("Local sandbox").
    QList<ConnectionProfile> profiles() const;
    bool contains(const QString &id) const;
    ConnectionProfile profile(const QString &id) const; // default-constructed if unknown
    QString activeId() const { return m_activeId; }
    ConnectionProfile active() const { return profile(m_activeId); }

    // Validation against the current list; empty when `profile` may be saved.
    QList<Issue> validate(const ConnectionProfile &profile) const;
    // `base`, or "base (2)", "base (3)"... whichever is not yet taken.
    QString uniqueName(const QString &base) const;
    // A copy of `id` with a new id and a unique name, not yet added.
    ConnectionProfile duplicateOf(const QString &id) const;

    // Adds a user profile (a new id is assigned when empty). Returns its id,
    // or an empty string with `issues` filled when it is not valid.
    QString add(ConnectionProfile profile, QList<Issue> *issues = nullptr);
    bool update(const ConnectionProfile &profile, QList<Issue> *issues = nullptr);
    // Removes a user profile and its secrets. The built-in cannot be removed.
    bool remove(const QString &id);
    bool setActive(const QString &id);

    // Run-time endpoints, community and keys of the built-in profile, set by the
    // composition root once the embedded sandbox listens. Never persisted.
    void setSandboxEndpoints(const QMap<ApiFamily, QUrl> &urls, const QString &communityId,
                             const QMap<SecretKind, QString> &keys);

    // Saves a key in the keychain (an empty `secret` deletes it). Finishes with
    // secretSaved or secretSaveFailed; on an unavailable keychain also emits
    // keychainUnavailable, on a refusal keychainRefused, so the UI can offer
    // keepSecretForSession(). A key already kept for this run stays kept (with
    // the new value) while the keychain cannot take it.
    void saveSecret(const QString &profileId, SecretKind kind, const QString &secret);
    // Keeps a key in memory for this run only.
    void keepSecretForSession(const QString &profileId, SecretKind kind, const QString &secret);
    bool isSessionSecret(const QString &profileId, SecretKind kind) const;
    // Drops a secret from this run's store and the keychain without asking anything: for
    // secrets the app itself wrote (a login's session token). Emits nothing.
    void forgetSecret(const QString &profileId, SecretKind kind);
    // Reads a key: the session copy first, then the keychain.
    void readSecret(const QString &profileId, SecretKind kind, QObject *context,
                    SecretStore::Callback done);
    bool keychainAvailable() const { return m_keychainAvailable; }

signals:
    void profileAdded(const QString &id);
    void profileChanged(const QString &id);
    void profileRemoved(const QString &id);
    void activeProfileChanged(const QString &id);
    void secretSaved(const QString &profileId, ra::SecretKind kind, bool sessionOnly);
    void secretSaveFailed(const QString &profileId, ra::SecretKind kind, const QString &errorText);
    void keychainUnavailable(const QString &errorText);
    void keychainRefused(const QString &errorText);
    // Whether keys can be kept in a keychain on this desktop became known.
    void keychainAvailabilityChanged(bool available);

private:
    int indexOf(const QString &id) const;
    void persist();
    void setKeychainAvailable(bool available);

    AppSettings &m_settings;
    SecretStore &m_secrets;
    MemorySecretStore *m_session; // child
    QList<ConnectionProfile> m_profiles;
    QString m_activeId;
    bool m_keychainAvailable = true;
};

} // namespace ra
