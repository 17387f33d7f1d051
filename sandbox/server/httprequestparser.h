#pragma once

#include "httprequest.h"

#include <QByteArray>
#include <QString>

namespace ra::sandbox {

// An incremental, strict HTTP/1.1 request parser (RFC 9112): bytes go in with
// feed(), complete requests or one error come out of next(). Pure: no
// sockets, no event loop, no Qt objects; this is what the framing fuzz
// target drives.
//
// What it refuses, with the status the connection answers before it closes:
// - 400: an invalid request line (method not a token, target not origin-form
//   or holding bytes outside 0x21-0x7E, version not HTTP/1.0 or 1.1), a bare
//   LF or CR as line end, header folding, a header name that is not a token
//   or a value with control bytes, a duplicate or non-numeric
//   Content-Length, Content-Length together with Transfer-Encoding, and an
//   HTTP/1.1 request without exactly one Host.
// - 414: a request line longer than the header limit.
// - 431: a header block over maxHeaderBytes or with over maxHeaderCount
//   fields.
// - 413: a Content-Length over maxBodyBytes, known from the headers alone,
//   before any of the body is read.
// - 501: any Transfer-Encoding: request bodies must carry a Content-Length.
// Memory stays bounded: at most maxHeaderBytes of a head and
// Content-Length bytes of a body are held, plus what was fed after them.
class HttpRequestParser
{
public:
    enum class Status { NeedMore, Ready, Failed };

    explicit HttpRequestParser(const HttpLimits &limits = {});

    void setLimits(const HttpLimits &limits) { m_limits = limits; }
    const HttpLimits &limits() const { return m_limits; }

    // Appends bytes from the wire.
    void feed(QByteArrayView bytes);
    // Parses what was fed. Ready: `out` holds the next request, which is
    // removed from the buffer (call again for a pipelined one). Failed: see
    // errorStatus()/errorMessage(); the parser stays failed.
    Status next(HttpRequest *out);

    // True when no byte of a next request has arrived.
    bool isIdle() const { return m_state == State::Head && m_buffer.size() == m_pos; }
    // True once a head is parsed and its body is still arriving.
    bool readingBody() const { return m_state == State::Body; }
    // True once, for a head that asked for "Expect: 100-continue" and whose
    // body has not started: the connection answers "100 Continue" and clears it.
    bool takeContinueRequest();
    bool failed() const { return m_state == State::Failed; }
    int errorStatus() const { return m_errorStatus; }
    QString errorMessage() const { return m_errorMessage; }
    // What is known of the request at fault (method and path once the request
    // line was read), so the reply can use the route family's envelope.
    const HttpRequest &partial() const { return m_request; }
    // Bytes held: the unparsed buffer and the body so far.
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos + m_request.body.size(); }

    // A printable, elided prefix of untrusted bytes for error messages.
    static QString quote(QByteArrayView bytes, qsizetype maxChars = 60);

private:
    enum class State { Head, Body, Failed };

    Status fail(int status, const QString &message);
    Status parseHead();
    bool parseRequestLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line);
    Status finishHead();
    Status takeBody(HttpRequest *out);
    void compact();

    HttpLimits m_limits;
    State m_state = State::Head;
    QByteArray m_buffer;
    qsizetype m_pos = 0;       // start of unconsumed bytes in m_buffer
    qsizetype m_scan = 0;      // where the search for the next '\n' resumes
    qsizetype m_headStart = 0; // where the current head began
    bool m_haveRequestLine = false;
    bool m_continue = false;
    qint64 m_contentLength = 0;
    HttpRequest m_request;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace ra::sandbox
