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
// row was created or updated, 1 when rows had problems or failed, 2 on usage
// errors or a file that cannot be read. The import is journaled like in the
// GUI. Keys: --key K or RA_API_KEY (Integration/Application), --system-key K
// or RA_SYSTEM_API_KEY (role names). Creates a QCoreApplication when there is
// none and runs its event loop until done.
int runImportCommand(const QStringList &arguments, const ApiProfileResolver &resolver);
// The same with explicit output devices (tests).
int runImportCommand(const QStringList &arguments, const ApiProfileResolver &resolver,
                     QIODevice *out, QIODevice *err);

} // namespace ra
