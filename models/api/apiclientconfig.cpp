#include "api/apiclientconfig.h"

#include <QHostAddress>

namespace ra {

QHash<ApiFamily, QUrl> ApiClientConfig::sandboxBaseUrls(const QUrl &origin)
{
    auto at = [&](const QString &prefix) {
        QUrl u = origin;
        QString path = u.path();
        while (path.endsWith(u'/'))
            path.chop(1);
        u.setPath(path + prefix);
        return u;
    };
    return {{ApiFamily::System, at(QStringLiteral("/system/api/v1"))},
            {ApiFamily::Integration, at(QStringLiteral("/integration"))},
            {ApiFamily::Application, at(QStringLiteral("/application"))},
            {ApiFamily::Gateway, at(QStringLiteral("/gateway"))},
            {ApiFamily::SecureAuth, at(QStringLiteral("/secure"))}};
}

bool ApiClientConfig::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    return address.isLoopback();
}

} // namespace ra
