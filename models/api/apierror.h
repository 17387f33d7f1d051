#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace ra {

// Why an API call failed. One value type for every failure of the API
// client: the kind, the HTTP status (0 when none was received), the server's
// own message, the operation and the URL (secrets removed), and a technical
// detail for logs. userText() (one function, errorText()) turns it into
// translated text for people. Value type.
struct ApiError
{
    enum class Kind {
        None,      // no error
        Network,   // connection refused/reset, host not found, ...
        Timeout,   // no progress within the transfer timeout
        Tls,       // certificate or handshake failure (never ignored)
        Http,      // an HTTP error status (4xx/5xx)
        Server,    // a 2xx reply whose envelope reports a failure
        Decode,    // the reply could not be read (bad JSON, wrong shape, truncated)
        Insecure,  // refused before sending: http:// to a non-loopback host, bad redirect
        Cancelled, // aborted by the caller, a closed window or a profile switch
        Request,   // the call itself is invalid (unknown operation, missing parameter, no base URL)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString serverMessage;
    QString operationId;
    QString method;
    QUrl url; // redacted: no credentials, no secret query items
    QString detail;
    int attempts = 0;
    // The server's Retry-After in ms (a 429 or 503 that said how long to wait);
    // -1 when it did not say.
    int retryAfterMs = -1;

    bool isError() const { return kind != Kind::None; }
    // Translated, user-facing text; same as errorText(*this).
    QString userText() const;
    // {kind, httpStatus, message, operation, method, url, detail, attempts}.
    QJsonObject toJson() const;

    static QString kindName(Kind kind);
    static ApiError make(Kind kind, const QString &detail = {});
};

// The one function that maps an ApiError to translated text for the user.
QString errorText(const ApiError &error);

} // namespace ra
