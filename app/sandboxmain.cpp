// returning-sandbox: a local Returning.AI-compatible server. Prints one JSON
// line (base URLs, community id, keys, port) on stdout once it listens; logs
// go to stderr. Stops cleanly on SIGINT / SIGTERM.
#include "server/sandboxcommandline.h"
#include "server/sandboxserver.h"
#include "server/unixsignalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

#include <csignal>
#include <cstdio>

Q_LOGGING_CATEGORY(lcSandboxMain, "ra.sandbox")

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("returning-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A local Returning.AI-compatible server with a demo community."));
    parser.addHelpOption();
    parser.addVersionOption();
    ra::sandbox::SandboxCommandLine::addOptions(&parser);
    parser.process(app);

    ra::sandbox::SandboxConfig config;
    QString error;
    if (!ra::sandbox::SandboxCommandLine::toConfig(parser, &config, &error)) {
        std::fprintf(stderr, "returning-sandbox: %s\n", qPrintable(error));
        return 2;
    }

    const QString warning = ra::sandbox::SandboxCommandLine::exposureWarning(config);
    if (!warning.isEmpty())
        std::fprintf(stderr, "returning-sandbox: %s\n", qPrintable(warning));

    ra::sandbox::UnixSignalWatcher signalWatcher({SIGINT, SIGTERM});
    QObject::connect(&signalWatcher, &ra::sandbox::UnixSignalWatcher::signalReceived, &app,
                     [](int signalNumber) {
                         qCInfo(lcSandboxMain) << "signal" << signalNumber << "- stopping";
                         QCoreApplication::quit();
                     });

    ra::sandbox::SandboxServer server(config);
    QObject::connect(&server, &ra::sandbox::SandboxServer::started, &app, [&server] {
        const QByteArray line =
            QJsonDocument(server.startupInfo()).toJson(QJsonDocument::Compact) + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fflush(stdout);
    });
    QObject::connect(&server, &ra::sandbox::SandboxServer::failed, &app,
                     [](const QString &message) {
                         std::fprintf(stderr, "returning-sandbox: %s\n", qPrintable(message));
                         QCoreApplication::exit(1);
                     });
    QTimer::singleShot(0, &server, &ra::sandbox::SandboxServer::start);
    return app.exec();
}
