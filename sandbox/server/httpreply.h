#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace ra::sandbox {

// One HTTP/1.1 response as bytes on the wire: status line, headers,
// Content-Length and body. The server writes these straight to the socket so
// it can also send deliberately broken replies (a body shorter than its
// Content-Length). Value type.
struct HttpReply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The head (status line and headers, ending in the blank line). The
    // Content-Length is always the full body size.
    QByteArray head(bool keepAlive) const;
    // Head plus the first `bodyBytes` bytes of the body (all when < 0).
    QByteArray serialize(bool keepAlive, qsizetype bodyBytes = -1) const;

    static QByteArray reasonPhrase(int status);
};

} // namespace ra::sandbox
