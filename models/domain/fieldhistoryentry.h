#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace ra {

// One recorded value of a user field for a user (user-field histories): the
// value, the one before it and what changed it (`changedBy`, e.g. the
// operation) when the server says, and the member's username when given.
// Value type: decoded tolerantly by fromJson() (see JsonReader); fields the
// client does not know are kept in `extra` and written back by toJson().
struct FieldHistoryEntry
{
    QString id;
    QString communityId;
    QString fieldId;
    QString field;
    QString userId;
    QString username;
    QJsonValue value;
    QJsonValue previousValue;
    QString changedBy;
    QString createdAt;
    QString updatedAt;
    QJsonObject extra; // unknown fields, kept

    static FieldHistoryEntry fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace ra
