#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class RestoreUserDialog;
}

namespace ra {

class DiscardGuard;
class QuestionProvider;

class MessageBar;
class UserAccountStore;

// Restores a deleted account that no list shows any more (Get Users with Filters and the
// community list leave deleted members out): the user types its username, e-mail address or
// user id and the dialog sends Manage User account "restore" through UserAccountStore. A refusal
// (no such user, not deleted) stays inline and the dialog stays open; on success it emits
// userRestored() with what was typed and closes. Open with open(); deletes itself on close.
// GUI thread.
class RestoreUserDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreUserDialog(UserAccountStore &accounts, QuestionProvider &questions, QWidget *parent);
    ~RestoreUserDialog() override;

    QString identifier() const;
    void setIdentifier(const QString &identifier);
    QString messageText() const;

signals:
    void userRestored(const QString &identifier);

public slots:
    void accept() override;
    // Asks before dropping changes (Esc, Cancel, the close button).
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    std::unique_ptr<::Ui::RestoreUserDialog> m_ui;
    UserAccountStore &m_accounts;
    MessageBar *m_message = nullptr;
    bool m_busy = false;
    DiscardGuard *m_discard = nullptr;
};

} // namespace ra
