#pragma once

#include <QList>
#include <QObject>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

namespace ra::sandbox {

// Turns POSIX signals (SIGINT, SIGTERM) into a Qt signal on the event loop
// with the self-pipe trick: the async-signal-safe handler only writes the
// signal number to a socketpair that a QSocketNotifier watches. One instance
// per process. Thread: the thread it lives on (normally the main thread).
class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void signalReceived(int signalNumber);

private:
    static void handle(int signalNumber);
    void readSignal();

    QList<int> m_signals;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace ra::sandbox
