#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace ra {

// One recorded value of a user field for a user (user-field histories).
// Value type: decoded tolerantly by fromJson() (see JsonReader); fields the
// client does not know are kept in `extra` and written back by toJson().
struct FieldHistoryEntry
{
    QString id;
    QString communityId;
    QString fieldId;
    QString field;
    QString userId;
    QJsonValue value;
    QJsonValue previousValue;
    QString createdAt;
    QString updatedAt;
    QJsonObject extra; // unknown fields, kept

    static FieldHistoryEntry fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace ra
