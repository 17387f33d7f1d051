#include "api/apierror.h"

#include <QCoreApplication>

namespace ra {

namespace {

// Gives lupdate and translate() one context for this file's free functions.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ra::ApiError)
};

QString statusText(int status)
{
    switch (status) {
    case 400:
        return Text::tr("The server rejected the request as invalid.");
    case 401:
        return Text::tr("The API key is missing, invalid, expired or lacks the permission.");
    case 403:
        return Text::tr("The API key is valid but may not access this resource.");
    case 404:
        return Text::tr("The server does not know this resource.");
    case 409:
        return Text::tr("The change conflicts with the current state on the server.");
    case 429:
        return Text::tr("The server is rate-limiting requests. Try again later.");
    case 500:
        return Text::tr("The server had an unexpected error.");
    case 502:
    case 503:
    case 504:
        return Text::tr("The server is temporarily unavailable.");
    default:
        return Text::tr("The server answered with HTTP status %1.").arg(status);
    }
}

} // namespace

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Decode:
        return QStringLiteral("decode");
    case Kind::Insecure:
        return QStringLiteral("insecure");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Request:
        return QStringLiteral("request");
    }
    return {};
}

ApiError ApiError::make(Kind kind, const QString &detail)
{
    ApiError e;
    e.kind = kind;
    e.detail = detail;
    return e;
}

QString ApiError::userText() const
{
    return errorText(*this);
}

QJsonObject ApiError::toJson() const
{
    QJsonObject o;
    o.insert(u"kind", kindName(kind));
    if (httpStatus)
        o.insert(u"httpStatus", httpStatus);
    if (!serverMessage.isEmpty())
        o.insert(u"message", serverMessage);
    o.insert(u"operation", operationId);
    if (!method.isEmpty())
        o.insert(u"method", method);
    if (!url.isEmpty())
        o.insert(u"url", url.toString());
    if (!detail.isEmpty())
        o.insert(u"detail", detail);
    if (attempts)
        o.insert(u"attempts", attempts);
    o.insert(u"text", userText());
    return o;
}

QString errorText(const ApiError &error)
{
    const QString host = error.url.host();
    QString text;
    switch (error.kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::Network:
        text = Text::tr("Could not reach %1. Check the network connection and the base URL.")
                   .arg(host);
        break;
    case ApiError::Kind::Timeout:
        text = Text::tr("%1 did not answer in time.").arg(host);
        break;
    case ApiError::Kind::Tls:
        text = Text::tr("The secure connection to %1 could not be verified.").arg(host);
        break;
    case ApiError::Kind::Http:
        text = statusText(error.httpStatus);
        break;
    case ApiError::Kind::Server:
        text = Text::tr("The server reported a failure.");
        break;
    case ApiError::Kind::Decode:
        text = Text::tr("The reply to %1 could not be read.").arg(error.operationId);
        break;
    case ApiError::Kind::Insecure:
        text = Text::tr("Refused to send to %1: a non-local host must use HTTPS.").arg(host);
        break;
    case ApiError::Kind::Cancelled:
        text = Text::tr("The request was cancelled.");
        break;
    case ApiError::Kind::Request:
        text =
            Text::tr("The request for %1 is incomplete: %2").arg(error.operationId, error.detail);
        break;
    }
    if (!error.serverMessage.isEmpty())
        text += u' ' + Text::tr("Server message: %1").arg(error.serverMessage);
    return text;
}

} // namespace ra
