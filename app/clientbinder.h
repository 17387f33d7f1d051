#pragma once

#include <QObject>
#include <QPointer>

namespace ra {

class ApiClient;
class AppSettings;
class ProfileStore;

// Keeps the API client pointed at the active connection profile: on start, on
// a profile switch and on an edit of the active profile it reads the profile's
// keys (asynchronously, from the session store or the keychain) and gives the
// client a new configuration, which cancels whatever was in flight. A change
// of the request timeout or per-host concurrency in the settings applies to
// new requests only: running work (an import, a job follower) carries on.
// Owned by the composition root; borrows everything it is given; GUI thread.
class ClientBinder : public QObject
{
    Q_OBJECT

public:
    ClientBinder(ApiClient &client, ProfileStore &profiles, AppSettings &settings,
                 QObject *parent = nullptr);

    // Configures the client for the current active profile.
    void rebind();
    // Why some of the bound profile's keys could not be read; empty when all could.
    QString keyProblem() const { return m_keyProblem; }

signals:
    // The client now talks to the profile `id`.
    void bound(const QString &id);
    // Emitted before bound(): `reason` says why some of the profile's keys
    // could not be read (the keychain's words; empty when all could).
    // Requests needing them fail with it rather than going out without a key.
    void keysReadable(const QString &id, const QString &reason);

private:
    void applyLimits();

    ApiClient &m_client;
    ProfileStore &m_profiles;
    AppSettings &m_settings;
    quint64 m_generation = 0; // drops key reads that a newer rebind overtook
    QString m_keyProblem;
};

} // namespace ra
