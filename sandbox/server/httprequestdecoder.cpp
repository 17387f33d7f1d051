#include "httprequestdecoder.h"

#include "multipartparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace ra::sandbox {

namespace {

bool looksLikeJson(const QByteArray &body)
{
    for (char c : body) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

} // namespace

bool HttpRequestDecoder::read(const HttpRequest &in, Request *out, QString *error)
{
    out->headers.reserve(in.headers.size());
    for (const auto &h : in.headers)
        out->headers.insert(h.first, h.second); // already lower-cased
    if (!in.query.isEmpty())
        out->query = QUrlQuery(QString::fromLatin1(in.query));
    out->body = in.body;
    return parseBody(out->headers.value(QByteArrayLiteral("content-type")), out, error);
}

bool HttpRequestDecoder::parseBody(const QByteArray &contentType, Request *out, QString *error)
{
    out->json = QJsonValue(QJsonValue::Undefined);
    if (out->body.isEmpty())
        return true;
    const QByteArray type = contentType.toLower();
    if (type.startsWith("multipart/")) {
        const QByteArray boundary = MultipartParser::boundaryOf(contentType);
        if (boundary.isEmpty()) {
            *error = QCoreApplication::translate(
                "ra::sandbox::HttpRequestDecoder",
                "multipart body: the Content-Type has no boundary parameter");
            return false;
        }
        return MultipartParser::parse(out->body, boundary, &out->parts, error);
    }
    if (type.startsWith("application/x-www-form-urlencoded")) {
        const QUrlQuery form(QString::fromUtf8(out->body));
        const auto items = form.queryItems(QUrl::FullyDecoded);
        for (const auto &item : items) {
            MultipartPart part;
            part.name = item.first.toUtf8();
            part.data = item.second.toUtf8();
            out->parts.append(std::move(part));
        }
        return true;
    }
    if (type.contains("json") || (type.isEmpty() && looksLikeJson(out->body))) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(out->body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *error = QCoreApplication::translate("ra::sandbox::HttpRequestDecoder",
                                                 "malformed JSON body: %1 at offset %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
            return false;
        }
        out->json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    return true;
}

QString HttpRequestDecoder::communityIdOf(const Request &request)
{
    for (const MultipartPart &part : request.parts) {
        if (part.name == "communityId")
            return QString::fromUtf8(part.data).trimmed();
    }
    if (request.json.isObject()) {
        const QJsonValue v = request.json.toObject().value(u"communityId");
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 17);
    }
    return request.query.queryItemValue(QStringLiteral("communityId"), QUrl::FullyDecoded);
}

} // namespace ra::sandbox
