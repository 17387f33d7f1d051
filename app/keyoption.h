#pragma once

#include <QString>

class QIODevice;

namespace ra {

class SubcommandArgs;

// The kinds of API key, each with one environment variable that means the
// same in every subcommand: RA_SYSTEM_KEY, RA_INTEGRATION_KEY and
// RA_APPLICATION_KEY.
enum class KeyKind { System, Integration, Application };

QString keyVariable(KeyKind kind);

// A note for the user when a variable earlier versions read (RA_API_KEY,
// RA_SYSTEM_API_KEY) is set, naming what replaces it; empty otherwise.
QString retiredKeyVariablesNote();

// One key a headless subcommand takes, from (first found):
//   --key K        K itself; "-" reads the first line of standard input.
//                  A key written out on the command line is visible to the
//                  machine's other users (ps, /proc), so it earns a warning.
//   --key-file F   the first line of file F.
//   the kind's environment variable.
// The option names are given (e.g. "--system-key" / "--system-key-file").
// A plain value type; read() may read standard input, once per process.
class KeyOption
{
public:
    KeyOption(KeyKind kind, QString valueOption, QString fileOption);

    // When the cursor stands on one of this key's options, takes its value
    // and sets *matched. False (with *error) when the value is missing or
    // the key is given twice.
    bool take(SubcommandArgs &cursor, bool *matched, QString *error);
    // True when --key or --key-file was given.
    bool given() const { return !m_value.isEmpty() || !m_file.isEmpty(); }
    // True when the key is to be read from standard input (--key -).
    bool readsStandardInput() const { return m_value == u"-"; }

    // The key; empty when none is given anywhere. False with *error when a
    // named file or standard input cannot be read or holds no key. *warning
    // is set for a key written out on the command line.
    bool read(QString *key, QString *warning, QString *error) const;
    // Reads standard input from `device` instead of the process's (tests).
    static void setStandardInput(QIODevice *device);

    void setKind(KeyKind kind) { m_kind = kind; }

private:
    KeyKind m_kind;
    QString m_valueOption;
    QString m_fileOption;
    QString m_value;
    QString m_file;
};

} // namespace ra
