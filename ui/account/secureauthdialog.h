#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ra {

class MessageBar;
class SecureAuthLinks;

// Tools > Secure Auth Login Link…: asks Secure Auth for a one-time login URL for a member (id,
// username or e-mail), shows it, and opens it in the browser or copies it. Says how long the
// URL stays valid where the reply says, and that the API does not say otherwise. Non-modal;
// GUI thread.
class SecureAuthDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SecureAuthDialog(SecureAuthLinks &links, QWidget *parent = nullptr);

    void setMember(const QString &member);
    QString loginUrl() const;
    void request();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    SecureAuthLinks &m_links;
    QLabel *m_memberLabel = nullptr;
    QLineEdit *m_member = nullptr;
    QPushButton *m_requestButton = nullptr;
    MessageBar *m_message = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_validity = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_copyButton = nullptr;
};

} // namespace ra
