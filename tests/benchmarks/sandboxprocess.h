#pragma once

// Shared by the benchmarks that talk to returning-sandbox over loopback:
// say() prints a figure line, rssKb() reads this process's resident memory,
// and startSandboxProcess() runs the sandbox as a child process and hands
// on the client configuration from its JSON startup line.
#include "api/apiclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUrl>

#include <cstdio>
#include <functional>

namespace ra::bench {

// Prints one line on stdout at once.
inline void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// VmRSS of this process in kB, or -1.
inline qint64 rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Starts `PATH --port 0 --users USERS [extraArgs]` as a child of parent (which owns it),
// with its per-request logging off and its stderr discarded, and calls
// onStarted once with the configuration from its JSON startup line (base
// URLs, system and integration keys, community id). When it cannot start, exits early or
// prints a line that is not understood, says so and exits the event loop
// with 1.
inline QProcess *startSandboxProcess(QObject *parent, const QString &path, int users,
                                     std::function<void(const ApiClientConfig &)> onStarted,
                                     const QStringList &extraArgs = {})
{
    auto *sandbox = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"),
               QStringLiteral("ra.sandbox*=false;*.debug=false"));
    sandbox->setProcessEnvironment(env);
    sandbox->setStandardErrorFile(QProcess::nullDevice());
    QObject::connect(sandbox, &QProcess::errorOccurred, parent,
                     [sandbox, path](QProcess::ProcessError) {
                         say(QStringLiteral("sandbox %1: %2").arg(path, sandbox->errorString()));
                         QCoreApplication::exit(1);
                     });
    QObject::connect(sandbox, &QProcess::finished, parent, [] {
        say(QStringLiteral("sandbox exited early"));
        QCoreApplication::exit(1);
    });
    auto started = std::make_shared<bool>(false);
    QObject::connect(
        sandbox, &QProcess::readyReadStandardOutput, parent,
        [sandbox, started, onStarted = std::move(onStarted)] {
            if (*started || !sandbox->canReadLine())
                return;
            *started = true;
            const QJsonObject info = QJsonDocument::fromJson(sandbox->readLine()).object();
            const QJsonObject urls = info.value(u"baseUrls").toObject();
            ApiClientConfig config;
            for (ApiFamily f : {ApiFamily::System, ApiFamily::Integration, ApiFamily::Application,
                                ApiFamily::Gateway, ApiFamily::SecureAuth}) {
                const QString url = urls.value(toString(f)).toString();
                if (!url.isEmpty())
                    config.baseUrls.insert(f, QUrl(url));
            }
            config.integrationKey = info.value(u"keys").toObject().value(u"integration").toString();
            config.applicationKey = config.integrationKey;
            config.systemKey = info.value(u"keys").toObject().value(u"system").toString();
            config.communityId = info.value(u"communityId").toString();
            if (config.baseUrls.isEmpty() || config.integrationKey.isEmpty()) {
                say(QStringLiteral("sandbox startup line not understood"));
                QCoreApplication::exit(1);
                return;
            }
            onStarted(config);
        });
    sandbox->start(path, QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                     QStringLiteral("--users"), QString::number(users)} +
                             extraArgs);
    return sandbox;
}

// Stops a sandbox started above (parent's connections to it dropped first).
inline void stopSandboxProcess(QProcess *sandbox, QObject *parent)
{
    if (!sandbox)
        return;
    sandbox->disconnect(parent);
    sandbox->terminate();
    if (!sandbox->waitForFinished(5000))
        sandbox->kill();
}

} // namespace ra::bench
