#include "keyoption.h"
#include "subcommandargs.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace ra {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ra::KeyOption)
};

// Longer than any real key by far; a bigger "key" is a wrong file.
constexpr qint64 kMaxKeyBytes = 16 * 1024;

QIODevice *&stdinOverride()
{
    static QIODevice *device = nullptr;
    return device;
}

// The first line of `device`, without its line end; false when it has none.
bool firstLine(QIODevice *device, QString *key)
{
    const QByteArray line = device->readLine(kMaxKeyBytes);
    *key = QString::fromUtf8(line).trimmed();
    return !key->isEmpty();
}

} // namespace

QString keyVariable(KeyKind kind)
{
    switch (kind) {
    case KeyKind::System:
        return QStringLiteral("RA_SYSTEM_KEY");
    case KeyKind::Application:
        return QStringLiteral("RA_APPLICATION_KEY");
    case KeyKind::Integration:
        break;
    }
    return QStringLiteral("RA_INTEGRATION_KEY");
}

QString retiredKeyVariablesNote()
{
    QStringList notes;
    if (!qEnvironmentVariableIsEmpty("RA_API_KEY"))
        notes.append(Text::tr("RA_API_KEY is no longer read: set RA_INTEGRATION_KEY, "
                              "RA_SYSTEM_KEY or RA_APPLICATION_KEY"));
    if (!qEnvironmentVariableIsEmpty("RA_SYSTEM_API_KEY"))
        notes.append(Text::tr("RA_SYSTEM_API_KEY is no longer read: set RA_SYSTEM_KEY"));
    return notes.isEmpty() ? QString() : Text::tr("note: %1").arg(notes.join(u"; "));
}

KeyOption::KeyOption(KeyKind kind, QString valueOption, QString fileOption)
    : m_kind(kind)
    , m_valueOption(std::move(valueOption))
    , m_fileOption(std::move(fileOption))
{
}

bool KeyOption::take(SubcommandArgs &cursor, bool *matched, QString *error)
{
    const QString &a = cursor.current();
    *matched = a == m_valueOption || a == m_fileOption;
    if (!*matched)
        return true;
    if (given()) {
        *error = Text::tr("give %1 or %2 once").arg(m_valueOption, m_fileOption);
        return false;
    }
    QString value;
    if (!cursor.value(&value, error))
        return false;
    if (value.isEmpty()) {
        *error = Text::tr("%1 needs a value").arg(a);
        return false;
    }
    (a == m_valueOption ? m_value : m_file) = value;
    return true;
}

bool KeyOption::read(QString *key, QString *warning, QString *error) const
{
    key->clear();
    warning->clear();
    if (readsStandardInput()) {
        QFile in;
        QIODevice *device = stdinOverride();
        if (!device) {
            if (!in.open(stdin, QIODevice::ReadOnly)) {
                *error = Text::tr("%1 -: cannot read standard input").arg(m_valueOption);
                return false;
            }
            device = &in;
        }
        if (!firstLine(device, key)) {
            *error = Text::tr("%1 -: standard input holds no key").arg(m_valueOption);
            return false;
        }
        return true;
    }
    if (!m_value.isEmpty()) {
        *key = m_value;
        *warning = Text::tr("warning: a key given with %1 can be read by other users of this "
                            "machine; use %2, %1 - (standard input) or %3 instead")
                       .arg(m_valueOption, m_fileOption, keyVariable(m_kind));
        return true;
    }
    if (!m_file.isEmpty()) {
        QFile file(m_file);
        if (!file.open(QIODevice::ReadOnly)) {
            *error =
                Text::tr("%1: cannot read %2: %3").arg(m_fileOption, m_file, file.errorString());
            return false;
        }
        if (!firstLine(&file, key)) {
            *error = Text::tr("%1: %2 holds no key on its first line").arg(m_fileOption, m_file);
            return false;
        }
        if (file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup))
            *warning = Text::tr("warning: %1 can be read by other users; restrict it with "
                                "chmod 600")
                           .arg(m_file);
        return true;
    }
    *key = qEnvironmentVariable(keyVariable(m_kind).toLatin1().constData()).trimmed();
    return true;
}

void KeyOption::setStandardInput(QIODevice *device)
{
    stdinOverride() = device;
}

} // namespace ra
