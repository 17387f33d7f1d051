#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

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
    // The older create body's definition: whether members must have a value, the value a member
    // without one gets, and the choices of a "select" field. Empty / false when the API omits them.
    bool required = false;
    QString defaultValue;
    QStringList options;
    QString communityId;
    QJsonObject creator;
    QString createdAt;
    QString updatedAt;
    QJsonObject extra; // unknown fields, kept

    static UserField fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace ra
