#pragma once

#include "apicommand.h"

#include <QStringList>

class QIODevice;

namespace ra {

// `returning-admin csv-check`: reads and validates a bulk CSV without
// sending anything, and says what it found.
//
//   returning-admin csv-check FILE [--update] [--json] [--print-rows]
//       [--encoding E] [--delimiter D] [--profile P [--key K] [--community ID]]
//
// Prints a summary and every problem (row, column, reason) on stdout, or the
// same as one JSON object with --json. With --print-rows stdout carries only
// the rows exactly as read (a JSON array of arrays of strings, header first)
// and the report goes to stderr. Role names are checked against the server
// only with --profile (the System key from --key-file, --key - or
// RA_SYSTEM_KEY); the API lists no
// tags, so Tag names are not checked. Exit 0 when clean, 1 when problems were
// found, 2 when the file cannot be read as CSV (not a text file, an unclosed
// quote, a row past CsvReader's limits) or the arguments are wrong.
// Runs before any QApplication exists (a QCoreApplication is made for the
// profile's network request). Reads the file streaming, in constant memory
// apart from the duplicate check.
int runCsvCheckCommand(const QStringList &arguments);
// The same with explicit output devices (tests).
int runCsvCheckCommand(const QStringList &arguments, QIODevice *out, QIODevice *err);

// How --profile NAME becomes a client configuration (installed by main(),
// the same resolver as `api` uses; tests install their own).
void setCsvCheckProfileResolver(ApiProfileResolver resolver);

} // namespace ra
