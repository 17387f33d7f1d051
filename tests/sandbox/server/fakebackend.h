#pragma once

#include "sandboxapi.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ra::sandbox::test {

// A Backend for the HTTP-layer tests: three keys of community "c1" and a
// handler that echoes what the server decoded, so the tests can check routing,
// path parameters, query, JSON and multipart decoding without the data layer.
class FakeBackend : public Backend
{
public:
    std::optional<ApiKeyInfo> lookupKey(const QString &key) const override
    {
        ApiKeyInfo info;
        info.key = key;
        info.communityId = QStringLiteral("c1");
        if (key == u"sys-key") {
            info.system = true;
        } else if (key == u"int-key") {
            info.permissions = {
                QStringLiteral("getUserData"),       QStringLiteral("getUserStats"),
                QStringLiteral("userFields"),        QStringLiteral("createUser"),
                QStringLiteral("getMessages"),       QStringLiteral("sendMessages"),
                QStringLiteral("deleteRestoreUser"), QStringLiteral("applicationMember")};
        } else if (key == u"other-community-key") {
            info.communityId = QStringLiteral("c2");
            info.permissions = {QStringLiteral("userFields")};
        } else if (key != u"noperm-key") {
            return std::nullopt;
        }
        return info;
    }

    std::optional<ApiKeyInfo> lookupSession(const QString &token) const override
    {
        if (token != u"session-token")
            return std::nullopt;
        ApiKeyInfo info;
        info.key = token;
        info.communityId = QStringLiteral("c1");
        return info;
    }

    bool communityExists(const QString &communityId) const override { return communityId == u"c1"; }

    Response handle(const Request &request) override
    {
        ++handled;
        QJsonObject echo;
        echo.insert(u"operationId", request.route->operationId);
        QJsonObject params;
        for (auto it = request.pathParams.constBegin(); it != request.pathParams.constEnd(); ++it)
            params.insert(it.key(), it.value());
        echo.insert(u"pathParams", params);
        echo.insert(u"query", request.query.toString(QUrl::FullyDecoded));
        if (!request.json.isUndefined())
            echo.insert(u"json", request.json);
        QJsonArray parts;
        for (const MultipartPart &p : request.parts) {
            parts.append(QJsonObject{{QStringLiteral("name"), QString::fromUtf8(p.name)},
                                     {QStringLiteral("fileName"), QString::fromUtf8(p.fileName)},
                                     {QStringLiteral("size"), int(p.data.size())}});
        }
        echo.insert(u"parts", parts);
        echo.insert(u"key", request.key ? request.key->key : QString());
        Response r = Response::ok(echo, QStringLiteral("echo"));
        if (request.route->operationId == u"getUsersWithFilters")
            r.extra.insert(u"total_pages", 3);
        if (request.route->operationId == u"getBulkImportTemplate") {
            r.raw = true;
            r.rawBody = QByteArrayLiteral("email,firstName\n");
            r.contentType = QByteArrayLiteral("text/csv");
        }
        return r;
    }

    int handled = 0;
};

} // namespace ra::sandbox::test
