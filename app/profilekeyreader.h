#pragma once

#include <QString>

#include <functional>

class QObject;

namespace ra {

struct ApiClientConfig;
class SecretStore;

// Reads a saved connection profile's keys (System, Integration, Application)
// from `secrets` into `config`, one after the other, for the headless
// subcommands that take --profile. A key the profile has none of stays
// empty; a keychain that cannot be read at all ends with an error naming the
// profile and the way around it (--key-file, --key - or an RA_*_KEY variable). `done` runs once,
// unless `context` is destroyed first; `config` must outlive that. Keys are
// never logged.
void readProfileKeys(SecretStore &secrets, const QString &profileId, const QString &profileName,
                     ApiClientConfig *config, QObject *context,
                     std::function<void(const QString &error)> done);

} // namespace ra
