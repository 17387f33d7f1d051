#pragma once

#include "api/retrypolicy.h"
#include "api/route.h"

#include <QHash>
#include <QString>
#include <QUrl>

namespace ra {

// Which documented shape of Get User Gamification History a server speaks:
// the GET form (query identifier, identifier_type, days) or the 2026 POST form
// (JSON body identifier[], identifier_type, date dd/mm/yyyy, page, limit).
enum class GamificationHistoryShape { GetQuery, PostBody };

// Everything the API client needs from the active connection profile, as a
// plain struct so the client does not depend on the settings classes. The
// composition root fills it from the profile (and the keychain) and hands it
// to ApiClient::setConfig(). Value type.
struct ApiClientConfig
{
    QHash<ApiFamily, QUrl> baseUrls; // per family, e.g. https://integration.returning.ai
    QString systemKey;               // x-api-key (System) and Secure Auth apiKey
    QString integrationKey;          // Bearer for Integration and the gateway
    QString applicationKey;          // Bearer for Application (integrationKey when empty)
    QString sessionToken;            // Bearer of the User Api Key operations (from login)
    QString secureAuthHostname;      // `hostname` header of Secure Auth
    QString communityId;             // fills {communityId} and the Bulk Import form
    // Why the profile's keys could not be read (keychain unavailable, refused,
    // failed). When set, a request whose key is missing fails at once with this
    // text instead of going out unauthenticated to be answered with 401.
    QString keyProblem;
    int timeoutMs = 30000; // transfer timeout: no progress for this long
    int maxPerHost = 6;    // concurrent requests per host; more wait in a queue
    RetryPolicy retry;
    GamificationHistoryShape historyShape = GamificationHistoryShape::GetQuery;

    QUrl baseUrl(ApiFamily family) const { return baseUrls.value(family); }
    // Every family under one origin with the sandbox's prefixes
    // (/system/api/v1, /integration, /application, /gateway, /secure).
    static QHash<ApiFamily, QUrl> sandboxBaseUrls(const QUrl &origin);
    // True for localhost, 127.0.0.0/8 and ::1: plain HTTP is allowed there.
    static bool isLoopbackHost(const QString &host);
};

} // namespace ra
