#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QIODevice;

namespace ra {

struct ApiClientConfig;
class SecretStore;

// `returning-admin api`: runs any operation of the route table headlessly and
// prints the decoded reply as JSON on stdout (exit 0), or the ApiError as JSON
// on stderr (exit 1; usage errors exit 2).
//
//   returning-admin api --list
//   returning-admin api OPERATION [--body JSON | --body-file F] [--query k=v ...]
//       [--file FIELD=PATH ...] [--profile P | --base-url URL --key K]
//       [--community ID] [--hostname H] [--timeout MS] [--history-shape get|post]
//       [--log-requests FILE] [--raw]
//
// A --query item whose name is a {param} of the route's path fills the path.
// --base-url and the key apply to the operation's family. The key comes from
// --key-file, --key - (standard input), the variable of the family's key kind
// (RA_SYSTEM_KEY, RA_INTEGRATION_KEY, RA_APPLICATION_KEY), or --key K (with a
// warning); with --profile and none of those, from the keychain.
// `arguments` are everything after `api`. Runs before any QApplication
// exists: creates a QCoreApplication when there is none and runs its event
// loop until the reply finished.
int runApiCommand(const QStringList &arguments);
// The same with explicit output devices (tests).
int runApiCommand(const QStringList &arguments, QIODevice *out, QIODevice *err);

// How `--profile NAME` becomes a config: installed by the composition root
// (which owns the settings classes). Fills the base URLs and the profile's id;
// returns false and sets `error` when the profile does not exist. Without a
// resolver, --profile is an error.
using ApiProfileResolver = std::function<bool(const QString &name, ApiClientConfig *config,
                                              QString *profileId, QString *error)>;
// Where the profile's keys come from: called once the QCoreApplication exists
// (the keychain needs its event loop). Without a factory, or with a key given
// on the command line or in the environment, no keychain is read.
using ApiSecretStoreFactory = std::function<std::unique_ptr<SecretStore>()>;
void setApiProfileResolver(ApiProfileResolver resolver, ApiSecretStoreFactory secrets = {});

} // namespace ra
