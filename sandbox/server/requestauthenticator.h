#pragma once

#include "sandboxapi.h"

#include <optional>

namespace ra::sandbox {

// Applies a route's AuthScheme to a request. ApiKey: header `x-api-key` with
// a System key; Bearer: `Authorization: Bearer <token>` with a non-System key
// holding the route's permission; None (Bulk Import): no key, but a named
// communityId must exist (required for non-GET routes); SecureAuthHeaders:
// headers `apiKey` + `hostname` with a known key; Session: `Authorization:
// Bearer` with a live login session token or a member's own user API key. On success sets
// Request::key and returns nullopt; otherwise the error Response (400, 401,
// 403 or 404). Stateless; call on the backend's thread.
class RequestAuthenticator
{
public:
    static std::optional<Response> authenticate(const Route &route, Request *request,
                                                const Backend &backend);
};

} // namespace ra::sandbox
