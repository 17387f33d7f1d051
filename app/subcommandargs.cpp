#include "subcommandargs.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace ra {

namespace {

// Gives lupdate and translate() one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ra::SubcommandArgs)
};

} // namespace

SubcommandArgs::SubcommandArgs(const QStringList &arguments)
    : m_arguments(arguments)
{
}

bool SubcommandArgs::advance()
{
    if (m_index + 1 >= m_arguments.size())
        return false;
    ++m_index;
    return true;
}

const QString &SubcommandArgs::current() const
{
    return m_arguments.at(m_index);
}

bool takeBaseUrl(const QString &value, QHash<ApiFamily, QUrl> *urls, QString *error)
{
    const qsizetype eq = value.indexOf(u'=');
    const QString family = value.left(eq).toLower();
    const QUrl url(value.mid(eq + 1));
    ApiFamily f = ApiFamily::Integration;
    if (family == u"system")
        f = ApiFamily::System;
    else if (family == u"application")
        f = ApiFamily::Application;
    else if (family != u"integration" || eq < 0 || !url.isValid()) {
        *error = Text::tr("--base-url takes FAMILY=URL, not \"%1\"").arg(value);
        return false;
    }
    if (!url.userInfo().isEmpty()) {
        *error = Text::tr("--base-url must not contain a user name or password; give "
                          "the key with a key option or its variable");
        return false;
    }
    urls->insert(f, url);
    return true;
}

bool SubcommandArgs::value(QString *value, QString *error)
{
    if (m_index + 1 >= m_arguments.size()) {
        *error = Text::tr("%1 needs a value").arg(current());
        return false;
    }
    *value = m_arguments.at(++m_index);
    return true;
}

std::unique_ptr<QCoreApplication> ensureCoreApplication()
{
    if (QCoreApplication::instance())
        return nullptr;
    static int argc = 1;
    static char name[] = "returning-admin";
    static char *argv[] = {name, nullptr};
    return std::make_unique<QCoreApplication>(argc, argv);
}

int runWithStdio(const std::function<int(QIODevice *out, QIODevice *err)> &body,
                 QIODevice::OpenMode extraMode)
{
    const std::unique_ptr<QCoreApplication> app = ensureCoreApplication();
    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly | extraMode) ||
        !err.open(stderr, QIODevice::WriteOnly | extraMode))
        return 2;
    return body(&out, &err);
}

} // namespace ra
