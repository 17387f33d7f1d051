#pragma once

#include "api/route.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

namespace ra {

// One set of connection details: where each API family lives, which community
// to address and whether it is production. Value type; secrets (API keys) are
// never part of it: they live in a SecretStore keyed by the profile id.
// Any thread (no shared state).
class ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    enum class Environment { Production, Staging, LocalSandbox, Custom };

    // A validation finding for one field. `field` is "name", "communityId" or
    // urlField(family); `message` is translated text naming the field.
    struct Issue
    {
        QString field;
        QString message;
    };

    QString id; // QUuid string without braces
    QString name;
    QMap<ApiFamily, QUrl> baseUrls;
    QString communityId;
    bool production = false;
    bool builtIn = false; // the "Local sandbox" profile

    QUrl baseUrl(ApiFamily family) const { return baseUrls.value(family); }
    void setBaseUrl(ApiFamily family, const QUrl &url);

    Environment environmentKind() const;
    QString environment() const; // translated: Production / Staging / Local sandbox / Custom
    static QString environmentText(Environment environment);

    // Checks this profile against the others of the list (profiles with the
    // same id are ignored). Empty when valid.
    QList<Issue> validate(const QList<ConnectionProfile> &others) const;

    static QList<ApiFamily> families();           // in display order
    static QString familyLabel(ApiFamily family); // translated field label
    static QString urlField(ApiFamily family);    // "url.<Family>"
    static QString newId();
    static bool isLoopbackHost(const QString &host);
    // Checks one base URL; empty when acceptable (an empty URL is acceptable).
    static QString checkUrl(ApiFamily family, const QUrl &url);

    // The id of the built-in profile; stable so the last-active setting survives.
    static QString localSandboxId();
    static ConnectionProfile localSandbox();

    friend bool operator==(const ConnectionProfile &a, const ConnectionProfile &b);
    friend bool operator!=(const ConnectionProfile &a, const ConnectionProfile &b)
    {
        return !(a == b);
    }
};

} // namespace ra
