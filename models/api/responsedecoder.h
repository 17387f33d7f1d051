#pragma once

#include "api/apiresponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ra {

// Turns an envelope-free payload into the domain types: one object, or a
// list (a bare array, or the first array inside an object such as
// `{users:[...], total}`). Tolerant of shape details (an object wrapped in a
// one-element array is accepted) but refuses a payload of the wrong kind with
// a reason, which the reply reports as a Decode error naming the operation.
// normalized() applies the typed decoder of any operation and returns the
// decoded value as JSON (for `returning-admin api` and the fuzz target).
// Stateless; thread-safe.
class ResponseDecoder
{
public:
    template<typename T> static bool object(const ApiResponse &r, T *out, QString *why)
    {
        QJsonObject o;
        if (!payloadObject(r.data, &o, why))
            return false;
        *out = T::fromJson(o);
        return true;
    }

    template<typename T> static bool list(const ApiResponse &r, QList<T> *out, QString *why)
    {
        QJsonArray items;
        if (!payloadArray(r.data, &items, why))
            return false;
        out->clear();
        out->reserve(items.size());
        for (const QJsonValue &item : std::as_const(items)) {
            if (!item.isObject()) {
                *why = QStringLiteral("expected a list of objects, found %1").arg(typeName(item));
                return false;
            }
            out->append(T::fromJson(item.toObject()));
        }
        return true;
    }

    // A page type with fromJson(QJsonValue) that reads an object or a bare
    // array (FieldHistoryPage); refuses any other payload.
    template<typename T> static bool page(const ApiResponse &r, T *out, QString *why)
    {
        if (!r.data.isObject() && !r.data.isArray()) {
            *why = QStringLiteral("expected an object, found %1").arg(typeName(r.data));
            return false;
        }
        *out = T::fromJson(r.data);
        return true;
    }

    // Any payload is fine (acknowledgements: delete, send message, ...).
    static bool ack(const ApiResponse &r, ApiResponse *out, QString *why);
    // Raw bytes (the CSV template); refuses an empty body.
    static bool bytes(const ApiResponse &r, QByteArray *out, QString *why);

    static bool payloadObject(const QJsonValue &data, QJsonObject *out, QString *why);
    static bool payloadArray(const QJsonValue &data, QJsonArray *out, QString *why);
    static QString typeName(const QJsonValue &value);

    // The typed decoding of `operationId` as JSON; false with `why` when the
    // payload does not fit. Unknown operations pass the payload through.
    static bool normalized(const QString &operationId, const ApiResponse &r, QJsonValue *out,
                           QString *why);
    // Operations with a typed decoder, and the C++ type each one yields.
    static QStringList operations();
    static QString resultType(const QString &operationId);
};

} // namespace ra
