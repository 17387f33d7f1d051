#pragma once

#include "apicommand.h"

#include <QStringList>

class QIODevice;

namespace ra {

// `returning-admin assign --badge ID|NAME | --role ID|NAME [--remove]
// [--server ID] --users FILE|-`: gives (or with --remove takes away) one badge
// or role to every member of a list (ids, usernames or e-mails, one per line,
// or a CSV column: --column NAME), as one journaled bulk job (BulkJob) with
// the same report as the window. A rerun of an interrupted job on the same
// file resumes it (--restart forgets it); --resume JOBID continues any
// unfinished job and --undo JOBID runs the inverse of a job.
//
// Exit status: 0 every member ended done or already as asked; 1 some failed,
// were not found, not matched or matched more than one member; 2 usage error,
// an unreadable list or a CSV with no usable column; 3 a key is missing or
// refused; 4 the badge or role is unknown (or its name is not unique); 5 the
// list has bad lines (named by line; nothing is sent unless --skip-bad, which
// sends the rest and still exits 5). Keys (KeyOption): --system-key-file /
// --system-key - / RA_SYSTEM_KEY for the assignment calls, and --key-file /
// --key - / RA_INTEGRATION_KEY for looking usernames and e-mails up. Creates a
// QCoreApplication when there is none and runs its event loop until done.
int runAssignCommand(const QStringList &arguments, const ApiProfileResolver &resolver);
// The same with explicit output devices and standard input (tests).
int runAssignCommand(const QStringList &arguments, const ApiProfileResolver &resolver,
                     QIODevice *out, QIODevice *err, QIODevice *in = nullptr);

} // namespace ra
