#pragma once

#include <QString>
#include <QUrl>

namespace ra {

// Removes secrets from what the client logs or reports: user info in URLs
// and query items whose name suggests a credential (key, token, password,
// secret, authorization). Stateless; thread-safe.
class SecretRedactor
{
public:
    static QUrl redactUrl(const QUrl &url);
    static bool isSecretName(const QString &name);
};

} // namespace ra
