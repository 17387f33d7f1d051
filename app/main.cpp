// returning-admin: the GUI, or with a subcommand a headless tool. The command
// line is parsed before any QApplication exists so that subcommands, --help
// and --version run without a display.
#include "application.h"
#include "commandline.h"

#include "apicommand.h"
#include "apiprofileresolver.h"
#include "assigncommand.h"
#include "csvcheckcommand.h"
#include "importcommand.h"
#include "settings/keychainsecretstore.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>

namespace {

QStringList rawArguments(int argc, char **argv)
{
    QStringList args;
    args.reserve(argc);
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

// The saved-profile lookup shared by the subcommands.
bool resolveProfile(const QString &name, ra::ApiClientConfig *config, QString *profileId,
                    QString *error)
{
    return ra::resolveApiProfile(name, config, profileId, error);
}

int runSubcommand(const ra::CommandLine &cl)
{
    if (cl.subcommand == u"api") {
        ra::setApiProfileResolver(resolveProfile,
                                  [] { return std::make_unique<ra::KeychainSecretStore>(); });
        return ra::runApiCommand(cl.subArguments);
    }
    if (cl.subcommand == u"import")
        return ra::runImportCommand(cl.subArguments, resolveProfile);
    if (cl.subcommand == u"assign")
        return ra::runAssignCommand(cl.subArguments, resolveProfile);
    if (cl.subcommand == u"csv-check") {
        ra::setCsvCheckProfileResolver(resolveProfile);
        return ra::runCsvCheckCommand(cl.subArguments);
    }
    std::fprintf(stderr, "unknown subcommand: %s\n", qPrintable(cl.subcommand));
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    // Settings of the GUI and of the headless subcommands live under these.
    QCoreApplication::setOrganizationName(QStringLiteral("Returning"));
    QCoreApplication::setApplicationName(QStringLiteral("Returning Admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RA_VERSION));
    const ra::CommandLine cl = ra::CommandLine::parse(rawArguments(argc, argv));
    switch (cl.mode) {
    case ra::CommandLine::Mode::Help:
        std::fputs(qPrintable(ra::CommandLine::helpText()), stdout);
        return 0;
    case ra::CommandLine::Mode::Version:
        std::fputs(qPrintable(ra::CommandLine::versionText()), stdout);
        return 0;
    case ra::CommandLine::Mode::Error:
        std::fprintf(stderr, "returning-admin: %s\n", qPrintable(cl.error));
        return 2;
    case ra::CommandLine::Mode::Subcommand:
        return runSubcommand(cl);
    case ra::CommandLine::Mode::Gui:
        break;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Returning Admin"));
    QApplication::setDesktopFileName(QStringLiteral("io.returning.Admin"));

    ra::Application application(cl);
    if (!application.start())
        return 1;
    return QApplication::exec();
}
