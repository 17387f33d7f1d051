#pragma once

#include <QDateTime>
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
    // When the login's token stops working: the reply's expiresAt, else now + expiresIn
    // seconds, else the `exp` claim of a JWT token; invalid when none says.
    QDateTime expiresAt;
    QJsonObject user;
    QJsonObject extra; // unknown fields, kept

    static Account fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace ra
