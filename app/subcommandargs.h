#pragma once

#include "api/route.h"

#include <QHash>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QCoreApplication;

namespace ra {

// SubcommandArgs: a cursor over the arguments of a headless subcommand
// (`api`, `csv-check`, `import`). advance() steps to the next argument;
// value() takes the argument after the current option ("--opt VALUE") and
// sets the usage error "--opt needs a value" when there is none.
// A plain value type; not thread-safe, used on the calling thread only.
class SubcommandArgs
{
public:
    explicit SubcommandArgs(const QStringList &arguments);

    // Moves to the next argument; false when none is left.
    bool advance();
    // The argument advance() moved to.
    const QString &current() const;
    // Takes the argument after current() into *value and returns true, or
    // sets *error to "<current> needs a value" and returns false.
    bool value(QString *value, QString *error);

private:
    const QStringList &m_arguments;
    qsizetype m_index = -1;
};

// Reads the value of `--base-url FAMILY=URL` (family system, integration or
// application) into *urls; false with *error for another form or a URL that
// carries a user name or password (keys go in key options, never in URLs).
bool takeBaseUrl(const QString &value, QHash<ApiFamily, QUrl> *urls, QString *error);

// Makes a QCoreApplication (named returning-admin) when none exists yet and
// returns it for the caller to keep alive; null when one already exists.
std::unique_ptr<QCoreApplication> ensureCoreApplication();

// Runs a subcommand's body with stdout and stderr as QIODevices opened
// write-only (plus extraMode), inside a QCoreApplication made when none
// exists. Returns the body's exit code, or 2 when the devices cannot open.
int runWithStdio(const std::function<int(QIODevice *out, QIODevice *err)> &body,
                 QIODevice::OpenMode extraMode = QIODevice::NotOpen);

} // namespace ra
