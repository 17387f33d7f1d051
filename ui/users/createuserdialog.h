#pragma once

#include "stores/newuserrequest.h"

#include <QDialog>
#include <QSet>

#include <memory>

class QLabel;
class QWidget;

namespace Ui {
class CreateUserDialog;
}

namespace ra {

class DiscardGuard;
class QuestionProvider;

class MessageBar;
class UserAccountStore;

// Creates one user with every field Create New User documents (names, username, display name,
// e-mail, password and confirmation, access level, join server, send e-mail, e-mail password,
// e-mail template, custom fields, referral, external id). Checks the form as the user types
// (NewUserRequest::validate()): the first problem shows under the form and Create stays disabled
// until there is none. Sends through UserAccountStore and stays open with the server's message
// inline when the server refuses. Open with open(); deletes itself on close. GUI thread.
class CreateUserDialog : public QDialog
{
    Q_OBJECT

public:
    CreateUserDialog(UserAccountStore &accounts, QuestionProvider &questions, QWidget *parent);
    ~CreateUserDialog() override;

    NewUserRequest request() const;
    // Offers the community's custom fields by name in the custom-field rows (a required one gets
    // a row at once, with its default) and checks each value against its field's type.
    void setUserFields(const QList<UserField> &fields);
    // The first problem of the form as it stands (empty when valid).
    QString problemText() const;

signals:
    void userCreated(const QString &userId);

public slots:
    void accept() override;
    // Asks before dropping changes (Esc, Cancel, the close button).
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();
    void addCustomField();
    void removeCustomField();
    void setBusy(bool busy);
    QWidget *fieldWidget(NewUserRequest::Field field) const;
    // Adds a custom-field row for `key` (empty: the first field) with `value`.
    int addFieldRow(const QString &key, const QString &value);
    QString fieldNameAt(int row) const;

    std::unique_ptr<::Ui::CreateUserDialog> m_ui;
    UserAccountStore &m_accounts;
    MessageBar *m_message = nullptr;
    QSet<QWidget *> m_touched; // fields the user has edited: only these are marked
    bool m_busy = false;
    bool m_displayNameEdited = false;
    DiscardGuard *m_discard = nullptr;
    QList<UserField> m_fields;
};

} // namespace ra
