#pragma once

// The seam between the sandbox's HTTP layer (sandbox/server: routing, auth,
// envelopes, fault injection) and its data layer (sandbox/data: SQLite store,
// demo seed, route handlers, bulk jobs). The server parses and authenticates a
// request, checks the key's permission against the route table, and hands the
// data layer a Request; the data layer returns a Response that the server
// wraps in the route's family envelope.

#include "api/route.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace ra::sandbox {

// A key as the data layer knows it. System keys are the `x-api-key` of a
// community (full access to System routes); integration keys are Bearer
// tokens with a permission list (e.g. "getUserData", "getUserStats",
// "userFields", "createUser", "deleteRestoreUser", "getMessages",
// "sendMessages", "applicationMember").
struct ApiKeyInfo
{
    QString key;
    QString communityId;
    QString userId; // owner, for user API keys; empty for community keys
    bool system = false;
    QStringList permissions;
};

// One part of a multipart/form-data body.
struct MultipartPart
{
    QByteArray name;
    QByteArray fileName;
    QByteArray contentType;
    QByteArray data;
};

struct Request
{
    const Route *route = nullptr;
    QHash<QString, QString> pathParams;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QJsonValue json; // the parsed JSON body; Undefined when the body is not JSON
    QList<MultipartPart> parts;
    std::optional<ApiKeyInfo> key; // the authenticated caller; empty for auth "none"
    // The server's own origin as this connection reached it ("http://<local
    // address>:<port>"), for the absolute URLs a reply holds. Never taken from
    // the request's Host header. Empty outside HTTP (tests calling handlers).
    QString origin;
};

struct Response
{
    int status = 200;
    QString message;
    QJsonValue data;   // goes into the envelope's data / body
    QJsonObject extra; // more top-level envelope keys (e.g. pagination)
    // raw responses bypass the envelope (e.g. the CSV template download)
    bool raw = false;
    QByteArray rawBody;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;

    static Response ok(const QJsonValue &data, const QString &message = {})
    {
        Response r;
        r.data = data;
        r.message = message;
        return r;
    }
    static Response error(int status, const QString &message)
    {
        Response r;
        r.status = status;
        r.message = message;
        return r;
    }
};

// What the demo community exposes to scripts and tests.
struct DemoInfo
{
    QString communityId;
    QString systemKey;        // x-api-key for System routes
    QString integrationKey;   // Bearer with every permission
    QString noPermissionKey;  // valid Bearer without permissions (403 paths)
    QString secureAuthDomain; // hostname header value for Secure Auth
};

// Implemented by the data layer. Called on the server's thread.
class Backend
{
public:
    virtual ~Backend() = default;
    // The key a caller presented, or nullopt when no such key exists.
    virtual std::optional<ApiKeyInfo> lookupKey(const QString &key) const = 0;
    // The caller of a login session token (System / Auth login), or nullopt
    // when no such session exists or it has expired. A session acts for its
    // community, like a community key without permissions.
    virtual std::optional<ApiKeyInfo> lookupSession(const QString &token) const = 0;
    virtual bool communityExists(const QString &communityId) const = 0;
    // Handles an authenticated, permission-checked request.
    virtual Response handle(const Request &request) = 0;
    // The bytes of an image stored by "Upload Image" (a raw Response with its content type), for
    // the public GET /uploads/{id}/{name} URL the upload returns; 404 when there is none.
    virtual Response uploadedImage(const QString &id)
    {
        Q_UNUSED(id)
        return Response::error(404, QStringLiteral("no such upload"));
    }
};

} // namespace ra::sandbox
