#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ra {

// One request as the request log records it: when, which operation, method,
// URL without secrets, HTTP status, duration, bytes up/down, retries and the
// error (empty on success). Never holds keys, passwords, Authorization
// headers or bodies. Value type.
struct RequestRecord
{
    QDateTime time; // UTC, when the call was started
    QString operationId;
    QString method;
    QString url; // redacted
    int status = 0;
    qint64 durationMs = 0;
    qint64 bytesUp = 0;
    qint64 bytesDown = 0;
    int retries = 0;
    QString errorKind; // ApiError::kindName, empty on success
    QString error;     // technical detail, empty on success

    bool failed() const { return !errorKind.isEmpty(); }
    QJsonObject toJson() const;
};

} // namespace ra
