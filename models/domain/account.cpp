#include "domain/account.h"

#include "domain/jsonreader.h"

#include <QJsonDocument>

namespace ra {

namespace {
// The `exp` claim (seconds since the epoch) of a JWT, or an invalid time.
QDateTime jwtExpiry(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const QByteArray payload = QByteArray::fromBase64(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    qint64 exp = 0;
    if (!JsonReader::toInteger(QJsonDocument::fromJson(payload).object().value(u"exp"), &exp) ||
        exp <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(exp, Qt::UTC);
}
} // namespace

Account Account::fromJson(const QJsonObject &object)
{
    JsonReader r(object);
    Account out;
    out.id = r.string({"_id", "id", "accountId"});
    out.email = r.string({"email"});
    out.username = r.string({"username"});
    out.verified = r.boolean({"verified", "isVerified"});
    out.token = r.string({"token", "accessToken"});
    out.verificationCode = r.string({"verificationCode", "code"});
    out.user = r.object({"user"});
    const QString expires = r.string({"expiresAt", "expireAt", "expires"});
    const qint64 expiresIn = r.integer({"expiresIn"});
    out.expiresAt = QDateTime::fromString(expires, Qt::ISODateWithMs);
    if (!out.expiresAt.isValid() && expiresIn > 0)
        out.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    if (!out.expiresAt.isValid())
        out.expiresAt = jwtExpiry(out.token);
    out.extra = r.extra();
    return out;
}

QJsonObject Account::toJson() const
{
    QJsonObject o = extra;
    o.insert(u"id", id);
    o.insert(u"email", email);
    o.insert(u"username", username);
    o.insert(u"verified", verified);
    o.insert(u"token", token);
    o.insert(u"verificationCode", verificationCode);
    o.insert(u"user", user);
    if (expiresAt.isValid())
        o.insert(u"expiresAt", expiresAt.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

} // namespace ra
