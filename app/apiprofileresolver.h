#pragma once

#include <QString>

namespace ra {

struct ApiClientConfig;

// `returning-admin api --profile NAME`: fills the client configuration from a
// saved connection profile (base URLs, community id, timeout, concurrency).
// Keys are not read here: the keychain answers asynchronously, so the caller
// reads them with readProfileKeys() using `profileId`. Returns false with
// `error` naming the profile when there is none of that name (or it is the
// built-in sandbox, whose endpoints exist only while the GUI runs it).
bool resolveApiProfile(const QString &name, ApiClientConfig *config, QString *profileId,
                       QString *error);
bool resolveApiProfile(const QString &name, ApiClientConfig *config, QString *error);

} // namespace ra
