#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace ra {

// Which credential of a profile a secret is.
// SystemApiKey: `x-api-key` of the System API; IntegrationKey: Bearer token of
// the Integration API; ApplicationKey: Bearer token of the Application API and
// the gateway.
// SessionToken: the login session of an account (token, expiry, e-mail as JSON), the Bearer
// of the User Api Key operations.
enum class SecretKind { SystemApiKey, IntegrationKey, ApplicationKey, SessionToken };

QString toString(SecretKind kind); // stable key text, e.g. "systemApiKey"

// Asynchronous storage of secrets by (profile id, kind). Every call finishes
// exactly once, later from the event loop (never inside the call), by invoking
// `done` unless `context` was destroyed meanwhile. Implementations never write
// secrets to settings, files or logs. Owned by the composition root; GUI thread.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound,    // read/delete: no secret stored under that key
        Unavailable, // no secret store can be reached (no session bus, no keyring daemon)
        Denied,      // the keychain is there but access was refused (locked, user declined)
        Failed       // any other error of a working keychain; see Result::errorText
    };

    struct Result
    {
        Status status = Status::Ok;
        QString secret;    // read: the secret when status is Ok
        QString errorText; // the backend's message when not Ok
        bool ok() const { return status == Status::Ok; }
    };

    using Callback = std::function<void(const Result &)>;

    explicit SecretStore(QObject *parent = nullptr);

    virtual void readSecret(const QString &profileId, SecretKind kind, QObject *context,
                            Callback done) = 0;
    virtual void writeSecret(const QString &profileId, SecretKind kind, const QString &secret,
                             QObject *context, Callback done) = 0;
    virtual void deleteSecret(const QString &profileId, SecretKind kind, QObject *context,
                              Callback done) = 0;

    // "<profileId>/<kind>", the key name under which a backend stores a secret.
    static QString keyName(const QString &profileId, SecretKind kind);

    // False once the store knows that it cannot keep secrets at all (no
    // keychain on this desktop); true while it does not know or can.
    virtual bool canStore() const { return true; }

signals:
    // canStore() became known or changed.
    void canStoreChanged(bool canStore);
};

} // namespace ra
