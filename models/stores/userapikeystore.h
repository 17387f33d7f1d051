#pragma once

#include "api/apierror.h"
#include "domain/apikey.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace ra {

class AccountSession;
class ApiClient;

// One member's user API keys (Integration / User Api Key: list, create, update, delete) through
// the client, which authenticates them with the login's session token. A created key's secret
// is handed to the caller's callback once and never kept: the list holds each key without it.
// A reply that says the login is missing or expired goes to AccountSession::checkRejected(), so
// the window asks for a login once instead of reporting each failure. Signals follow the
// EntityStore protocol (loaded/added/changed/removed/cleared) for ApiKeyTableModel.
// Borrows the client and the session; GUI thread.
class UserApiKeyStore : public QObject
{
    Q_OBJECT

public:
    using KeyDone = std::function<void(const ApiKey &key, const ApiError &error)>;

    UserApiKeyStore(ApiClient &client, AccountSession &session, QObject *parent = nullptr);

    // Shows `userId`'s keys (an empty id clears); loads them when logged in.
    void setUser(const QString &userId);
    QString userId() const { return m_userId; }
    const QList<ApiKey> &items() const { return m_keys; }
    bool isLoading() const { return m_loading; }
    void reload();
    void clear();

    // `key`: name, permissions, expirePeriod, expireDate (the fields the API documents).
    // `done` gets the created key with its secret, the one time it exists on this side.
    void create(const QJsonObject &key, QObject *context, KeyDone done);
    // `changes`: name, permissions, expirePeriod, expireDate, isActive.
    void update(const QString &apiKeyId, const QJsonObject &changes, QObject *context,
                KeyDone done);
    void remove(const QString &apiKeyId, QObject *context, KeyDone done);

signals:
    void loaded();
    void loadFailed(const QString &text);
    void added(const ra::ApiKey &key);
    void changed(const ra::ApiKey &key);
    void removed(const QString &id);
    void cleared();
    void loadingChanged(bool loading);

private:
    void setLoading(bool loading);
    // The error path of a change: the session hears of it (a refused login), then `done`.
    std::function<void(const ApiError &)> failure(const QPointer<QObject> &guard,
                                                  const KeyDone &done);
    static ApiKey withoutSecret(ApiKey key);

    ApiClient &m_client;
    AccountSession &m_session;
    QString m_userId;
    QList<ApiKey> m_keys;
    bool m_loading = false;
    bool m_wasLoggedIn = false;
    quint64 m_generation = 0; // drops list replies overtaken by another member or a reload
};

} // namespace ra
