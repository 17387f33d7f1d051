#include "routeindex.h"

#include "api/routetable.h"

namespace ra::sandbox {

namespace {

struct Prefix
{
    ApiFamily family;
    const char16_t *text;
};

constexpr Prefix prefixes[] = {
    {ApiFamily::System, u"/system/api/v1"},    {ApiFamily::Integration, u"/integration"},
    {ApiFamily::Application, u"/application"}, {ApiFamily::Gateway, u"/gateway"},
    {ApiFamily::SecureAuth, u"/secure"},
};

// Operations the API serves under a second method on the same path: the 2026 docs turned Get
// User Gamification History from GET with a query into POST with a JSON body.
struct AlsoServed
{
    const char16_t *operationId;
    const char16_t *method;
};

constexpr AlsoServed alsoServed[] = {{u"getGamificationHistory", u"POST"}};

} // namespace

RouteIndex::RouteIndex(const RouteTable &table)
{
    for (const Route &r : table.routes()) {
        m_all.append(&r);
        add(r, methodIndex(r.method));
        for (const AlsoServed &also : alsoServed) {
            if (r.operationId == QStringView(also.operationId))
                add(r, methodIndex(QStringView(also.method)));
        }
    }
}

void RouteIndex::add(const Route &r, int method)
{
    if (method < 0)
        return;
    Bucket &bucket = m_buckets[size_t(int(r.family) * methodCount + method)];
    if (r.pathParameters.isEmpty())
        bucket.literal.insert(r.path, &r);
    else
        bucket.templated.append(&r);
}

int RouteIndex::methodIndex(QStringView method)
{
    if (method == u"GET")
        return 0;
    if (method == u"POST")
        return 1;
    if (method == u"PUT")
        return 2;
    if (method == u"DELETE")
        return 3;
    if (method == u"PATCH")
        return 4;
    return -1;
}

QString RouteIndex::normalized(const QString &path)
{
    // Route::matchPath tolerates one trailing slash; so does the hash probe.
    if (path.size() > 1 && path.endsWith(u'/'))
        return path.chopped(1);
    return path;
}

const Route *RouteIndex::match(ApiFamily family, QStringView method, const QString &path,
                               QHash<QString, QString> *params) const
{
    const int m = methodIndex(method);
    const int f = int(family);
    if (m < 0 || f < 0 || f >= familyCount)
        return nullptr;
    const Bucket &bucket = m_buckets[size_t(f * methodCount + m)];
    const auto it = bucket.literal.constFind(normalized(path));
    if (it != bucket.literal.constEnd()) {
        if (params)
            params->clear();
        return *it;
    }
    const Route *best = nullptr;
    QHash<QString, QString> bestParams;
    for (const Route *r : bucket.templated) {
        if (best && r->pathParameters.size() >= best->pathParameters.size())
            continue;
        QHash<QString, QString> found;
        if (r->matchPath(path, &found)) {
            best = r;
            bestParams = std::move(found);
        }
    }
    if (best && params)
        *params = std::move(bestParams);
    return best;
}

bool RouteIndex::pathExists(ApiFamily family, const QString &path) const
{
    for (const Route *r : m_all) {
        if (r->family == family && r->matchPath(path, nullptr))
            return true;
    }
    return false;
}

QString RouteIndex::prefix(ApiFamily family)
{
    for (const Prefix &p : prefixes) {
        if (p.family == family)
            return QString::fromUtf16(p.text);
    }
    return {};
}

bool RouteIndex::splitPrefix(const QString &path, ApiFamily *family, QString *rest)
{
    for (const Prefix &p : prefixes) {
        const QStringView text(p.text);
        if (!path.startsWith(text))
            continue;
        if (path.size() > text.size() && path.at(text.size()) != u'/')
            continue;
        *family = p.family;
        *rest = path.mid(text.size());
        if (rest->isEmpty())
            *rest = QStringLiteral("/");
        return true;
    }
    return false;
}

Envelope RouteIndex::familyEnvelope(ApiFamily family)
{
    switch (family) {
    case ApiFamily::System:
        return Envelope::System;
    case ApiFamily::Integration:
        return Envelope::Integration;
    case ApiFamily::Application:
    case ApiFamily::Gateway:
        return Envelope::Application;
    case ApiFamily::SecureAuth:
        return Envelope::None;
    }
    return Envelope::Integration;
}

} // namespace ra::sandbox
