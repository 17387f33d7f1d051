#pragma once

#include <QObject>
#include <QString>

template<typename T> class QFutureWatcher;

namespace ra {

// Finds out, once per process and off the GUI thread, whether a secret store
// can be reached at all: on Linux and the BSDs, whether there is a D-Bus
// session bus and whether it owns or can start the Secret Service
// (org.freedesktop.secrets) or KWallet; on macOS and Windows the platform
// keychain is always there. The answer is remembered; start() again does
// nothing. Owned by the secret store that asks; GUI thread (the check itself
// runs on a pool thread and reports back through the event loop).
class KeychainProbe : public QObject
{
    Q_OBJECT

public:
    enum class Availability { Unknown, Available, Unavailable };

    struct Finding
    {
        Availability availability = Availability::Unknown;
        QString service; // the bus name that answered, e.g. "org.freedesktop.secrets"
        QString detail;  // why not, in the system's words (for the log)
    };

    explicit KeychainProbe(QObject *parent = nullptr);
    ~KeychainProbe() override;

    // Starts the check unless it has started already; finished() follows.
    void start();
    Availability availability() const { return m_finding.availability; }
    Finding finding() const { return m_finding; }

    // The check itself, blocking (a few D-Bus round trips, each bounded by a
    // short timeout): call it only off the GUI thread.
    static Finding probeSystem();
    // The bus names that count as a secret store, in order of preference.
    static QStringList secretServiceNames();

signals:
    void finished();

private:
    Finding m_finding;
    QFutureWatcher<Finding> *m_watcher = nullptr;
};

} // namespace ra
