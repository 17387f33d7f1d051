#pragma once

#include "settings/secretstore.h"

#include <QHash>

namespace ra {

// Secrets held in memory for the lifetime of the object: the test backend and
// the "keep the key for this run only" store. Results are delivered from the
// event loop like a real keychain's. Owned by whoever creates it; GUI thread.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void readSecret(const QString &profileId, SecretKind kind, QObject *context,
                    Callback done) override;
    void writeSecret(const QString &profileId, SecretKind kind, const QString &secret,
                     QObject *context, Callback done) override;
    void deleteSecret(const QString &profileId, SecretKind kind, QObject *context,
                      Callback done) override;

    // Synchronous views for callers that own this store.
    bool contains(const QString &profileId, SecretKind kind) const;
    QString secret(const QString &profileId, SecretKind kind) const;
    void setSecret(const QString &profileId, SecretKind kind, const QString &secret);
    bool removeSecret(const QString &profileId, SecretKind kind);
    int count() const { return int(m_secrets.size()); }

private:
    void deliver(QObject *context, Callback done, const Result &result);

    QHash<QString, QString> m_secrets;
};

} // namespace ra
