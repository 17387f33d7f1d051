#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace ra::sandbox {

// One HTTP/1.1 request as the sandbox's own parser (HttpRequestParser) read
// it off the wire: method, the raw request target split into path and query,
// the headers in arrival order with lower-cased names, and the body. Nothing
// is decoded; HttpRequestDecoder turns it into the data layer's Request.
// Value type.
struct HttpRequest
{
    QByteArray method;    // as sent, e.g. "GET" (case-sensitive per RFC 9110)
    QByteArray target;    // the raw origin-form target, e.g. "/a/b?x=1"
    QByteArray path;      // target before '?'
    QByteArray query;     // target after '?', without it; empty when none
    int minorVersion = 1; // HTTP/1.<minorVersion>
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, values trimmed
    QByteArray body;
    bool keepAlive = true; // the client allows another request on this connection

    // The first value of the header `lowerName`, or an empty array.
    QByteArray header(const QByteArray &lowerName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerName)
                return h.second;
        }
        return {};
    }
};

// The limits the parser and the connections enforce. Value type.
struct HttpLimits
{
    qsizetype maxHeaderBytes = 32 * 1024; // request line and header block together
    int maxHeaderCount = 100;
    qint64 maxBodyBytes = 64 * 1024 * 1024;
    int idleTimeoutMs = 60000;   // between requests on a keep-alive connection
    int headerTimeoutMs = 10000; // from a request's first byte to the end of its headers
    int bodyTimeoutMs = 60000;   // from the end of the headers to the end of the body
    int maxPipelined = 16;       // requests read ahead of their replies
};

} // namespace ra::sandbox
