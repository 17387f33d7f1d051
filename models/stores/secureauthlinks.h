#pragma once

#include "api/apierror.h"
#include "domain/secureauthsession.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace ra {

class ApiClient;

// Asks Secure Auth for a one-time login URL for one member, named by id, username or e-mail
// (an address with '@' goes as `email`, anything else as `userId`, as public clients do).
// Borrows the client; GUI thread.
class SecureAuthLinks : public QObject
{
    Q_OBJECT

public:
    struct Link
    {
        QString loginUrl;
        QString sessionId;
        // When the URL stops working, where the reply says (expiresAt, or expiresIn seconds);
        // invalid when it does not (the API documents no lifetime).
        QDateTime expiresAt;
    };
    using Done = std::function<void(const Link &link, const QString &error)>;

    explicit SecureAuthLinks(ApiClient &client, QObject *parent = nullptr);

    // `done` runs once (unless `context` died): a link, or a reason for people. A reply that
    // says error, or has no URL, is a failure naming the member.
    void request(const QString &member, QObject *context, Done done);

    // True when `url` has the documented shape https://<host>/v2/app/loginApi/<key>/<n>?token=..
    static bool hasDocumentedShape(const QString &url);

private:
    ApiClient &m_client;
};

} // namespace ra
