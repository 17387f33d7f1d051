#include "api/envelopedecoder.h"

#include "domain/jsonreader.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace ra {

namespace {

bool isSuccessWord(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    const QString s = JsonReader::toText(v).trimmed().toLower();
    return s == u"success" || s == u"ok" || s == u"true" || s == u"1";
}

// A short, printable prefix of a non-JSON error body (an HTML error page or a
// proxy's plain text), so the user sees what came back.
QString bodySnippet(const QByteArray &body)
{
    QString s = QString::fromUtf8(body.left(200)).simplified();
    return s;
}

bool isJsonType(const QByteArray &contentType)
{
    const QByteArray ct = contentType.toLower();
    return ct.isEmpty() || ct.contains("json");
}

// Fills message/data/extra from an envelope object; returns the envelope's
// verdict (true = success) and whether an envelope was recognised.
struct Verdict
{
    bool recognised = false;
    bool success = true;
};

Verdict unwrap(Envelope envelope, const QJsonObject &o, ApiResponse *r)
{
    Verdict v;
    JsonReader reader(o);
    switch (envelope) {
    case Envelope::System: {
        if (!reader.has({"meta"}) && !reader.has({"body"}))
            break;
        v.recognised = true;
        JsonReader meta(reader.object({"meta"}));
        v.success = meta.has({"success"}) ? meta.boolean({"success"}) : true;
        r->message = meta.string({"message"}, meta.string({"devMessage"}));
        r->data = reader.value({"body", "data"});
        break;
    }
    case Envelope::Integration: {
        if (!reader.has({"status"}) && !reader.has({"data"}))
            break;
        v.recognised = true;
        v.success = reader.has({"status"}) ? isSuccessWord(reader.value({"status"})) : true;
        r->message = reader.string({"message", "error"});
        r->data = reader.value({"data"});
        break;
    }
    case Envelope::Application: {
        if (!reader.has({"meta"}) && !reader.has({"data"}))
            break;
        v.recognised = true;
        JsonReader meta(reader.object({"meta"}));
        if (meta.has({"status"}))
            v.success = isSuccessWord(meta.value({"status"}));
        else if (meta.has({"success"}))
            v.success = meta.boolean({"success"});
        r->message = reader.string({"message"}, meta.string({"message"}));
        r->data = reader.value({"data"});
        break;
    }
    case Envelope::None: {
        // Secure Auth: {error, loginUrl, sessionId}; `error: true` is a failure.
        v.recognised = true;
        if (reader.has({"error"}) && reader.value({"error"}).isBool())
            v.success = !reader.value({"error"}).toBool();
        r->message = reader.string({"message"});
        r->data = o;
        return v;
    }
    }
    if (v.recognised)
        r->extra = reader.extra();
    if (r->data.isUndefined())
        r->data = QJsonValue(); // an envelope without payload (send message)
    return v;
}

} // namespace

bool EnvelopeDecoder::decode(Envelope envelope, int httpStatus, const QByteArray &contentType,
                             const QByteArray &body, ApiResponse *response, ApiError *error)
{
    ApiResponse r;
    r.httpStatus = httpStatus;
    r.contentType = contentType;
    const bool ok2xx = httpStatus >= 200 && httpStatus < 300;

    auto fail = [&](ApiError::Kind kind, const QString &message, const QString &detail) {
        error->kind = kind;
        error->httpStatus = httpStatus;
        error->serverMessage = message;
        error->detail = detail;
        return false;
    };

    if (ok2xx && !isJsonType(contentType)) {
        r.raw = body; // e.g. text/csv
        r.data = QJsonValue::Undefined;
        *response = r;
        return true;
    }
    if (body.trimmed().isEmpty()) {
        if (!ok2xx)
            return fail(ApiError::Kind::Http, {}, {});
        r.data = QJsonValue();
        *response = r;
        return true;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (!ok2xx)
            return fail(ApiError::Kind::Http, bodySnippet(body), {});
        return fail(ApiError::Kind::Decode, {},
                    QStringLiteral("invalid JSON (%1 at offset %2 of %3 bytes)")
                        .arg(parseError.errorString())
                        .arg(parseError.offset)
                        .arg(body.size()));
    }
    if (doc.isArray()) {
        r.data = doc.array();
        if (!ok2xx)
            return fail(ApiError::Kind::Http, {}, {});
        *response = r;
        return true;
    }
    const Verdict v = unwrap(envelope, doc.object(), &r);
    if (!v.recognised)
        r.data = doc.object();
    if (!ok2xx) {
        // Error bodies are undocumented: take a message wherever one is.
        QString message = r.message;
        if (message.isEmpty()) {
            JsonReader any(doc.object());
            message = any.string({"message", "error", "detail"});
        }
        return fail(ApiError::Kind::Http, message, {});
    }
    if (!v.success)
        return fail(ApiError::Kind::Server, r.message, {});
    *response = r;
    return true;
}

} // namespace ra
