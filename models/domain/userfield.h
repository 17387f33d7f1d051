#pragma once

#include <QJsonObject>
#include <QString>

namespace ra {

// A custom user field of a community (Application API).
// Value type: decoded tolerantly by fromJson() (see JsonReader); fields the
// client does not know are kept in `extra` and written back by toJson().
struct UserField
{
    QString id;
    QString field;
    QString name;
    QString type;
    QString description;
    QString communityId;
    QJsonObject creator;
    QString createdAt;
    QString updatedAt;
    QJsonObject extra; // unknown fields, kept

    static UserField fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace ra
