#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>

namespace ra {

namespace {

struct SubcommandInfo
{
    const char *name;
    const char *summary;
};

// Subcommands run headless; later issues add csv-check and import.
const SubcommandInfo kSubcommands[] = {
    {"api", QT_TRANSLATE_NOOP("CommandLine", "Run one API operation and print the reply as JSON "
                                             "(see: returning-admin api --help).")},
    {"csv-check",
     QT_TRANSLATE_NOOP("CommandLine", "Read and validate a bulk CSV without sending it "
                                      "(see: returning-admin csv-check --help).")},
    {"assign",
     QT_TRANSLATE_NOOP("CommandLine", "Give or take a badge or role to a list of members as one "
                                      "journaled job (see: returning-admin assign --help).")},
    {"import", QT_TRANSLATE_NOOP("CommandLine", "Validate, send and follow a bulk CSV import or "
                                                "update (see: returning-admin import --help).")},
    {nullptr, nullptr},
};

// Gives lupdate and translate() one context for this file's free functions.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

struct Options
{
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            Text::tr("Show this help and exit.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               Text::tr("Show the version and exit.")};
    QCommandLineOption sandbox{QStringLiteral("sandbox"),
                               Text::tr("Start the embedded sandbox server with a demo community "
                                        "and connect to it.")};
    QCommandLineOption sandboxFresh{
        QStringLiteral("sandbox-fresh"),
        Text::tr("Start the embedded sandbox from a new demo community, deleting the one kept "
                 "from earlier runs (implies --sandbox).")};
    QCommandLineOption sandboxUsers{QStringLiteral("sandbox-users"),
                                    Text::tr("Number of members in a new demo community (1 to "
                                             "1000000, default 1000); a kept one keeps its size."),
                                    QStringLiteral("N"), QStringLiteral("1000")};
    QCommandLineOption profile{QStringLiteral("profile"),
                               Text::tr("Start with the connection profile named NAME."),
                               QStringLiteral("NAME")};
    QCommandLineOption logRequests{QStringLiteral("log-requests"),
                                   Text::tr("Append every API request, without secrets, to FILE "
                                            "as JSON lines."),
                                   QStringLiteral("FILE")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions(
            {help, version, sandbox, sandboxFresh, sandboxUsers, profile, logRequests});
    }
};

} // namespace

QStringList CommandLine::subcommands()
{
    QStringList names;
    for (const SubcommandInfo &s : kSubcommands) {
        if (s.name)
            names << QString::fromLatin1(s.name);
    }
    return names;
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine cl;
    // A subcommand is the first argument and is dispatched before any option
    // parsing, so its own options are its own.
    if (arguments.size() > 1 && subcommands().contains(arguments.at(1))) {
        cl.mode = Mode::Subcommand;
        cl.subcommand = arguments.at(1);
        cl.subArguments = arguments.mid(2);
        return cl;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const Options o;
    o.addTo(parser);
    if (!parser.parse(arguments)) {
        cl.mode = Mode::Error;
        cl.error = parser.errorText();
        return cl;
    }
    if (parser.isSet(o.help)) {
        cl.mode = Mode::Help;
        return cl;
    }
    if (parser.isSet(o.version)) {
        cl.mode = Mode::Version;
        return cl;
    }
    if (!parser.positionalArguments().isEmpty()) {
        cl.mode = Mode::Error;
        cl.error = Text::tr("Unknown subcommand \"%1\". Run returning-admin --help for the list.")
                       .arg(parser.positionalArguments().constFirst());
        return cl;
    }
    cl.sandboxFresh = parser.isSet(o.sandboxFresh);
    cl.sandbox = parser.isSet(o.sandbox) || cl.sandboxFresh;
    bool ok = false;
    const int users = parser.value(o.sandboxUsers).toInt(&ok);
    if (!ok || users < 1 || users > maxSandboxUsers) {
        cl.mode = Mode::Error;
        cl.error = Text::tr("--sandbox-users takes a whole number from 1 to 1000000, not \"%1\".")
                       .arg(parser.value(o.sandboxUsers));
        return cl;
    }
    if (parser.isSet(o.sandboxUsers) && !cl.sandbox)
        cl.sandbox = true; // asking for a size implies the sandbox
    cl.sandboxUsers = users;
    cl.profile = parser.value(o.profile);
    if (parser.isSet(o.profile) && cl.profile.trimmed().isEmpty()) {
        cl.mode = Mode::Error;
        cl.error = Text::tr("--profile needs a profile name.");
        return cl;
    }
    cl.logRequestsFile = parser.value(o.logRequests);
    return cl;
}

QString CommandLine::helpText()
{
    QCommandLineParser parser;
    const Options o;
    o.addTo(parser);
    parser.setApplicationDescription(
        Text::tr("Returning Admin: the desktop console for Returning.AI community managers."));
    QString text = Text::tr("Usage: returning-admin [options]\n"
                            "       returning-admin <subcommand> [arguments]\n\n");
    text +=
        Text::tr("Returning Admin: the desktop console for Returning.AI community managers.\n\n");
    // Qt 6.4's helpText() starts with its own usage line; keep only the options.
    const QString qtHelp = parser.helpText();
    const qsizetype at = qtHelp.indexOf(QStringLiteral("Options:"));
    text += at >= 0 ? qtHelp.mid(at) : qtHelp;
    text += u'\n';
    const QStringList names = subcommands();
    if (names.isEmpty()) {
        text += Text::tr("Subcommands: none in this build.\n");
    } else {
        text += Text::tr("Subcommands (run without a display):\n");
        for (const SubcommandInfo &s : kSubcommands) {
            if (s.name)
                text += QStringLiteral("  %1  %2\n")
                            .arg(QString::fromLatin1(s.name).leftJustified(12),
                                 QCoreApplication::translate("CommandLine", s.summary));
        }
    }
    return text;
}

QString CommandLine::versionText()
{
    return Text::tr("Returning Admin %1 (Qt %2)\n")
        .arg(QStringLiteral(RA_VERSION), QLibraryInfo::version().toString());
}

} // namespace ra
