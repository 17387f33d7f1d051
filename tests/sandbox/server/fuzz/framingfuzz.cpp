// Fuzz entry point of the sandbox's HTTP/1.1 request parser (HttpRequestParser)
// and of HttpRequestDecoder::read on what it accepts. The bytes are parsed
// twice, fed at once and fed in small chunks whose sizes come from the first
// byte; both must yield the same requests and the same error, and the parser
// must never hold more than its head and body limits between feeds. A
// difference or a broken limit aborts, so libFuzzer reports it like a crash.
// Built as a libFuzzer target with clang (see CMakeLists.txt) and replayed by
// tst_sandboxfuzz in every test run.
#include "server/httprequestdecoder.h"
#include "server/httprequestparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace ra::sandbox::fuzz {

namespace {

struct Outcome
{
    QList<HttpRequest> requests;
    int errorStatus = 0;
    QString errorMessage;
};

HttpLimits smallLimits()
{
    HttpLimits limits;
    limits.maxHeaderBytes = 1024;
    limits.maxHeaderCount = 12;
    limits.maxBodyBytes = 2048;
    return limits;
}

Outcome parse(QByteArrayView bytes, qsizetype chunk)
{
    const HttpLimits limits = smallLimits();
    HttpRequestParser parser(limits);
    Outcome out;
    for (qsizetype at = 0; at < bytes.size() && !parser.failed(); at += chunk) {
        parser.feed(bytes.sliced(at, qMin(chunk, bytes.size() - at)));
        for (;;) {
            HttpRequest request;
            const HttpRequestParser::Status status = parser.next(&request);
            if (status == HttpRequestParser::Status::Ready) {
                if (request.body.size() > limits.maxBodyBytes)
                    std::abort();
                out.requests.append(request);
                continue;
            }
            if (status == HttpRequestParser::Status::Failed) {
                out.errorStatus = parser.errorStatus();
                out.errorMessage = parser.errorMessage();
            } else if (parser.bufferedBytes() > limits.maxHeaderBytes + limits.maxBodyBytes) {
                std::abort(); // more held than the limits allow
            }
            (void)parser.takeContinueRequest();
            break;
        }
    }
    return out;
}

bool same(const HttpRequest &a, const HttpRequest &b)
{
    return a.method == b.method && a.target == b.target && a.path == b.path && a.query == b.query &&
           a.minorVersion == b.minorVersion && a.headers == b.headers && a.body == b.body &&
           a.keepAlive == b.keepAlive;
}

} // namespace

int framing(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 1 << 16)
        return 0;
    const qsizetype chunk = 1 + data[0] % 16;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const Outcome whole = parse(bytes, bytes.size() + 1);
    const Outcome pieces = parse(bytes, chunk);
    if (whole.requests.size() != pieces.requests.size() ||
        whole.errorStatus != pieces.errorStatus || whole.errorMessage != pieces.errorMessage)
        std::abort();
    for (qsizetype i = 0; i < whole.requests.size(); ++i) {
        if (!same(whole.requests.at(i), pieces.requests.at(i)))
            std::abort();
        Request decoded;
        QString error;
        (void)HttpRequestDecoder::read(whole.requests.at(i), &decoded, &error);
        (void)HttpRequestDecoder::communityIdOf(decoded);
    }
    (void)HttpRequestParser::quote(bytes);
    return 0;
}

} // namespace ra::sandbox::fuzz

#ifndef RA_FUZZ_NO_ENTRY
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return ra::sandbox::fuzz::framing(data, size);
}
#endif
