#include "apiprofileresolver.h"

#include "api/apiclientconfig.h"
#include "settings/appsettings.h"

#include <QCoreApplication>

namespace ra {

bool resolveApiProfile(const QString &name, ApiClientConfig *config, QString *error)
{
    QString profileId;
    return resolveApiProfile(name, config, &profileId, error);
}

bool resolveApiProfile(const QString &name, ApiClientConfig *config, QString *profileId,
                       QString *error)
{
    const AppSettings settings;
    const QList<ConnectionProfile> profiles = settings.profiles();
    for (const ConnectionProfile &p : profiles) {
        if (p.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        for (auto it = p.baseUrls.cbegin(); it != p.baseUrls.cend(); ++it)
            config->baseUrls.insert(it.key(), it.value());
        config->communityId = p.communityId;
        config->secureAuthHostname = p.baseUrl(ApiFamily::SecureAuth).host();
        config->timeoutMs = settings.requestTimeoutMs();
        config->maxPerHost = settings.perHostConcurrency();
        *profileId = p.id;
        return true;
    }
    QStringList names;
    for (const ConnectionProfile &p : profiles)
        names << p.name;
    *error =
        QCoreApplication::translate("ApiProfileResolver",
                                    "There is no saved connection profile named \"%1\" "
                                    "(saved profiles: %2).")
            .arg(name, names.isEmpty() ? QCoreApplication::translate("ApiProfileResolver", "none")
                                       : names.join(QStringLiteral(", ")));
    return false;
}

} // namespace ra
