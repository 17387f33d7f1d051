#pragma once

#include "httprequest.h"
#include "sandboxapi.h"

#include <QString>

namespace ra::sandbox {

// Turns an HttpRequest (what HttpRequestParser read) into the data layer's Request: lower-cased
// headers, query, body, the parsed JSON body (for JSON content types, or an
// untyped body that starts like JSON) and the multipart/form-data or
// urlencoded parts. Stateless; safe on any thread.
class HttpRequestDecoder
{
public:
    // Fills everything but route, pathParams and key. Returns false and sets
    // `error` (naming the problem and its byte offset) on a malformed body.
    static bool read(const HttpRequest &in, Request *out, QString *error);
    // Parses the body by content type into `out` (json, parts).
    static bool parseBody(const QByteArray &contentType, Request *out, QString *error);
    // The communityId a no-auth request names: multipart/urlencoded field,
    // JSON body field or query item. Empty when none.
    static QString communityIdOf(const Request &request);
};

} // namespace ra::sandbox
