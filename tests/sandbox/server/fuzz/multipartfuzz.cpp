// Fuzz entry point of the sandbox's multipart/form-data parser
// (MultipartParser): the first line of the input is a Content-Type value whose
// boundary parameter is read with boundaryOf(), the rest is the body. Every
// part found must lie within the body. Built as a libFuzzer target with clang
// (see CMakeLists.txt) and replayed by tst_sandboxfuzz in every test run.
#include "server/multipartparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace ra::sandbox::fuzz {

int multipart(const uint8_t *data, size_t size)
{
    if (size > 1 << 20)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = bytes.indexOf('\n');
    const QByteArray contentType = newline < 0 ? QByteArray() : bytes.left(newline);
    const QByteArray body = newline < 0 ? bytes : bytes.mid(newline + 1);
    for (const QByteArray &boundary :
         {MultipartParser::boundaryOf(contentType), QByteArrayLiteral("XX")}) {
        if (boundary.isEmpty())
            continue;
        QList<MultipartPart> parts;
        QString error;
        if (!MultipartParser::parse(body, boundary, &parts, &error))
            continue;
        qsizetype held = 0;
        for (const MultipartPart &part : parts) {
            held += part.data.size();
            (void)MultipartParser::headerParameter(part.contentType, "charset");
        }
        if (held > body.size())
            std::abort(); // parts cannot hold more bytes than the body
    }
    return 0;
}

} // namespace ra::sandbox::fuzz

#ifndef RA_FUZZ_NO_ENTRY
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return ra::sandbox::fuzz::multipart(data, size);
}
#endif
