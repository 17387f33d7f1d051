#pragma once

#include <QJsonObject>
#include <QString>

namespace ra {

// The Secure Auth hand-off: a login URL and a session id.
// Value type: decoded tolerantly by fromJson() (see JsonReader); fields the
// client does not know are kept in `extra` and written back by toJson().
struct SecureAuthSession
{
    bool error = false;
    QString loginUrl;
    QString sessionId;
    QString message;
    QJsonObject extra; // unknown fields, kept

    static SecureAuthSession fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace ra
