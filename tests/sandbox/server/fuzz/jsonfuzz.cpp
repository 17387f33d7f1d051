// Fuzz entry point of the sandbox's body decoding (HttpRequestDecoder::
// parseBody): the bytes as a JSON, urlencoded, untyped and multipart body,
// and the communityId lookup on the result. Built as a libFuzzer target with
// clang (see CMakeLists.txt) and replayed by tst_sandboxfuzz in every test run.
#include "server/httprequestdecoder.h"

#include <cstddef>
#include <cstdint>

namespace ra::sandbox::fuzz {

int jsonBody(const uint8_t *data, size_t size)
{
    if (size > 1 << 20)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QByteArray types[] = {QByteArrayLiteral("application/json"), QByteArray(),
                                       QByteArrayLiteral("application/x-www-form-urlencoded"),
                                       QByteArrayLiteral("multipart/form-data; boundary=XX"),
                                       QByteArrayLiteral("text/plain")};
    for (const QByteArray &type : types) {
        Request request;
        request.body = bytes;
        QString error;
        if (HttpRequestDecoder::parseBody(type, &request, &error))
            (void)HttpRequestDecoder::communityIdOf(request);
    }
    return 0;
}

} // namespace ra::sandbox::fuzz

#ifndef RA_FUZZ_NO_ENTRY
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return ra::sandbox::fuzz::jsonBody(data, size);
}
#endif
