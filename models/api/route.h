#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace ra {

// The API families of Returning.AI. Each has its own base URL, auth header and
// response envelope; their paths overlap, so each is addressed separately.
enum class ApiFamily { System, Integration, Application, Gateway, SecureAuth };

// QHash key support for the family enum, found by ADL. It lives next to the
// enum so that every translation unit hashing an ApiFamily sees it: with it
// declared elsewhere, a unit without that header hashed through Qt's generic
// enum overload, and QHash's inline lookups disagreed across units.
inline size_t qHash(ApiFamily family, size_t seed = 0) noexcept
{
    return ::qHash(int(family), seed);
}

// How a route authenticates: System `x-api-key`, Integration/Application
// `Authorization: Bearer`, no key (Bulk Import), the Secure Auth headers
// `apiKey` + `hostname`, or Session: `Authorization: Bearer` with the session
// token of a logged-in account (System / Auth login), as the User Api Key
// operations want.
enum class AuthScheme { ApiKey, Bearer, None, SecureAuthHeaders, Session };

// The response envelope a family wraps its payload in:
// System `{meta:{success,message,devMessage}, body}`,
// Integration `{status, message, data}`,
// Application / gateway `{meta:{status,statusCode}, message, data}`,
// None: the payload is the body (Secure Auth).
enum class Envelope { System, Integration, Application, None };

// Where the route's path comes from.
enum class DocStatus { Documented, Inferred, ProjectDefined };

// One operation of the route table (resources/api/routes.json). Value type.
struct Route
{
    QString operationId; // e.g. "getUserData"
    QString name;        // the documentation's name, e.g. "Get User Data"
    QString group;       // e.g. "Integration / Users"
    ApiFamily family = ApiFamily::Integration;
    QString method; // "GET", "POST", "PUT", "DELETE"
    QString path;   // relative to the family base URL, with {param} segments
    AuthScheme auth = AuthScheme::Bearer;
    Envelope envelope = Envelope::Integration;
    QString permission; // key permission needed, empty when none
    DocStatus status = DocStatus::Documented;
    bool idempotent = false;    // safe to retry
    QStringList pathParameters; // names of the {param} segments, in order

    // Matches a request path (already stripped of the family prefix) against
    // this route's template; fills `params` with the {param} values.
    bool matchPath(const QString &requestPath, QHash<QString, QString> *params) const;
    // Fills the {param} segments; values are percent-encoded.
    QString expandPath(const QHash<QString, QString> &params) const;
};

QString toString(ApiFamily family);
QString toString(DocStatus status);
bool apiFamilyFromString(const QString &text, ApiFamily *family);

} // namespace ra
