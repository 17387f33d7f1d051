#include "requestauthenticator.h"

#include "httprequestdecoder.h"

#include <QCoreApplication>

namespace ra::sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ra::sandbox::RequestAuthenticator", text);
}

QString bearerToken(const QByteArray &authorization)
{
    const QByteArray value = authorization.trimmed();
    if (value.size() < 7 || qstrnicmp(value.constData(), "bearer ", 7) != 0)
        return {};
    return QString::fromUtf8(value.mid(7).trimmed());
}

std::optional<Response> checkCommunity(const Request &request, const ApiKeyInfo &key)
{
    // A community key only reaches its own community (the docs' 403: "key
    // is valid but cannot access this community").
    const auto it = request.pathParams.constFind(QStringLiteral("communityId"));
    if (it != request.pathParams.constEnd() && !key.communityId.isEmpty() &&
        *it != key.communityId) {
        return Response::error(403, tr("this API key cannot access community %1").arg(*it));
    }
    return std::nullopt;
}

} // namespace

std::optional<Response> RequestAuthenticator::authenticate(const Route &route, Request *request,
                                                           const Backend &backend)
{
    switch (route.auth) {
    case AuthScheme::None: {
        const QString communityId = HttpRequestDecoder::communityIdOf(*request);
        if (communityId.isEmpty()) {
            if (route.method == u"GET")
                return std::nullopt;
            return Response::error(400, tr("communityId is required"));
        }
        if (!backend.communityExists(communityId))
            return Response::error(404, tr("communityId %1 does not exist").arg(communityId));
        return std::nullopt;
    }
    case AuthScheme::ApiKey: {
        const QByteArray header = request->headers.value(QByteArrayLiteral("x-api-key"));
        if (header.isEmpty())
            return Response::error(401, tr("missing x-api-key header"));
        auto key = backend.lookupKey(QString::fromUtf8(header.trimmed()));
        if (!key || !key->system)
            return Response::error(401, tr("invalid API key"));
        request->key = std::move(key);
        return std::nullopt;
    }
    case AuthScheme::Bearer: {
        const QString token =
            bearerToken(request->headers.value(QByteArrayLiteral("authorization")));
        if (token.isEmpty())
            return Response::error(401, tr("missing Authorization: Bearer token"));
        auto key = backend.lookupKey(token);
        if (!key || key->system)
            return Response::error(401, tr("invalid or expired token"));
        if (!route.permission.isEmpty() && !key->permissions.contains(route.permission))
            return Response::error(
                403, tr("this API key lacks the permission %1").arg(route.permission));
        if (auto denied = checkCommunity(*request, *key))
            return denied;
        request->key = std::move(key);
        return std::nullopt;
    }
    case AuthScheme::Session: {
        const QString token =
            bearerToken(request->headers.value(QByteArrayLiteral("authorization")));
        if (token.isEmpty())
            return Response::error(401, tr("missing Authorization: Bearer session token"));
        // A login session, or a member's own user API key ("Bearer <user/session token>").
        auto key = backend.lookupSession(token);
        if (!key) {
            auto userKey = backend.lookupKey(token);
            if (userKey && !userKey->system && !userKey->userId.isEmpty())
                key = std::move(userKey);
        }
        if (!key)
            return Response::error(401, tr("invalid or expired session token: log in again"));
        if (auto denied = checkCommunity(*request, *key))
            return denied;
        request->key = std::move(key);
        return std::nullopt;
    }
    case AuthScheme::SecureAuthHeaders: {
        const QByteArray apiKey = request->headers.value(QByteArrayLiteral("apikey"));
        const QByteArray hostname = request->headers.value(QByteArrayLiteral("hostname"));
        if (apiKey.isEmpty() || hostname.isEmpty())
            return Response::error(401, tr("missing apiKey or hostname header"));
        auto key = backend.lookupKey(QString::fromUtf8(apiKey.trimmed()));
        if (!key)
            return Response::error(401, tr("invalid API key"));
        request->key = std::move(key);
        return std::nullopt;
    }
    }
    return Response::error(401, tr("unsupported authentication scheme"));
}

} // namespace ra::sandbox
