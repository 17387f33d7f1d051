#pragma once

#include "api/apierror.h"
#include "api/apiresponse.h"
#include "api/route.h"

#include <QByteArray>

namespace ra {

// Takes the family envelope off a reply body, tolerantly:
// System `{meta:{success,message,devMessage}, body}`, Integration
// `{status, message, data}`, Application/gateway `{meta:{status,statusCode},
// message, data}`, None (the body is the payload). Flags may arrive as
// strings ("true", "success"), keys may be missing, a bare array or object
// without envelope is taken as the payload. A non-2xx status gives an Http
// error with the server's message; a 2xx whose envelope reports failure a
// Server error; unreadable bytes a Decode error. Stateless; thread-safe.
class EnvelopeDecoder
{
public:
    static bool decode(Envelope envelope, int httpStatus, const QByteArray &contentType,
                       const QByteArray &body, ApiResponse *response, ApiError *error);
};

} // namespace ra
