#include "settings/secretstore.h"

namespace ra {

QString toString(SecretKind kind)
{
    switch (kind) {
    case SecretKind::SystemApiKey:
        return QStringLiteral("systemApiKey");
    case SecretKind::IntegrationKey:
        return QStringLiteral("integrationKey");
    case SecretKind::SessionToken:
        return QStringLiteral("sessionToken");
    case SecretKind::ApplicationKey:
        break;
    }
    return QStringLiteral("applicationKey");
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

QString SecretStore::keyName(const QString &profileId, SecretKind kind)
{
    return profileId + QLatin1Char('/') + toString(kind);
}

} // namespace ra
