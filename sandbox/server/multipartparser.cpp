#include "multipartparser.h"

#include <QCoreApplication>

namespace ra::sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ra::sandbox::MultipartParser", text);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

QByteArray trimmed(QByteArrayView v)
{
    qsizetype b = 0;
    qsizetype e = v.size();
    while (b < e && isSpace(v.at(b)))
        ++b;
    while (e > b && isSpace(v.at(e - 1)))
        --e;
    return v.sliced(b, e - b).toByteArray();
}

} // namespace

QByteArray MultipartParser::boundaryOf(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArray type =
        trimmed(QByteArrayView(contentType).first(semicolon < 0 ? contentType.size() : semicolon))
            .toLower();
    if (type != "multipart/form-data")
        return {};
    return headerParameter(contentType, QByteArrayLiteral("boundary"));
}

QByteArray MultipartParser::headerParameter(const QByteArray &headerValue, const QByteArray &param)
{
    // Walk `; name=value` pairs after the first token; values may be quoted.
    const qsizetype n = headerValue.size();
    qsizetype i = headerValue.indexOf(';');
    if (i < 0)
        return {};
    while (i < n) {
        ++i; // past ';'
        while (i < n && isSpace(headerValue.at(i)))
            ++i;
        const qsizetype nameStart = i;
        while (i < n && headerValue.at(i) != '=' && headerValue.at(i) != ';')
            ++i;
        const QByteArray name =
            trimmed(QByteArrayView(headerValue).sliced(nameStart, i - nameStart));
        QByteArray value;
        if (i < n && headerValue.at(i) == '=') {
            ++i;
            while (i < n && isSpace(headerValue.at(i)))
                ++i;
            if (i < n && headerValue.at(i) == '"') {
                ++i;
                while (i < n && headerValue.at(i) != '"') {
                    if (headerValue.at(i) == '\\' && i + 1 < n)
                        ++i;
                    value.append(headerValue.at(i));
                    ++i;
                }
                if (i < n)
                    ++i; // closing quote
                while (i < n && headerValue.at(i) != ';')
                    ++i;
            } else {
                const qsizetype valueStart = i;
                while (i < n && headerValue.at(i) != ';')
                    ++i;
                value = trimmed(QByteArrayView(headerValue).sliced(valueStart, i - valueStart));
            }
        }
        if (name.compare(param, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool MultipartParser::parse(const QByteArray &body, const QByteArray &boundary,
                            QList<MultipartPart> *parts, QString *error)
{
    parts->clear();
    if (boundary.isEmpty() || boundary.size() > 200) {
        *error = tr("multipart body: missing or invalid boundary");
        return false;
    }
    const QByteArray delimiter = "--" + boundary;
    const QByteArray innerDelimiter = "\r\n" + delimiter;

    // The first delimiter may be preceded by a preamble; it starts the body or
    // follows a CRLF.
    qsizetype pos = 0;
    if (!body.startsWith(delimiter)) {
        pos = body.indexOf(innerDelimiter);
        if (pos < 0) {
            *error = tr("multipart body: boundary not found at offset 0");
            return false;
        }
        pos += 2;
    }
    pos += delimiter.size();

    while (true) {
        // After a delimiter: "--" closes the body, otherwise optional
        // whitespace and CRLF start a part.
        if (body.mid(pos, 2) == "--")
            return true;
        while (pos < body.size() && isSpace(body.at(pos)))
            ++pos;
        if (body.mid(pos, 2) != "\r\n") {
            *error = tr("multipart body: expected CRLF after boundary at offset %1").arg(pos);
            return false;
        }
        pos += 2;

        MultipartPart part;
        // Headers, up to an empty line.
        while (true) {
            const qsizetype eol = body.indexOf("\r\n", pos);
            if (eol < 0) {
                *error = tr("multipart body: unterminated part header at offset %1").arg(pos);
                return false;
            }
            if (eol == pos) {
                pos += 2;
                break;
            }
            const QByteArrayView line = QByteArrayView(body).sliced(pos, eol - pos);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                *error = tr("multipart body: malformed part header at offset %1").arg(pos);
                return false;
            }
            const QByteArray name = trimmed(line.first(colon)).toLower();
            const QByteArray value = trimmed(line.sliced(colon + 1));
            if (name == "content-disposition") {
                part.name = headerParameter(value, QByteArrayLiteral("name"));
                part.fileName = headerParameter(value, QByteArrayLiteral("filename"));
            } else if (name == "content-type") {
                part.contentType = value;
            }
            pos = eol + 2;
        }

        const qsizetype end = body.indexOf(innerDelimiter, pos);
        if (end < 0) {
            *error = tr("multipart body: missing closing boundary after offset %1").arg(pos);
            return false;
        }
        part.data = body.mid(pos, end - pos);
        parts->append(std::move(part));
        pos = end + innerDelimiter.size();
    }
}

} // namespace ra::sandbox
