#include "account/accountdialog.h"

#include "messagebar.h"
#include "stores/accountsession.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ra {

namespace {
bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(text.trimmed()).hasMatch();
}

QLineEdit *lineEdit(const QString &name, QWidget *parent, bool password = false)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    if (password)
        edit->setEchoMode(QLineEdit::Password);
    return edit;
}
} // namespace

AccountDialog::AccountDialog(AccountSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("accountDialog"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("accountStatus"));
    m_status->setWordWrap(true);
    m_message = new MessageBar(this);
    m_message->setObjectName(QStringLiteral("accountMessage"));
    m_message->hide();
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildRegisterPage(), QString());
    m_tabs->addTab(buildVerifyPage(), QString());
    m_tabs->addTab(buildLoginPage(), QString());
    m_logoutButton = new QPushButton(this);
    m_logoutButton->setObjectName(QStringLiteral("logoutButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_logoutButton, QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_logoutButton, &QPushButton::clicked, &m_session, &AccountSession::logout);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(&m_session, &AccountSession::changed, this, &AccountDialog::updateStatus);
    connect(&m_session, &AccountSession::registered, this, [this](const QString &email) {
        setBusy(false);
        m_registerPassword->clear();
        m_verifyEmail->setText(email);
        m_loginEmail->setText(email);
        showPage(Page::Verify);
        m_message->showMessage(MessageBar::Kind::Information,
                               tr("Account %1 registered. Enter the code sent to it (the local "
                                  "sandbox prints the code on its log instead of mailing it).")
                                   .arg(email));
        m_verifyCode->setFocus();
    });
    connect(&m_session, &AccountSession::verified, this, [this](const QString &email) {
        setBusy(false);
        m_verifyCode->clear();
        m_loginEmail->setText(email);
        showPage(Page::Login);
        m_message->showMessage(MessageBar::Kind::Information,
                               tr("The e-mail address %1 is verified. Log in now.").arg(email));
        m_loginPassword->setFocus();
    });
    connect(&m_session, &AccountSession::loggedIn, this, [this](const QString &email) {
        setBusy(false);
        m_loginPassword->clear();
        m_message->showMessage(MessageBar::Kind::Information, tr("Logged in as %1.").arg(email));
    });
    connect(&m_session, &AccountSession::failed, this,
            [this](const QString &step, const QString &text) {
                setBusy(false);
                const QString what = step == u"register" ? tr("Registering failed: %1")
                                     : step == u"verify" ? tr("Verifying failed: %1")
                                                         : tr("Logging in failed: %1");
                m_message->showMessage(MessageBar::Kind::Error, what.arg(text));
            });
    retranslate();
    updateStatus();
    resize(480, 360);
}

QWidget *AccountDialog::buildPage(const QList<QLineEdit *> &edits, QPushButton *button,
                                  void (AccountDialog::*send)())
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    for (QLineEdit *e : edits) {
        e->setParent(page);
        auto *label = new QLabel(page);
        label->setObjectName(e->objectName() + QStringLiteral("Label"));
        label->setBuddy(e);
        m_labels.append(label);
        form->addRow(label, e);
    }
    button->setParent(page);
    form->addRow(QString(), button);
    connect(button, &QPushButton::clicked, this, send);
    connect(edits.last(), &QLineEdit::returnPressed, this, send);
    return page;
}

QWidget *AccountDialog::buildRegisterPage()
{
    m_registerEmail = lineEdit(QStringLiteral("registerEmail"), this);
    m_registerUsername = lineEdit(QStringLiteral("registerUsername"), this);
    m_registerPassword = lineEdit(QStringLiteral("registerPassword"), this, true);
    m_registerButton = new QPushButton(this);
    m_registerButton->setObjectName(QStringLiteral("registerButton"));
    return buildPage({m_registerEmail, m_registerUsername, m_registerPassword}, m_registerButton,
                     &AccountDialog::sendRegister);
}

QWidget *AccountDialog::buildVerifyPage()
{
    m_verifyEmail = lineEdit(QStringLiteral("verifyEmail"), this);
    m_verifyCode = lineEdit(QStringLiteral("verifyCode"), this);
    m_verifyButton = new QPushButton(this);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    return buildPage({m_verifyEmail, m_verifyCode}, m_verifyButton, &AccountDialog::sendVerify);
}

QWidget *AccountDialog::buildLoginPage()
{
    m_loginEmail = lineEdit(QStringLiteral("loginEmail"), this);
    m_loginPassword = lineEdit(QStringLiteral("loginPassword"), this, true);
    m_loginButton = new QPushButton(this);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setDefault(true);
    return buildPage({m_loginEmail, m_loginPassword}, m_loginButton, &AccountDialog::sendLogin);
}

void AccountDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

AccountDialog::Page AccountDialog::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

void AccountDialog::setReason(const QString &text)
{
    if (text.isEmpty())
        m_message->hide();
    else
        m_message->showMessage(MessageBar::Kind::Warning, text);
}

bool AccountDialog::refuse(QLineEdit *field, const QString &text)
{
    m_message->showMessage(MessageBar::Kind::Error, text);
    field->setFocus();
    return false;
}

void AccountDialog::sendRegister()
{
    if (!looksLikeEmail(m_registerEmail->text()))
        return void(refuse(m_registerEmail, tr("E-mail: enter an address like name@example.com")));
    if (m_registerPassword->text().size() < 8)
        return void(refuse(m_registerPassword, tr("Password: use at least 8 characters")));
    setBusy(true);
    m_session.registerAccount(m_registerEmail->text(), m_registerPassword->text(),
                              m_registerUsername->text());
}

void AccountDialog::sendVerify()
{
    if (!looksLikeEmail(m_verifyEmail->text()))
        return void(refuse(m_verifyEmail, tr("E-mail: enter the address you registered")));
    if (m_verifyCode->text().trimmed().isEmpty())
        return void(refuse(m_verifyCode, tr("Code: enter the code sent to the address")));
    setBusy(true);
    m_session.verifyEmail(m_verifyEmail->text(), m_verifyCode->text());
}

void AccountDialog::sendLogin()
{
    if (!looksLikeEmail(m_loginEmail->text()))
        return void(refuse(m_loginEmail, tr("E-mail: enter the address of your account")));
    if (m_loginPassword->text().isEmpty())
        return void(refuse(m_loginPassword, tr("Password: enter your password")));
    setBusy(true);
    m_session.login(m_loginEmail->text(), m_loginPassword->text());
}

void AccountDialog::setBusy(bool busy)
{
    for (QPushButton *b : {m_registerButton, m_verifyButton, m_loginButton})
        b->setEnabled(!busy);
    if (busy)
        m_message->hide();
}

void AccountDialog::updateStatus()
{
    m_status->setText(m_session.statusText());
    m_logoutButton->setEnabled(m_session.isLoggedIn());
}

void AccountDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AccountDialog::retranslate()
{
    setWindowTitle(tr("Account"));
    m_tabs->setTabText(int(Page::Register), tr("Register"));
    m_tabs->setTabText(int(Page::Verify), tr("Verify E-mail"));
    m_tabs->setTabText(int(Page::Login), tr("Log In"));
    m_registerButton->setText(tr("&Register"));
    m_verifyButton->setText(tr("&Verify"));
    m_loginButton->setText(tr("&Log In"));
    m_logoutButton->setText(tr("Log &Out"));
    for (QLabel *label : std::as_const(m_labels)) {
        const QString name = label->objectName();
        if (name.endsWith(u"EmailLabel"))
            label->setText(tr("&E-mail:"));
        else if (name.endsWith(u"PasswordLabel"))
            label->setText(tr("&Password:"));
        else if (name.endsWith(u"UsernameLabel"))
            label->setText(tr("&Username:"));
        else if (name.endsWith(u"CodeLabel"))
            label->setText(tr("&Code:"));
    }
    m_registerUsername->setPlaceholderText(tr("optional"));
    m_verifyCode->setPlaceholderText(tr("6 digits"));
    updateStatus();
}

} // namespace ra
