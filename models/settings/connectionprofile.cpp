#include "settings/connectionprofile.h"

#include <QHostAddress>
#include <QUuid>

namespace ra {

void ConnectionProfile::setBaseUrl(ApiFamily family, const QUrl &url)
{
    if (url.isEmpty())
        baseUrls.remove(family);
    else
        baseUrls.insert(family, url);
}

ConnectionProfile::Environment ConnectionProfile::environmentKind() const
{
    if (production)
        return Environment::Production;
    if (builtIn)
        return Environment::LocalSandbox;
    // A staging deployment is recognised by its host names; anything else that
    // is not production is the user's own set-up.
    for (const QUrl &url : baseUrls) {
        const QString host = url.host().toLower();
        if (host.contains(QStringLiteral("staging")) || host.startsWith(QStringLiteral("stg.")) ||
            host.contains(QStringLiteral(".stg.")))
            return Environment::Staging;
    }
    return Environment::Custom;
}

QString ConnectionProfile::environment() const
{
    return environmentText(environmentKind());
}

QString ConnectionProfile::environmentText(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return tr("Production");
    case Environment::Staging:
        return tr("Staging");
    case Environment::LocalSandbox:
        return tr("Local sandbox");
    case Environment::Custom:
        break;
    }
    return tr("Custom");
}

QList<ApiFamily> ConnectionProfile::families()
{
    return {ApiFamily::System, ApiFamily::Integration, ApiFamily::Application, ApiFamily::Gateway,
            ApiFamily::SecureAuth};
}

QString ConnectionProfile::familyLabel(ApiFamily family)
{
    switch (family) {
    case ApiFamily::System:
        return tr("System API URL");
    case ApiFamily::Integration:
        return tr("Integration API URL");
    case ApiFamily::Application:
        return tr("Application API URL");
    case ApiFamily::Gateway:
        return tr("Gateway URL");
    case ApiFamily::SecureAuth:
        break;
    }
    return tr("Secure Auth URL");
}

QString ConnectionProfile::urlField(ApiFamily family)
{
    return QStringLiteral("url.") + toString(family);
}

QString ConnectionProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool ConnectionProfile::isLoopbackHost(const QString &host)
{
    const QString h = host.toLower();
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost")))
        return true;
    QHostAddress address;
    if (!address.setAddress(h))
        return false;
    return address.isLoopback();
}

QString ConnectionProfile::checkUrl(ApiFamily family, const QUrl &url)
{
    if (url.isEmpty())
        return {};
    const QString label = familyLabel(family);
    if (!url.isValid() || url.host().isEmpty())
        return tr("%1 is not a valid URL; use e.g. https://api.example.com").arg(label);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("%1 must start with https://").arg(label);
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return tr("%1 must use https:// (http only for localhost or 127.0.0.1)").arg(label);
    if (url.hasQuery() || url.hasFragment())
        return tr("%1 must not contain a query or fragment").arg(label);
    // A password in a URL ends up in settings files, logs and shell history.
    if (!url.userInfo().isEmpty())
        return tr("%1 must not contain a user name or password; keys belong in the API keys, "
                  "which are kept in the keychain")
            .arg(label);
    return {};
}

QList<ConnectionProfile::Issue>
ConnectionProfile::validate(const QList<ConnectionProfile> &others) const
{
    QList<Issue> issues;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        issues.append({QStringLiteral("name"), tr("Name is required")});
    } else {
        for (const ConnectionProfile &other : others) {
            if (other.id != id && other.name.trimmed().compare(trimmed, Qt::CaseInsensitive) == 0) {
                issues.append({QStringLiteral("name"),
                               tr("Name \"%1\" is already used by another profile").arg(trimmed)});
                break;
            }
        }
    }
    for (ApiFamily family : families()) {
        const QString message = checkUrl(family, baseUrl(family));
        if (!message.isEmpty())
            issues.append({urlField(family), message});
    }
    if (communityId.trimmed() != communityId || communityId.contains(QLatin1Char(' ')))
        issues.append({QStringLiteral("communityId"), tr("Community ID must not contain spaces")});
    return issues;
}

QString ConnectionProfile::localSandboxId()
{
    return QStringLiteral("00000000-0000-0000-0000-00000000beef");
}

ConnectionProfile ConnectionProfile::localSandbox()
{
    ConnectionProfile p;
    p.id = localSandboxId();
    p.name = tr("Local sandbox");
    p.builtIn = true;
    return p;
}

bool operator==(const ConnectionProfile &a, const ConnectionProfile &b)
{
    return a.id == b.id && a.name == b.name && a.baseUrls == b.baseUrls &&
           a.communityId == b.communityId && a.production == b.production && a.builtIn == b.builtIn;
}

} // namespace ra
