#include "api/familytarget.h"

#include "api/apiclientconfig.h"

namespace ra {

FamilyTarget FamilyTarget::of(const QUrl &base)
{
    FamilyTarget t;
    t.base = base;
    t.valid = base.isValid() && !base.host().isEmpty();
    if (!t.valid)
        return t;
    t.basePath = base.path();
    while (t.basePath.endsWith(u'/'))
        t.basePath.chop(1);
    t.scheme = base.scheme().toLower();
    t.hostKey = base.scheme() + QStringLiteral("://") + base.host() + u':' +
                QString::number(base.port(base.scheme() == u"https" ? 443 : 80));
    t.allowed = t.scheme == u"https" ||
                (t.scheme == u"http" && ApiClientConfig::isLoopbackHost(base.host()));
    return t;
}

} // namespace ra
