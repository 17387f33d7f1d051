#pragma once

#include "api/route.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>

namespace ra {
class RouteTable;
}

namespace ra::sandbox {

// The route table pre-indexed for the request path: per family and method a
// hash of literal paths and a short list of templated routes, so a lookup is
// one hash probe in the common case. Matches exactly like RouteTable::match
// (literal routes win; among templates the one with fewer parameters).
// Also maps the family path prefixes of the sandbox (/system/api/v1,
// /integration, /application, /gateway, /secure). Borrows the table, which
// must outlive it. Immutable after construction; safe to share.
class RouteIndex
{
public:
    explicit RouteIndex(const RouteTable &table);

    const Route *match(ApiFamily family, QStringView method, const QString &path,
                       QHash<QString, QString> *params) const;
    bool pathExists(ApiFamily family, const QString &path) const;

    // The path prefix of a family, e.g. "/system/api/v1".
    static QString prefix(ApiFamily family);
    // Splits a request path into the family and the rest ("/users/info").
    // False when no family prefix matches.
    static bool splitPrefix(const QString &path, ApiFamily *family, QString *rest);
    // The envelope errors of a family use when no route matched.
    static Envelope familyEnvelope(ApiFamily family);

private:
    static constexpr int methodCount = 5;
    static constexpr int familyCount = 5;
    static int methodIndex(QStringView method);
    struct Bucket
    {
        QHash<QString, const Route *> literal;
        QList<const Route *> templated;
    };
    static QString normalized(const QString &path);
    void add(const Route &route, int method);
    std::array<Bucket, methodCount * familyCount> m_buckets;
    QList<const Route *> m_all;
};

} // namespace ra::sandbox
