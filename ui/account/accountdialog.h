#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace ra {

class AccountSession;
class MessageBar;

// Tools > Account…: register an account, verify its e-mail with the code the server sent, and
// log in for the session token the User Api Key operations need (AccountSession does the
// work). The top line says who is logged in and until when. Each step names the field at
// fault before anything is sent; a server's refusal is shown in the bar with its reason and
// what was typed stays. Passwords are never kept after sending. Non-modal; GUI thread.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Register, Verify, Login };

    explicit AccountDialog(AccountSession &session, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    // Shows `text` as the reason the dialog came up (an expired login).
    void setReason(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    // A page of labelled `edits` and `button`; the button and Return in the last edit `send`.
    QWidget *buildPage(const QList<QLineEdit *> &edits, QPushButton *button,
                       void (AccountDialog::*send)());
    QWidget *buildRegisterPage();
    QWidget *buildVerifyPage();
    QWidget *buildLoginPage();
    void retranslate();
    void updateStatus();
    void setBusy(bool busy);
    void sendRegister();
    void sendVerify();
    void sendLogin();
    bool refuse(QLineEdit *field, const QString &text);

    AccountSession &m_session;
    QLabel *m_status = nullptr;
    MessageBar *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_registerEmail = nullptr;
    QLineEdit *m_registerUsername = nullptr;
    QLineEdit *m_registerPassword = nullptr;
    QPushButton *m_registerButton = nullptr;
    QLineEdit *m_verifyEmail = nullptr;
    QLineEdit *m_verifyCode = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QLineEdit *m_loginEmail = nullptr;
    QLineEdit *m_loginPassword = nullptr;
    QPushButton *m_loginButton = nullptr;
    QPushButton *m_logoutButton = nullptr;
    QList<QLabel *> m_labels; // form labels, retranslated by object name
};

} // namespace ra
