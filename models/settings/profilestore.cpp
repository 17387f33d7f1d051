#include "settings/profilestore.h"

#include "settings/appsettings.h"
#include "settings/memorysecretstore.h"

#include <QLoggingCategory>

namespace ra {

namespace {
Q_LOGGING_CATEGORY(lcProfiles, "ra.settings.profiles")

const QList<SecretKind> kAllKinds = {SecretKind::SystemApiKey, SecretKind::IntegrationKey,
                                     SecretKind::ApplicationKey, SecretKind::SessionToken};

// The built-in profile is named when asked, so the name follows a language switch.
ConnectionProfile named(ConnectionProfile profile)
{
    if (profile.builtIn)
        profile.name = ConnectionProfile::localSandbox().name;
    return profile;
}
} // namespace

ProfileStore::ProfileStore(AppSettings &settings, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_session(new MemorySecretStore(this))
{
    connect(&m_secrets, &SecretStore::canStoreChanged, this, &ProfileStore::setKeychainAvailable);
    m_keychainAvailable = m_secrets.canStore();
    m_profiles.append(ConnectionProfile::localSandbox());
    const QList<ConnectionProfile> stored = settings.profiles();
    for (ConnectionProfile p : stored) {
        // A damaged or hand-edited file must not produce a second built-in or
        // a duplicate id.
        if (p.id == ConnectionProfile::localSandboxId() || indexOf(p.id) >= 0)
            continue;
        p.builtIn = false;
        m_profiles.append(p);
    }
    const QString last = settings.lastProfileId();
    m_activeId = contains(last) ? last : ConnectionProfile::localSandboxId();
}

ProfileStore::~ProfileStore() = default;

int ProfileStore::indexOf(const QString &id) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

bool ProfileStore::contains(const QString &id) const
{
    return indexOf(id) >= 0;
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> all = m_profiles;
    for (ConnectionProfile &p : all)
        p = named(p);
    return all;
}

ConnectionProfile ProfileStore::profile(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? ConnectionProfile() : named(m_profiles.at(i));
}

QList<ProfileStore::Issue> ProfileStore::validate(const ConnectionProfile &profile) const
{
    return profile.validate(m_profiles);
}

QString ProfileStore::uniqueName(const QString &base) const
{
    const auto taken = [this](const QString &name) {
        for (const ConnectionProfile &p : m_profiles) {
            if (p.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    const QString trimmed = base.trimmed();
    if (!taken(trimmed))
        return trimmed;
    for (int n = 2;; ++n) {
        const QString candidate = tr("%1 (%2)").arg(trimmed).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

ConnectionProfile ProfileStore::duplicateOf(const QString &id) const
{
    ConnectionProfile copy = profile(id);
    copy.id = ConnectionProfile::newId();
    copy.builtIn = false;
    copy.name = uniqueName(tr("Copy of %1").arg(copy.name));
    return copy;
}

QString ProfileStore::add(ConnectionProfile profile, QList<Issue> *issues)
{
    if (profile.id.isEmpty())
        profile.id = ConnectionProfile::newId();
    profile.builtIn = false;
    profile.name = profile.name.trimmed();
    QList<Issue> found = validate(profile);
    if (contains(profile.id))
        found.append({QStringLiteral("id"), tr("A profile with this id already exists")});
    if (issues)
        *issues = found;
    if (!found.isEmpty())
        return {};
    m_profiles.append(profile);
    persist();
    emit profileAdded(profile.id);
    return profile.id;
}

bool ProfileStore::update(const ConnectionProfile &profile, QList<Issue> *issues)
{
    const int i = indexOf(profile.id);
    QList<Issue> found;
    if (i < 0) {
        found.append({QStringLiteral("id"), tr("The profile no longer exists")});
    } else if (m_profiles.at(i).builtIn) {
        found.append(
            {QStringLiteral("name"), tr("The built-in Local sandbox profile cannot be changed")});
    } else {
        found = validate(profile);
    }
    if (issues)
        *issues = found;
    if (!found.isEmpty())
        return false;
    ConnectionProfile updated = profile;
    updated.builtIn = false;
    updated.name = updated.name.trimmed();
    if (updated == m_profiles.at(i))
        return true;
    m_profiles[i] = updated;
    persist();
    emit profileChanged(updated.id);
    return true;
}

bool ProfileStore::remove(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0 || m_profiles.at(i).builtIn)
        return false;
    const bool wasActive = id == m_activeId;
    m_profiles.removeAt(i);
    persist();
    for (SecretKind kind : kAllKinds) {
        m_session->removeSecret(id, kind);
        m_secrets.deleteSecret(id, kind, this, [id, kind](const SecretStore::Result &r) {
            if (!r.ok() && r.status != SecretStore::Status::NotFound)
                qCWarning(lcProfiles)
                    << "could not delete" << toString(kind) << "of" << id << ":" << r.errorText;
        });
    }
    emit profileRemoved(id);
    if (wasActive)
        setActive(ConnectionProfile::localSandboxId());
    return true;
}

bool ProfileStore::setActive(const QString &id)
{
    if (!contains(id))
        return false;
    if (id == m_activeId)
        return true;
    m_activeId = id;
    m_settings.setLastProfileId(id);
    emit activeProfileChanged(id);
    return true;
}

void ProfileStore::setSandboxEndpoints(const QMap<ApiFamily, QUrl> &urls,
                                       const QString &communityId,
                                       const QMap<SecretKind, QString> &keys)
{
    const int i = indexOf(ConnectionProfile::localSandboxId());
    ConnectionProfile &sandbox = m_profiles[i];
    sandbox.baseUrls = urls;
    sandbox.communityId = communityId;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        m_session->setSecret(sandbox.id, it.key(), it.value());
    emit profileChanged(sandbox.id);
}

void ProfileStore::saveSecret(const QString &profileId, SecretKind kind, const QString &secret)
{
    const auto finished = [this, profileId, kind, secret](const SecretStore::Result &r) {
        if (r.ok() || r.status == SecretStore::Status::NotFound) {
            setKeychainAvailable(true);
            // The keychain copy counts from now on; a session copy would
            // shadow it on reads.
            m_session->removeSecret(profileId, kind);
            emit secretSaved(profileId, kind, false);
            return;
        }
        if (r.status == SecretStore::Status::Unavailable)
            setKeychainAvailable(false);
        if (r.status != SecretStore::Status::Failed && m_session->contains(profileId, kind)) {
            // The user already chose to keep this key for this run only and
            // the keychain still cannot take it: the edit replaces the
            // session copy instead of dropping it.
            if (secret.isEmpty())
                m_session->removeSecret(profileId, kind);
            else
                m_session->setSecret(profileId, kind, secret);
            emit secretSaved(profileId, kind, true);
            return;
        }
        emit secretSaveFailed(profileId, kind, r.errorText);
        if (r.status == SecretStore::Status::Unavailable)
            emit keychainUnavailable(r.errorText);
        else if (r.status == SecretStore::Status::Denied)
            emit keychainRefused(r.errorText);
    };
    if (secret.isEmpty())
        m_secrets.deleteSecret(profileId, kind, this, finished);
    else
        m_secrets.writeSecret(profileId, kind, secret, this, finished);
}

void ProfileStore::keepSecretForSession(const QString &profileId, SecretKind kind,
                                        const QString &secret)
{
    m_session->setSecret(profileId, kind, secret);
    emit secretSaved(profileId, kind, true);
}

void ProfileStore::forgetSecret(const QString &profileId, SecretKind kind)
{
    m_session->removeSecret(profileId, kind);
    if (profileId == ConnectionProfile::localSandboxId() || !m_keychainAvailable)
        return;
    m_secrets.deleteSecret(profileId, kind, this, [profileId, kind](const SecretStore::Result &r) {
        if (!r.ok() && r.status != SecretStore::Status::NotFound)
            qCWarning(lcProfiles) << "could not delete" << toString(kind) << "of" << profileId
                                  << ":" << r.errorText;
    });
}

bool ProfileStore::isSessionSecret(const QString &profileId, SecretKind kind) const
{
    return m_session->contains(profileId, kind);
}

void ProfileStore::readSecret(const QString &profileId, SecretKind kind, QObject *context,
                              SecretStore::Callback done)
{
    // The built-in profile's keys only ever live in the session store; asking
    // the keychain for them could only prompt the user for nothing.
    if (m_session->contains(profileId, kind) || profileId == ConnectionProfile::localSandboxId())
        m_session->readSecret(profileId, kind, context, std::move(done));
    else
        m_secrets.readSecret(profileId, kind, context, std::move(done));
}

void ProfileStore::setKeychainAvailable(bool available)
{
    if (available == m_keychainAvailable)
        return;
    m_keychainAvailable = available;
    emit keychainAvailabilityChanged(available);
}

void ProfileStore::persist()
{
    m_settings.setProfiles(m_profiles);
}

} // namespace ra
