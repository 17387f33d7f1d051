#pragma once

#include <QString>
#include <QStringList>

namespace ra {

// The parsed command line of `returning-admin`. Parsing needs no
// QCoreApplication, so subcommands, --help and --version run without a
// display; only Mode::Gui leads to a QApplication.
struct CommandLine
{
    enum class Mode { Gui, Help, Version, Subcommand, Error };

    Mode mode = Mode::Gui;
    QString subcommand;        // "api", ... when mode == Subcommand
    QStringList subArguments;  // everything after the subcommand
    bool sandbox = false;      // start the embedded sandbox
    bool sandboxFresh = false; // discard the kept demo community first
    int sandboxUsers = 1000;   // its community size
    QString profile;           // --profile NAME
    QString logRequestsFile;   // --log-requests FILE
    QString error;             // when mode == Error

    static constexpr int maxSandboxUsers = 1000000;

    // `arguments` includes the program name, as QCoreApplication::arguments().
    static CommandLine parse(const QStringList &arguments);
    // The --help text: every option and every subcommand.
    static QString helpText();
    static QString versionText();
    // Subcommands this build dispatches before any QApplication exists.
    static QStringList subcommands();
};

} // namespace ra
