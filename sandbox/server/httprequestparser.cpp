#include "httprequestparser.h"

#include <QCoreApplication>

#include <cctype>

namespace ra::sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ra::sandbox::HttpRequestParser", text);
}

// RFC 9110 tchar: the bytes of a method or a header name.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return false;
    for (char c : bytes) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// A header value byte: HTAB, SP, visible ASCII or obs-text; no other control bytes.
bool isValueByte(char c)
{
    const auto u = uchar(c);
    return u == '\t' || (u >= 0x20 && u != 0x7f);
}

QByteArrayView trimmedOws(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

bool hasToken(QByteArrayView list, QByteArrayView token)
{
    qsizetype start = 0;
    while (start <= list.size()) {
        qsizetype end = list.indexOf(',', start);
        if (end < 0)
            end = list.size();
        if (trimmedOws(list.sliced(start, end - start)).compare(token, Qt::CaseInsensitive) == 0)
            return true;
        start = end + 1;
    }
    return false;
}

} // namespace

HttpRequestParser::HttpRequestParser(const HttpLimits &limits)
    : m_limits(limits)
{
}

QString HttpRequestParser::quote(QByteArrayView bytes, qsizetype maxChars)
{
    QString out;
    const qsizetype shown = qMin(bytes.size(), maxChars);
    out.reserve(shown + 24);
    out += u'"';
    for (qsizetype i = 0; i < shown; ++i) {
        const auto u = uchar(bytes.at(i));
        out += (u >= 0x20 && u < 0x7f) ? QChar(char16_t(u)) : QChar(u'?');
    }
    if (shown < bytes.size())
        out += QStringLiteral("\u2026\" (%1 bytes)").arg(bytes.size());
    else
        out += u'"';
    return out;
}

void HttpRequestParser::feed(QByteArrayView bytes)
{
    if (m_state == State::Failed || bytes.isEmpty())
        return;
    if (m_state == State::Body && m_pos == m_buffer.size()) {
        // The common case of a large body: straight into it, no second copy.
        const qint64 need = m_contentLength - m_request.body.size();
        const qsizetype take = qsizetype(qMin<qint64>(need, bytes.size()));
        m_request.body.append(bytes.first(take));
        bytes = bytes.sliced(take);
    }
    m_buffer.append(bytes);
}

bool HttpRequestParser::takeContinueRequest()
{
    const bool ask = m_continue && m_state == State::Body && m_request.body.isEmpty() &&
                     m_pos == m_buffer.size();
    m_continue = false;
    return ask;
}

HttpRequestParser::Status HttpRequestParser::fail(int status, const QString &message)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorMessage = message;
    m_buffer = QByteArray();
    m_pos = m_scan = m_headStart = 0;
    m_request.body = QByteArray();
    return Status::Failed;
}

HttpRequestParser::Status HttpRequestParser::next(HttpRequest *out)
{
    if (m_state == State::Failed)
        return Status::Failed;
    if (m_state == State::Head) {
        const Status head = parseHead();
        if (head != Status::Ready)
            return head;
    }
    return takeBody(out);
}

HttpRequestParser::Status HttpRequestParser::parseHead()
{
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', m_scan);
        const qsizetype headBytes = (nl < 0 ? m_buffer.size() : nl + 1) - m_headStart;
        if (headBytes > m_limits.maxHeaderBytes) {
            if (!m_haveRequestLine) {
                return fail(414, tr("the request line is longer than %1 bytes (it starts %2)")
                                     .arg(m_limits.maxHeaderBytes)
                                     .arg(quote(QByteArrayView(m_buffer).sliced(m_pos))));
            }
            return fail(
                431,
                tr("the request headers are larger than %1 bytes").arg(m_limits.maxHeaderBytes));
        }
        if (nl < 0) {
            m_scan = m_buffer.size();
            return Status::NeedMore;
        }
        const QByteArrayView raw = QByteArrayView(m_buffer).sliced(m_pos, nl - m_pos);
        if (raw.isEmpty() || raw.back() != '\r')
            return fail(400, tr("a line of the request head ends in a bare LF; HTTP needs CRLF"));
        const QByteArrayView line = raw.first(raw.size() - 1);
        m_pos = m_scan = nl + 1;
        if (!m_haveRequestLine) {
            // RFC 9112 2.2: empty lines before the request line are ignored.
            if (!line.isEmpty() && !parseRequestLine(line))
                return Status::Failed;
        } else if (line.isEmpty()) {
            return finishHead();
        } else if (!parseHeaderLine(line)) {
            return Status::Failed;
        }
    }
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0) {
        fail(400, tr("invalid request line %1: expected METHOD TARGET HTTP/1.1").arg(quote(line)));
        return false;
    }
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (!isToken(method)) {
        fail(400, tr("invalid method %1").arg(quote(method)));
        return false;
    }
    bool targetOk = !target.isEmpty() && (target.front() == '/' || target == "*");
    for (char c : target)
        targetOk = targetOk && uchar(c) > 0x20 && uchar(c) < 0x7f;
    if (!targetOk) {
        fail(400, tr("invalid request target %1: it must be a path starting with / "
                     "in printable ASCII")
                      .arg(quote(target)));
        return false;
    }
    if (version == "HTTP/1.1" || version == "HTTP/1.0") {
        m_request.minorVersion = version.back() - '0';
    } else {
        const bool wellFormed = version.size() == 8 && version.startsWith("HTTP/") &&
                                version.at(6) == '.' && std::isdigit(uchar(version.at(5))) &&
                                std::isdigit(uchar(version.at(7)));
        fail(wellFormed ? 505 : 400,
             tr("unsupported protocol version %1; use HTTP/1.1").arg(quote(version)));
        return false;
    }
    m_request.method = method.toByteArray();
    m_request.target = target.toByteArray();
    const qsizetype question = target.indexOf('?');
    m_request.path = question < 0 ? m_request.target : target.first(question).toByteArray();
    m_request.query = question < 0 ? QByteArray() : target.sliced(question + 1).toByteArray();
    m_haveRequestLine = true;
    return true;
}

bool HttpRequestParser::parseHeaderLine(QByteArrayView line)
{
    if (line.front() == ' ' || line.front() == '\t') {
        fail(400, tr("folded header lines (starting with white space) are not accepted"));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView name = colon < 0 ? line : line.first(colon);
    if (colon < 0 || !isToken(name)) {
        fail(400, tr("invalid header name %1").arg(quote(name)));
        return false;
    }
    const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
    for (char c : value) {
        if (!isValueByte(c)) {
            fail(400, tr("the value of header %1 holds a control byte").arg(quote(name)));
            return false;
        }
    }
    if (m_request.headers.size() >= m_limits.maxHeaderCount) {
        fail(431, tr("the request has more than %1 header fields").arg(m_limits.maxHeaderCount));
        return false;
    }
    const QByteArray lowerName = name.toByteArray().toLower();
    if (lowerName == "content-length") {
        if (!m_request.header(lowerName).isNull()) {
            fail(400, tr("the request has more than one Content-Length"));
            return false;
        }
        bool digits = !value.isEmpty() && value.size() <= 18;
        for (char c : value)
            digits = digits && c >= '0' && c <= '9';
        if (!digits) {
            fail(400, tr("invalid Content-Length %1").arg(quote(value)));
            return false;
        }
        m_contentLength = value.toLongLong();
    } else if (lowerName == "host" && !m_request.header(lowerName).isNull()) {
        fail(400, tr("the request has more than one Host header"));
        return false;
    } else if (lowerName == "expect" && value.compare("100-continue", Qt::CaseInsensitive) == 0) {
        m_continue = true;
    }
    // A present header always has a non-null value, even when empty.
    m_request.headers.append({lowerName, value.isEmpty() ? QByteArray("") : value.toByteArray()});
    return true;
}

HttpRequestParser::Status HttpRequestParser::finishHead()
{
    const bool hasLength = !m_request.header(QByteArrayLiteral("content-length")).isNull();
    if (!m_request.header(QByteArrayLiteral("transfer-encoding")).isNull()) {
        if (hasLength)
            return fail(400, tr("the request has both Content-Length and Transfer-Encoding"));
        return fail(501, tr("Transfer-Encoding is not supported; send the body with a "
                            "Content-Length"));
    }
    if (m_request.minorVersion == 1 && m_request.header(QByteArrayLiteral("host")).isNull())
        return fail(400, tr("an HTTP/1.1 request needs a Host header"));
    if (m_contentLength > m_limits.maxBodyBytes) {
        return fail(413, tr("request body of %1 bytes exceeds the limit of %2 bytes")
                             .arg(m_contentLength)
                             .arg(m_limits.maxBodyBytes));
    }
    const QByteArray connection = m_request.header(QByteArrayLiteral("connection"));
    m_request.keepAlive = m_request.minorVersion == 1 ? !hasToken(connection, "close")
                                                      : hasToken(connection, "keep-alive");
    m_state = State::Body;
    return Status::Ready;
}

HttpRequestParser::Status HttpRequestParser::takeBody(HttpRequest *out)
{
    const qint64 need = m_contentLength - m_request.body.size();
    const qsizetype available = m_buffer.size() - m_pos;
    const qsizetype take = qsizetype(qMin<qint64>(need, available));
    if (take > 0) {
        if (m_request.body.isEmpty() && m_pos == 0 && take == m_buffer.size()) {
            m_request.body = std::move(m_buffer);
            m_buffer = QByteArray();
            m_pos = 0;
        } else {
            m_request.body.append(QByteArrayView(m_buffer).sliced(m_pos, take));
            m_pos += take;
        }
        m_scan = m_pos;
    }
    if (m_request.body.size() < m_contentLength) {
        compact();
        return Status::NeedMore;
    }
    *out = std::move(m_request);
    m_request = HttpRequest();
    m_state = State::Head;
    m_haveRequestLine = false;
    m_continue = false;
    m_contentLength = 0;
    compact();
    return Status::Ready;
}

void HttpRequestParser::compact()
{
    if (m_pos == 0)
        return;
    if (m_pos == m_buffer.size())
        m_buffer.clear();
    else
        m_buffer.remove(0, m_pos);
    m_scan -= m_pos;
    m_pos = 0;
    m_headStart = 0;
}

} // namespace ra::sandbox
