#include "settings/keychainprobe.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QStringList>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#define RA_KEYCHAIN_OVER_DBUS 1
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#endif

namespace ra {

namespace {
Q_LOGGING_CATEGORY(lcProbe, "ra.settings.keychain.probe")

#ifdef RA_KEYCHAIN_OVER_DBUS
constexpr int kCallTimeoutMs = 3000;

// One call to the bus daemon itself; an invalid QVariant when it did not answer.
QVariant askBus(const QDBusConnection &bus, const QString &method, const QVariantList &args,
                QString *error)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), method);
    call.setArguments(args);
    const QDBusMessage reply = bus.call(call, QDBus::Block, kCallTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        *error = reply.errorMessage();
        return {};
    }
    return reply.arguments().constFirst();
}

KeychainProbe::Finding probeBus(const QDBusConnection &bus)
{
    KeychainProbe::Finding f;
    if (!bus.isConnected()) {
        f.availability = KeychainProbe::Availability::Unavailable;
        f.detail = bus.lastError().message();
        if (f.detail.isEmpty())
            f.detail = QStringLiteral("no D-Bus session bus");
        return f;
    }
    QString error;
    const QStringList names = KeychainProbe::secretServiceNames();
    for (const QString &name : names) {
        if (askBus(bus, QStringLiteral("NameHasOwner"), {name}, &error).toBool()) {
            f.availability = KeychainProbe::Availability::Available;
            f.service = name;
            return f;
        }
    }
    const QStringList activatable =
        askBus(bus, QStringLiteral("ListActivatableNames"), {}, &error).toStringList();
    for (const QString &name : names) {
        if (activatable.contains(name)) {
            f.availability = KeychainProbe::Availability::Available;
            f.service = name;
            return f;
        }
    }
    f.availability = KeychainProbe::Availability::Unavailable;
    f.detail = error.isEmpty() ? QStringLiteral("the session bus has no %1 and cannot start one")
                                     .arg(names.join(QStringLiteral(", ")))
                               : error;
    return f;
}
#endif
} // namespace

KeychainProbe::KeychainProbe(QObject *parent)
    : QObject(parent)
{
}

KeychainProbe::~KeychainProbe() = default;

QStringList KeychainProbe::secretServiceNames()
{
    return {QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd6"),
            QStringLiteral("org.kde.kwalletd5"), QStringLiteral("org.kde.kwalletd")};
}

void KeychainProbe::start()
{
    if (m_watcher)
        return;
    m_watcher = new QFutureWatcher<Finding>(this);
    connect(m_watcher, &QFutureWatcher<Finding>::finished, this, [this] {
        m_finding = m_watcher->result();
        if (m_finding.availability == Availability::Available)
            qCInfo(lcProbe) << "secret store reachable:" << m_finding.service;
        else
            qCInfo(lcProbe) << "no secret store reachable:" << m_finding.detail;
        emit finished();
    });
    m_watcher->setFuture(QtConcurrent::run(&KeychainProbe::probeSystem));
}

KeychainProbe::Finding KeychainProbe::probeSystem()
{
#ifdef RA_KEYCHAIN_OVER_DBUS
    // A private connection of our own, so the check neither depends on nor
    // disturbs the application's shared session-bus connection.
    const QString name =
        QStringLiteral("ra-keychain-probe-%1").arg(quintptr(QThread::currentThreadId()), 0, 16);
    Finding f = probeBus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, name));
    QDBusConnection::disconnectFromBus(name);
    return f;
#else
    Finding f;
    f.availability = Availability::Available;
    f.service = QStringLiteral("platform keychain");
    return f;
#endif
}

} // namespace ra
