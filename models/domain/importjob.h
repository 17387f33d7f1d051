#pragma once

#include <QJsonObject>
#include <QString>

namespace ra {

// A bulk import or bulk update job as the API log reports it.
// Value type: decoded tolerantly by fromJson() (see JsonReader); fields the
// client does not know are kept in `extra` and written back by toJson().
struct ImportJob
{
    QString id;
    QString kind;
    QString state;
    QString communityId;
    QString fileName;
    qint64 total = 0;
    qint64 processed = 0;
    qint64 succeeded = 0;
    qint64 failed = 0;
    QString message;
    QString createdAt;
    QString updatedAt;
    QString finishedAt;
    QJsonObject extra; // unknown fields, kept

    static ImportJob fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace ra
