#pragma once

#include "sandboxapi.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ra::sandbox {

// Parses a multipart/form-data body (RFC 7578) into parts: finds the boundary
// in the Content-Type (quoted or not), splits on CRLF-delimited boundary
// lines, reads each part's headers (Content-Disposition name / filename with
// quoted values, Content-Type) and keeps the part's bytes as they are.
// Pure and stateless: no I/O, no Qt event loop; safe on any thread.
class MultipartParser
{
public:
    // The boundary parameter of a Content-Type header value, or an empty array
    // when the type is not multipart/form-data or has no boundary.
    static QByteArray boundaryOf(const QByteArray &contentType);

    // The value of `param` in a header value like `form-data; name="a"`.
    // Handles quoted strings with backslash escapes; parameter names are
    // case-insensitive. Empty when absent.
    static QByteArray headerParameter(const QByteArray &headerValue, const QByteArray &param);

    // Parses `body` delimited by `boundary`. Returns false and sets `error`
    // (naming the problem and byte offset) when the body is malformed.
    static bool parse(const QByteArray &body, const QByteArray &boundary,
                      QList<MultipartPart> *parts, QString *error);
};

} // namespace ra::sandbox
