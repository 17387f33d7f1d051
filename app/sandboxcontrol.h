#pragma once

#include <QObject>
#include <QString>

namespace ra {

class EmbeddedSandbox;
class MainWindow;
class ProfileStore;
class QuestionProvider;

// Runs the app's own sandbox for the built-in "Local sandbox" profile: starts
// the EmbeddedSandbox (its demo community kept in a file in the data folder),
// hands its URLs, community and keys to the profile (which makes the client
// bind and every pane reload), says in the status bar what it is doing, says
// plainly when another instance keeps the demo community and this one works on
// a temporary copy, and serves Tools > Reset Demo Community… (asks first,
// naming what will be lost).
// Owns the EmbeddedSandbox (child); borrows the window, profiles and question
// provider. GUI thread.
class SandboxControl : public QObject
{
    Q_OBJECT

public:
    // `dataDir` empty: the app's data folder.
    SandboxControl(MainWindow &window, ProfileStore &profiles, QuestionProvider &questions,
                   const QString &dataDir, int users, QObject *parent = nullptr);

    // Starts it unless running; `fresh` discards the kept demo community first.
    void start(bool fresh = false);
    bool isRunning() const { return m_running; }
    EmbeddedSandbox *sandbox() const { return m_sandbox; }
    // Asks (Tools > Reset Demo Community…) and resets when confirmed.
    void askToReset();

signals:
    // The sandbox is serving (again, after a reset) and the profile points at it.
    void ready();

private:
    void onStarted();
    void onFailed(const QString &error);
    void tellTemporary();

    MainWindow &m_window;
    ProfileStore &m_profiles;
    QuestionProvider &m_questions;
    EmbeddedSandbox *m_sandbox; // child
    bool m_running = false;
    bool m_toldTemporary = false;
};

} // namespace ra
