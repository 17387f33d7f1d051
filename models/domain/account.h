#pragma once

#include <QJsonObject>
#include <QString>

namespace ra {

// A System API account (register, verify email, login). Login adds a session token and the user.
// Value type: decoded tolerantly by fromJson() (see JsonReader); fields the
// client does not know are kept in `extra` and written back by toJson().
struct Account
{
    QString id;
    QString email;
    QString username;
    bool verified = false;
    QString token;
    QString verificationCode;
    QJsonObject user;
    QJsonObject extra; // unknown fields, kept

    static Account fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace ra
