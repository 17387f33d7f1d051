#include "stores/userapikeystore.h"

#include "api/apiclient.h"
#include "stores/accountsession.h"

#include <QPointer>

namespace ra {

UserApiKeyStore::UserApiKeyStore(ApiClient &client, AccountSession &session, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
{
    // A new login (or a login read back at start) shows the member's keys without a click;
    // a login that ends leaves nothing of the keys on screen.
    connect(&m_session, &AccountSession::changed, this, [this] {
        const bool loggedIn = m_session.isLoggedIn();
        if (loggedIn == m_wasLoggedIn)
            return;
        m_wasLoggedIn = loggedIn;
        if (!loggedIn)
            clear();
        else if (!m_userId.isEmpty())
            reload();
    });
}

void UserApiKeyStore::setUser(const QString &userId)
{
    if (userId == m_userId)
        return;
    m_userId = userId;
    clear();
    if (!m_userId.isEmpty() && m_session.isLoggedIn())
        reload();
}

void UserApiKeyStore::clear()
{
    ++m_generation;
    m_keys.clear();
    setLoading(false);
    emit cleared();
}

void UserApiKeyStore::reload()
{
    if (m_userId.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    setLoading(true);
    m_client.getUserApiKeys(m_userId)->then(
        this,
        [this, generation](const QList<ApiKey> &keys) {
            if (generation != m_generation)
                return;
            m_keys.clear();
            for (const ApiKey &k : keys)
                m_keys.append(withoutSecret(k));
            setLoading(false);
            emit loaded();
        },
        [this, generation](const ApiError &error) {
            if (generation != m_generation)
                return;
            setLoading(false);
            if (!m_session.checkRejected(error))
                emit loadFailed(error.userText());
        });
}

void UserApiKeyStore::create(const QJsonObject &key, QObject *context, KeyDone done)
{
    const QString userId = m_userId;
    QPointer<QObject> guard(context);
    m_client.createUserApiKey(userId, key)
        ->then(
            this,
            [this, userId, guard, done](const ApiKey &created) {
                if (userId == m_userId) {
                    const ApiKey listed = withoutSecret(created);
                    m_keys.append(listed);
                    emit added(listed);
                }
                if (guard && done)
                    done(created, {});
            },
            failure(guard, done));
}

void UserApiKeyStore::update(const QString &apiKeyId, const QJsonObject &changes, QObject *context,
                             KeyDone done)
{
    const QString userId = m_userId;
    QPointer<QObject> guard(context);
    m_client.updateUserApiKey(userId, apiKeyId, changes)
        ->then(
            this,
            [this, userId, guard, done](const ApiKey &updated) {
                const ApiKey listed = withoutSecret(updated);
                if (userId == m_userId) {
                    for (ApiKey &k : m_keys) {
                        if (k.id == listed.id)
                            k = listed;
                    }
                    emit changed(listed);
                }
                if (guard && done)
                    done(listed, {});
            },
            failure(guard, done));
}

void UserApiKeyStore::remove(const QString &apiKeyId, QObject *context, KeyDone done)
{
    const QString userId = m_userId;
    QPointer<QObject> guard(context);
    m_client.deleteUserApiKey(userId, apiKeyId)
        ->then(
            this,
            [this, userId, apiKeyId, guard, done](const ApiResponse &) {
                if (userId == m_userId) {
                    m_keys.removeIf([&apiKeyId](const ApiKey &k) { return k.id == apiKeyId; });
                    emit removed(apiKeyId);
                }
                if (guard && done)
                    done({}, {});
            },
            failure(guard, done));
}

void UserApiKeyStore::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

std::function<void(const ApiError &)> UserApiKeyStore::failure(const QPointer<QObject> &guard,
                                                               const KeyDone &done)
{
    return [this, guard, done](const ApiError &error) {
        m_session.checkRejected(error);
        if (guard && done)
            done({}, error);
    };
}

ApiKey UserApiKeyStore::withoutSecret(ApiKey key)
{
    // What a list shows of the secret is the server's hint (first and last characters) at
    // most; a whole secret never stays in memory beyond the create callback.
    if (key.key.size() > 12)
        key.key = key.key.left(4) + QStringLiteral("…") + key.key.right(4);
    return key;
}

} // namespace ra
