#include "api/requestrecord.h"

namespace ra {

QJsonObject RequestRecord::toJson() const
{
    QJsonObject o;
    o.insert(u"time", time.toString(Qt::ISODateWithMs));
    o.insert(u"operation", operationId);
    o.insert(u"method", method);
    o.insert(u"url", url);
    o.insert(u"status", status);
    o.insert(u"durationMs", durationMs);
    o.insert(u"bytesUp", bytesUp);
    o.insert(u"bytesDown", bytesDown);
    o.insert(u"retries", retries);
    if (failed()) {
        o.insert(u"errorKind", errorKind);
        o.insert(u"error", error);
    }
    return o;
}

} // namespace ra
