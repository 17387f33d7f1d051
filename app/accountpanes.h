#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace ra {

class AccountDialog;
class AccountSession;
class ApiClient;
class ClipboardGuard;
class MainWindow;
class ProfileStore;
class QuestionProvider;
class SecureAuthDialog;
class SecureAuthLinks;
class UserApiKeyStore;
class UserApiKeysSection;
class UserDetailPanel;
class UserDetailStore;

// Composition root of the account flows and user API keys (issues #15 and #16): the
// AccountSession of the active profile, Tools > Account… and Secure Auth Login Link…, the
// profile editor's Account… button, and the "API Keys" tab of the user detail panel with its
// UserApiKeyStore. An expired login asks once whether to log in again and then opens the
// account dialog on its Log In page. Owns its stores and dialogs; borrows the rest.
class AccountPanes : public QObject
{
    Q_OBJECT

public:
    AccountPanes(MainWindow &window, ApiClient &client, ProfileStore &profiles,
                 QuestionProvider &questions, UserDetailStore &details, UserDetailPanel &panel,
                 QObject *parent = nullptr);
    ~AccountPanes() override;

    // The client now talks to `profileId`: its kept login is read again.
    void onBound(const QString &profileId);

    AccountSession &session() const { return *m_session; }
    UserApiKeyStore &keys() const { return *m_keys; }
    UserApiKeysSection *section() const { return m_section; }
    QAction *accountAction() const { return m_accountAction; }
    QAction *secureAuthAction() const { return m_secureAuthAction; }
    // The open dialogs, if any (for tests).
    AccountDialog *accountDialog() const;
    SecureAuthDialog *secureAuthDialog() const;

    void showAccountDialog(const QString &reason = {});
    void showSecureAuthDialog();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void onLoginRequired(const QString &reason);

    MainWindow &m_window;
    QuestionProvider &m_questions;
    UserDetailStore &m_details;
    AccountSession *m_session;
    UserApiKeyStore *m_keys;
    SecureAuthLinks *m_links;
    ClipboardGuard *m_clipboard;
    UserApiKeysSection *m_section = nullptr; // owned by the detail panel
    QAction *m_accountAction;
    QAction *m_secureAuthAction;
    QPointer<AccountDialog> m_accountDialog;
    QPointer<SecureAuthDialog> m_secureAuthDialog;
    bool m_asking = false; // a "log in again?" question is showing
};

} // namespace ra
