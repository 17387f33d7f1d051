#include "settings/memorysecretstore.h"

#include <QPointer>
#include <QTimer>

namespace ra {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

void MemorySecretStore::readSecret(const QString &profileId, SecretKind kind, QObject *context,
                                   Callback done)
{
    Result result;
    const auto it = m_secrets.constFind(keyName(profileId, kind));
    if (it == m_secrets.cend())
        result.status = Status::NotFound;
    else
        result.secret = it.value();
    deliver(context, std::move(done), result);
}

void MemorySecretStore::writeSecret(const QString &profileId, SecretKind kind,
                                    const QString &secret, QObject *context, Callback done)
{
    setSecret(profileId, kind, secret);
    deliver(context, std::move(done), Result{});
}

void MemorySecretStore::deleteSecret(const QString &profileId, SecretKind kind, QObject *context,
                                     Callback done)
{
    Result result;
    if (!removeSecret(profileId, kind))
        result.status = Status::NotFound;
    deliver(context, std::move(done), result);
}

bool MemorySecretStore::contains(const QString &profileId, SecretKind kind) const
{
    return m_secrets.contains(keyName(profileId, kind));
}

QString MemorySecretStore::secret(const QString &profileId, SecretKind kind) const
{
    return m_secrets.value(keyName(profileId, kind));
}

void MemorySecretStore::setSecret(const QString &profileId, SecretKind kind, const QString &secret)
{
    m_secrets.insert(keyName(profileId, kind), secret);
}

bool MemorySecretStore::removeSecret(const QString &profileId, SecretKind kind)
{
    return m_secrets.remove(keyName(profileId, kind)) > 0;
}

void MemorySecretStore::deliver(QObject *context, Callback done, const Result &result)
{
    // Deliver later, as a keychain would, so callers cannot come to rely on
    // a synchronous answer.
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, this, [guard, done = std::move(done), result] {
        if (guard && done)
            done(result);
    });
}

} // namespace ra
