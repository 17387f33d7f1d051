#pragma once

#include <QString>
#include <QUrl>

namespace ra {

// What a request takes from the profile for its API family alone, the same
// for every request of that family: the client works it out once per
// profile and family (ApiClient) rather than on every request.
struct FamilyTarget
{
    static FamilyTarget of(const QUrl &base);

    QUrl base;
    bool valid = false;   // a base URL with a host
    QString basePath;     // without trailing '/'
    QString scheme;       // lower case
    QString hostKey;      // scheme://host:port, the unit of the concurrency limit
    bool allowed = false; // https://, or http:// to a loopback host
};

} // namespace ra
