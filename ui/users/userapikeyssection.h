#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace ra {

class AccountSession;
class ApiKeyTableModel;
class ClipboardGuard;
class MessageBar;
class QuestionProvider;
class UserApiKeyStore;

// The "API Keys" section of the user detail panel: the member's user API keys (ApiKeyTableModel:
// expired keys and keys expiring within 7 days are marked), with New, Edit, Delete, Info and
// Refresh. Without a login it says so and offers Log In (loginRequested()). A new key's secret
// is shown once (NewKeySecretDialog). Delete asks first, naming the key and the member. Works
// only through the store and the session; GUI thread.
class UserApiKeysSection : public QWidget
{
    Q_OBJECT

public:
    UserApiKeysSection(UserApiKeyStore &store, AccountSession &session, QuestionProvider &questions,
                       ClipboardGuard &clipboard, QWidget *parent = nullptr);

    ApiKeyTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The member's name for questions and titles.
    void setMemberName(const QString &name) { m_memberName = name; }

public slots:
    void createKey();
    void editKey();
    void deleteKey();
    void showInfo();

signals:
    void loginRequested();
    // A key was created and its secret shown (for tests and the status bar).
    void keyCreated(const QString &keyId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    int currentRow() const;

    UserApiKeyStore &m_store;
    AccountSession &m_session;
    QuestionProvider &m_questions;
    ClipboardGuard &m_clipboard;
    ApiKeyTableModel *m_model = nullptr;
    MessageBar *m_message = nullptr;
    QLabel *m_loginHint = nullptr;
    QPushButton *m_loginButton = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_infoButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QString m_memberName;
};

} // namespace ra
