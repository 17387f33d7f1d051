#pragma once

#include "api/apierror.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

namespace ra {

class ApiClient;
class ProfileStore;

// The account login of the active profile (System / Auth register, verify email, login) and
// its session token, the Bearer of the User Api Key operations. The token is kept like every
// secret: in the keychain under the profile (SecretKind::SessionToken, as JSON with its expiry
// and e-mail), or, where no keychain can take it and for the built-in profile, for this run
// only. It is handed to the client (ApiClientConfig::sessionToken) and never written to
// settings or logs. When the session expires (its time passes, or a server answers 401 to a
// session call) the token is dropped and loginRequired() asks for a new login once, so the
// window shows one prompt rather than a string of failures. Borrows the client and the
// profiles; GUI thread.
class AccountSession : public QObject
{
    Q_OBJECT

public:
    enum class State { LoggedOut, LoggedIn, Expired };
    Q_ENUM(State)

    AccountSession(ApiClient &client, ProfileStore &profiles, QObject *parent = nullptr);

    // Reads the session kept for `profileId` and applies it to the client (an expired one is
    // dropped and reported as Expired).
    void load(const QString &profileId);
    QString profileId() const { return m_profileId; }

    State state() const { return m_state; }
    bool isLoggedIn() const { return m_state == State::LoggedIn; }
    QString email() const { return m_email; }
    QDateTime expiresAt() const { return m_expiresAt; }
    bool keptForRunOnly() const { return m_runOnly; }
    // One line for the window: who is logged in and until when, or why not.
    QString statusText() const;

    void registerAccount(const QString &email, const QString &password, const QString &username);
    void verifyEmail(const QString &email, const QString &code);
    void login(const QString &email, const QString &password);
    void logout();

    // A session call failed: when `error` says the session was refused (401) or there is none,
    // a running login ends and loginRequired() follows (once: a login already gone asks
    // nothing more). True when the failure was the login's.
    bool checkRejected(const ApiError &error);

    // The token of a kept session secret (the JSON this class writes), for the client binder.
    static QString tokenOf(const QString &secret);

signals:
    void registered(const QString &email);
    void verified(const QString &email);
    void loggedIn(const QString &email);
    // `step` is "register", "verify" or "login"; `text` the reason, for people.
    void failed(const QString &step, const QString &text);
    void changed();
    // The session is gone: `reason` says why, for a prompt that leads to the login.
    void loginRequired(const QString &reason);

private:
    void apply(const QString &token);
    void keep(const QString &email, const QString &token, const QDateTime &expiresAt);
    void expire(const QString &reason);
    // The kept secret: `token` with this login's e-mail and expiry, as JSON.
    QString secretOf(const QString &token) const;
    void armTimer();

    ApiClient &m_client;
    ProfileStore &m_profiles;
    QString m_profileId;
    State m_state = State::LoggedOut;
    QString m_email;
    QDateTime m_expiresAt;
    bool m_runOnly = false;
    QTimer m_expiry;
    quint64 m_generation = 0; // drops reads and replies overtaken by a profile switch
};

} // namespace ra
