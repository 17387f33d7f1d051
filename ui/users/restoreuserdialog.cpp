#include "users/restoreuserdialog.h"

#include "discardguard.h"
#include "messagebar.h"
#include "stores/useraccountstore.h"
#include "ui_restoreuserdialog.h"

#include <QEvent>
#include <QPushButton>

namespace ra {

RestoreUserDialog::RestoreUserDialog(UserAccountStore &accounts, QuestionProvider &questions,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::RestoreUserDialog>())
    , m_accounts(accounts)
{
    m_discard = new DiscardGuard(*this, questions);
    setAttribute(Qt::WA_DeleteOnClose);
    m_ui->setupUi(this);
    m_message = new MessageBar(m_ui->messageHost);
    m_message->hide();
    m_ui->messageLayout->addWidget(m_message);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &RestoreUserDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->identifierEdit, &QLineEdit::textChanged, this, [this] {
        m_message->hide();
        updateButtons();
    });
    retranslate();
    updateButtons();
    m_discard->trackInputs();
}

RestoreUserDialog::~RestoreUserDialog() = default;

QString RestoreUserDialog::identifier() const
{
    return m_ui->identifierEdit->text().trimmed();
}

void RestoreUserDialog::setIdentifier(const QString &identifier)
{
    m_ui->identifierEdit->setText(identifier);
    m_discard->trackInputs(); // the identifier it was opened for is not an edit
}

QString RestoreUserDialog::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void RestoreUserDialog::accept()
{
    const QString who = identifier();
    if (m_busy || who.isEmpty())
        return;
    m_busy = true;
    m_message->hide();
    setCursor(Qt::BusyCursor);
    updateButtons();
    m_accounts.manageUser(UserAccountStore::Action::Restore, who, QString(), this,
                          [this, who](const ApiError &error) {
                              m_busy = false;
                              unsetCursor();
                              updateButtons();
                              if (error.isError()) {
                                  m_message->showMessage(
                                      MessageBar::Kind::Error,
                                      tr("\"%1\" was not restored: %2").arg(who, error.userText()));
                                  m_ui->identifierEdit->setFocus();
                                  return;
                              }
                              emit userRestored(who);
                              QDialog::accept();
                          });
}

void RestoreUserDialog::updateButtons()
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && !identifier().isEmpty());
    m_ui->identifierEdit->setReadOnly(m_busy);
}

void RestoreUserDialog::retranslate()
{
    setWindowTitle(tr("Restore User"));
    m_ui->introLabel->setText(
        tr("Deleted accounts are not listed. Enter the username, e-mail address or user id of the "
           "account to restore; the user can sign in again afterwards."));
    m_ui->identifierLabel->setText(tr("&User:"));
    m_ui->identifierEdit->setPlaceholderText(tr("username, e-mail or user id"));
    m_ui->identifierEdit->setAccessibleName(tr("User to restore"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Restore"));
}

void RestoreUserDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RestoreUserDialog::reject()
{
    m_discard->close([this] { QDialog::reject(); });
}

} // namespace ra
