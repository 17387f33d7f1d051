#pragma once

#include "sandboxapi.h"

#include <QByteArray>

namespace ra::sandbox {

// Wraps a data-layer Response in a family's envelope and serializes it:
// Integration `{status, message, data}`, System `{meta:{success, message,
// devMessage}, body}`, Application/gateway `{meta:{status, statusCode},
// message, data}`, None: the data object itself (or `{error, message}` for an
// error without data). Response::extra keys are merged at the top level.
// Stateless; safe on any thread.
class EnvelopeWriter
{
public:
    static QJsonObject wrap(Envelope envelope, const Response &response);
    static QByteArray serialize(Envelope envelope, const Response &response);
    // A ready error body, e.g. for 401/404 produced by the server itself.
    static QByteArray error(Envelope envelope, int status, const QString &message);
};

} // namespace ra::sandbox
