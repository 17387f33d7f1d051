#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace ra {

// A successful reply with its envelope taken off: the payload (`data` or
// `body`), the message, and any other top-level keys (e.g. paging fields).
// Non-JSON replies (the CSV template) keep their bytes in `raw`. Value type.
struct ApiResponse
{
    int httpStatus = 0;
    QJsonValue data;
    QString message;
    QJsonObject extra;
    QByteArray raw;
    QByteArray contentType;

    // {status, message, data, extra...}: what `returning-admin api` prints.
    QJsonObject toJson() const
    {
        QJsonObject o = extra;
        o.insert(u"httpStatus", httpStatus);
        if (!message.isEmpty())
            o.insert(u"message", message);
        if (!raw.isEmpty() && data.isUndefined())
            o.insert(u"data", QString::fromUtf8(raw));
        else
            o.insert(u"data", data.isUndefined() ? QJsonValue() : data);
        return o;
    }
};

} // namespace ra
