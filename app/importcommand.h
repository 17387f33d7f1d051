#pragma once

#include "apicommand.h"

#include <QStringList>

class QIODevice;

namespace ra {

// `returning-admin import FILE [--update] --profile P [--community ID]`:
// reads and validates FILE like csv-check (the community's role names are
// checked when a System key is available), refuses to send when rows have
// problems (unless --force), then uploads it (in chunks when large, each its
// own job), follows the jobs through the API log printing progress and every
// failed row to stderr, and prints a summary on stdout. Exit 0 when every
// row was created or updated (by the server's count), 1 when rows had
// problems, failed, were not sent or are unconfirmed, 2 on usage errors or a
// file that cannot be read, 3 when the key is missing or refused. The import
// is journaled like in the GUI, and a rerun resumes it. Keys (KeyOption):
// --key-file / --key - / RA_INTEGRATION_KEY, and --system-key-file /
// --system-key - / RA_SYSTEM_KEY for role names. Creates a QCoreApplication
// when there is none and runs its event loop until done.
int runImportCommand(const QStringList &arguments, const ApiProfileResolver &resolver);
// The same with explicit output devices (tests).
int runImportCommand(const QStringList &arguments, const ApiProfileResolver &resolver,
                     QIODevice *out, QIODevice *err);

} // namespace ra
