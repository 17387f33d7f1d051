#include "stores/secureauthlinks.h"

#include "api/apiclient.h"
#include "domain/jsonreader.h"

#include <QPointer>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace ra {

SecureAuthLinks::SecureAuthLinks(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void SecureAuthLinks::request(const QString &member, QObject *context, Done done)
{
    const QString who = member.trimmed();
    if (who.isEmpty()) {
        done({}, tr("Enter the member's id, username or e-mail address"));
        return;
    }
    const bool email = who.contains(QLatin1Char('@'));
    QPointer<QObject> guard(context);
    m_client
        .secureAuth(email ? QString() : who, email ? who : QString(), QStringLiteral("0"),
                    QStringLiteral("login"))
        ->then(
            this,
            [guard, done, who](const SecureAuthSession &session) {
                if (!guard)
                    return;
                if (session.error || session.loginUrl.isEmpty()) {
                    done({}, session.message.isEmpty()
                                 ? tr("Secure Auth gave no login URL for %1").arg(who)
                                 : tr("Secure Auth refused %1: %2").arg(who, session.message));
                    return;
                }
                Link link;
                link.loginUrl = session.loginUrl;
                link.sessionId = session.sessionId;
                JsonReader extra(session.extra);
                link.expiresAt = QDateTime::fromString(extra.string({"expiresAt", "expireAt"}),
                                                       Qt::ISODateWithMs);
                const qint64 seconds = extra.integer({"expiresIn"});
                if (!link.expiresAt.isValid() && seconds > 0)
                    link.expiresAt = QDateTime::currentDateTimeUtc().addSecs(seconds);
                done(link, {});
            },
            [guard, done, who](const ApiError &error) {
                if (guard)
                    done({}, tr("No login URL for %1: %2").arg(who, error.userText()));
            });
}

bool SecureAuthLinks::hasDocumentedShape(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    static const QRegularExpression path(QStringLiteral("^/v2/app/loginApi/[^/]+/\\d+$"));
    return u.isValid() && u.scheme() == u"https" && !u.host().isEmpty() &&
           path.match(u.path()).hasMatch() &&
           !QUrlQuery(u).queryItemValue(QStringLiteral("token")).isEmpty();
}

} // namespace ra
