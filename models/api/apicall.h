#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrlQuery>

namespace ra {

// One part of a multipart/form-data upload: inline bytes, or a file streamed
// from disk (filePath) so a large CSV is never loaded whole. Value type.
struct FormField
{
    QByteArray name;
    QString fileName;       // empty: a plain form value
    QByteArray contentType; // e.g. text/csv
    QByteArray data;        // inline content
    QString filePath;       // when set, streamed instead of `data`

    // A CSV file streamed from disk, as the form field `data`.
    static FormField csvFile(const QString &path, const QString &fileName)
    {
        FormField f;
        f.name = QByteArrayLiteral("data");
        f.fileName = fileName;
        f.contentType = QByteArrayLiteral("text/csv");
        f.filePath = path;
        return f;
    }
    // CSV bytes held in memory, as the form field `data`.
    static FormField csvData(const QByteArray &csv, const QString &fileName)
    {
        FormField f;
        f.name = QByteArrayLiteral("data");
        f.fileName = fileName;
        f.contentType = QByteArrayLiteral("text/csv");
        f.data = csv;
        return f;
    }
};

// What one API call asks for, before the client turns it into HTTP: the
// operation of the route table, its path parameters, query items, a JSON body
// (Undefined: none) or form fields (multipart). Value type.
struct ApiCall
{
    QString operationId;
    QHash<QString, QString> pathParams;
    QUrlQuery query;
    QJsonValue body = QJsonValue::Undefined;
    QList<FormField> form;
    QString methodOverride; // empty: the route's method
    // A 2xx answer comes back undecoded: ApiResponse::raw holds the body and `data` stays
    // undefined, so a caller with a large answer can take the envelope off (EnvelopeDecoder,
    // thread-safe) away from the GUI thread. Errors are decoded as usual.
    bool rawBody = false;

    static ApiCall make(const char *operationId, const QHash<QString, QString> &pathParams = {},
                        const QJsonValue &body = QJsonValue::Undefined, const QUrlQuery &query = {})
    {
        ApiCall c;
        c.operationId = QString::fromLatin1(operationId);
        c.pathParams = pathParams;
        c.body = body;
        c.query = query;
        return c;
    }
};

} // namespace ra
