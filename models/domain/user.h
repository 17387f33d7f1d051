#pragma once

#include <QJsonObject>
#include <QString>

namespace ra {

// A community member as the Application API reports it (Get user, Get community users).
// Value type: decoded tolerantly by fromJson() (see JsonReader); fields the
// client does not know are kept in `extra` and written back by toJson().
struct User
{
    QString id;
    QString numericId;
    QString avatar;
    QString displayName;
    QString username;
    QString firstName;
    QString lastName;
    QString email;
    bool isOnline = false;
    QString lastLogin;
    QJsonObject extra; // unknown fields, kept

    static User fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace ra
