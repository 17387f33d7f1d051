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
// client a new configuration, which cancels whatever was in flight. Applies
// the request timeout and per-host concurrency from the settings too.
// Owned by the composition root; borrows everything it is given; GUI thread.
class ClientBinder : public QObject
{
    Q_OBJECT

public:
    ClientBinder(ApiClient &client, ProfileStore &profiles, AppSettings &settings,
                 QObject *parent = nullptr);

    // Configures the client for the current active profile.
    void rebind();

signals:
    // The client now talks to the profile `id`.
    void bound(const QString &id);

private:
    ApiClient &m_client;
    ProfileStore &m_profiles;
    AppSettings &m_settings;
    quint64 m_generation = 0; // drops key reads that a newer rebind overtook
};

} // namespace ra
