#include "envelopewriter.h"

#include <QJsonDocument>

namespace ra::sandbox {

namespace {

bool hasData(const QJsonValue &v)
{
    return !v.isNull() && !v.isUndefined();
}

} // namespace

QJsonObject EnvelopeWriter::wrap(Envelope envelope, const Response &response)
{
    const bool success = response.status < 400;
    QJsonObject o;
    switch (envelope) {
    case Envelope::Integration:
        o.insert(u"status", success ? QStringLiteral("success") : QStringLiteral("error"));
        if (!response.message.isEmpty() || !success)
            o.insert(u"message", response.message);
        if (hasData(response.data))
            o.insert(u"data", response.data);
        break;
    case Envelope::System: {
        QJsonObject meta;
        meta.insert(u"success", success);
        meta.insert(u"message", response.message);
        meta.insert(u"devMessage", response.message);
        o.insert(u"meta", meta);
        o.insert(u"body", hasData(response.data) ? response.data : QJsonValue());
        break;
    }
    case Envelope::Application: {
        QJsonObject meta;
        meta.insert(u"status", success ? QStringLiteral("success") : QStringLiteral("error"));
        meta.insert(u"statusCode", response.status);
        o.insert(u"meta", meta);
        o.insert(u"message", response.message);
        if (hasData(response.data))
            o.insert(u"data", response.data);
        break;
    }
    case Envelope::None:
        if (response.data.isObject()) {
            o = response.data.toObject();
        } else if (!success) {
            o.insert(u"error", true);
            o.insert(u"message", response.message);
        } else if (hasData(response.data)) {
            o.insert(u"data", response.data);
        }
        break;
    }
    for (auto it = response.extra.constBegin(); it != response.extra.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QByteArray EnvelopeWriter::serialize(Envelope envelope, const Response &response)
{
    return QJsonDocument(wrap(envelope, response)).toJson(QJsonDocument::Compact);
}

QByteArray EnvelopeWriter::error(Envelope envelope, int status, const QString &message)
{
    return serialize(envelope, Response::error(status, message));
}

} // namespace ra::sandbox
