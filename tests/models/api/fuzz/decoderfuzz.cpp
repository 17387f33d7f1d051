// Fuzz entry point for every decoder of the API client: random bytes as a
// reply body through each family envelope and each operation's typed decoder,
// as a payload straight into each typed decoder, and as a Retry-After header.
// Built as a libFuzzer target with clang (see CMakeLists.txt and run_fuzz.sh)
// and, without libFuzzer, by tst_decoderfuzz, which replays the corpus and
// every regression fixture in the normal test run.
#include "api/envelopedecoder.h"
#include "api/responsedecoder.h"
#include "api/retrypolicy.h"
#include "domain/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace {

void decodeAll(const QByteArray &bytes)
{
    static const QStringList operations = ra::ResponseDecoder::operations();
    static const ra::Envelope envelopes[] = {ra::Envelope::System, ra::Envelope::Integration,
                                             ra::Envelope::Application, ra::Envelope::None};
    static const int statuses[] = {200, 404};
    for (ra::Envelope envelope : envelopes) {
        for (int status : statuses) {
            ra::ApiResponse response;
            ra::ApiError error;
            if (!ra::EnvelopeDecoder::decode(envelope, status,
                                             QByteArrayLiteral("application/json"), bytes,
                                             &response, &error)) {
                (void)error.toJson();
                continue;
            }
            for (const QString &op : operations) {
                QJsonValue out;
                QString why;
                ra::ResponseDecoder::normalized(op, response, &out, &why);
            }
        }
    }
    // The bytes as a bare payload (no envelope), for decoders the envelope
    // would otherwise shield.
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isNull()) {
        ra::ApiResponse response;
        response.data = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        response.extra = doc.object();
        for (const QString &op : operations) {
            QJsonValue out;
            QString why;
            ra::ResponseDecoder::normalized(op, response, &out, &why);
        }
        ra::JsonReader reader(doc.object());
        (void)reader.stringList({"roles"});
        (void)reader.integer({"xp"});
        (void)reader.extra();
    }
    (void)ra::RetryPolicy::parseRetryAfterMs(bytes.left(64), QDateTime::currentDateTimeUtc());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 20)
        return 0;
    decodeAll(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
