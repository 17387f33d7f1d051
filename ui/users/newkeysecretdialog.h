#pragma once

#include <QDialog>
#include <QObject>
#include <QString>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ra {

// Clears the clipboard `delayMs` after a secret was copied, if it still holds that secret (the
// user may have copied something else meanwhile). Lives on after the dialog that copied;
// parent it to something long-lived. GUI thread.
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultDelayMs = 60000;

    explicit ClipboardGuard(QObject *parent = nullptr);

    // Puts `secret` on the clipboard and arms the clearing.
    void copy(const QString &secret, int delayMs = kDefaultDelayMs);
    bool isArmed() const { return m_timer.isActive(); }
    // What the timer does; public for tests.
    void clearNow();

private:
    QTimer m_timer;
    QString m_secret;
};

// Shows a new user API key's secret once, with a Copy button (the clipboard is cleared after a
// minute if it still holds the key). The secret is nowhere else: the dialog forgets it when it
// closes, and nothing writes it to settings or logs. GUI thread.
class NewKeySecretDialog : public QDialog
{
    Q_OBJECT

public:
    NewKeySecretDialog(const QString &keyName, const QString &secret, ClipboardGuard &clipboard,
                       QWidget *parent = nullptr);
    ~NewKeySecretDialog() override;

    QString shownSecret() const;
    void copy();

    void done(int result) override;

private:
    ClipboardGuard &m_clipboard;
    QLineEdit *m_secret = nullptr;
    QLabel *m_copied = nullptr;
    QPushButton *m_copyButton = nullptr;
};

} // namespace ra
