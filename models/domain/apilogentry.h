#pragma once

#include <QJsonObject>
#include <QString>

namespace ra {

// One row outcome of a bulk job in the API log.
// Value type: decoded tolerantly by fromJson() (see JsonReader); fields the
// client does not know are kept in `extra` and written back by toJson().
struct ApiLogEntry
{
    QString id;
    QString jobId;
    qint64 row = 0;
    QString status;
    QString message;
    QString email;
    QString username;
    qint64 seq = 0;
    QString createdAt;
    QJsonObject extra; // unknown fields, kept

    static ApiLogEntry fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace ra
