#include "accountpanes.h"

#include "account/accountdialog.h"
#include "account/secureauthdialog.h"
#include "connectionspane.h"
#include "mainwindow.h"
#include "questionprovider.h"
#include "stores/accountsession.h"
#include "stores/secureauthlinks.h"
#include "stores/userapikeystore.h"
#include "stores/userdetailstore.h"
#include "users/newkeysecretdialog.h"
#include "users/userapikeyssection.h"
#include "users/userdetailpanel.h"

#include <QAction>
#include <QEvent>

namespace ra {

AccountPanes::AccountPanes(MainWindow &window, ApiClient &client, ProfileStore &profiles,
                           QuestionProvider &questions, UserDetailStore &details,
                           UserDetailPanel &panel, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_questions(questions)
    , m_details(details)
    , m_session(new AccountSession(client, profiles, this))
    , m_keys(new UserApiKeyStore(client, *m_session, this))
    , m_links(new SecureAuthLinks(client, this))
    , m_clipboard(new ClipboardGuard(this))
    , m_accountAction(new QAction(this))
    , m_secureAuthAction(new QAction(this))
{
    m_accountAction->setObjectName(QStringLiteral("accountAction"));
    m_secureAuthAction->setObjectName(QStringLiteral("secureAuthAction"));
    window.addToolsAction(m_accountAction);
    window.addToolsAction(m_secureAuthAction);
    connect(m_accountAction, &QAction::triggered, this, [this] { showAccountDialog(); });
    connect(m_secureAuthAction, &QAction::triggered, this, &AccountPanes::showSecureAuthDialog);
    if (ConnectionsPane *connections = window.connectionsPane())
        connect(connections, &ConnectionsPane::accountRequested, this,
                [this] { showAccountDialog(); });

    m_section = new UserApiKeysSection(*m_keys, *m_session, questions, *m_clipboard, &panel);
    panel.addPage(m_section);
    connect(m_section, &UserApiKeysSection::loginRequested, this, [this] { showAccountDialog(); });
    connect(&m_details, &UserDetailStore::userChanged, m_keys, &UserApiKeyStore::setUser);
    connect(&m_details, &UserDetailStore::userLoaded, this, [this](const UserData &user) {
        m_section->setMemberName(user.username.isEmpty() ? user.email : user.username);
    });
    connect(m_session, &AccountSession::loginRequired, this, &AccountPanes::onLoginRequired);
    window.installEventFilter(this);
    retranslate();
}

AccountPanes::~AccountPanes() = default;

AccountDialog *AccountPanes::accountDialog() const
{
    return m_accountDialog;
}

SecureAuthDialog *AccountPanes::secureAuthDialog() const
{
    return m_secureAuthDialog;
}

void AccountPanes::onBound(const QString &profileId)
{
    m_keys->clear();
    m_session->load(profileId);
    m_keys->setUser({});
    m_keys->setUser(m_details.userId());
}

void AccountPanes::showAccountDialog(const QString &reason)
{
    if (!m_accountDialog) {
        m_accountDialog = new AccountDialog(*m_session, &m_window);
        m_accountDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_accountDialog->setReason(reason);
    if (!reason.isEmpty() || m_session->state() != AccountSession::State::LoggedOut)
        m_accountDialog->showPage(AccountDialog::Page::Login);
    m_accountDialog->show();
    m_accountDialog->raise();
    m_accountDialog->activateWindow();
}

void AccountPanes::showSecureAuthDialog()
{
    if (!m_secureAuthDialog) {
        m_secureAuthDialog = new SecureAuthDialog(*m_links, &m_window);
        m_secureAuthDialog->setAttribute(Qt::WA_DeleteOnClose);
        // The member the detail panel shows is the likely one.
        m_secureAuthDialog->setMember(m_details.userId());
    }
    m_secureAuthDialog->show();
    m_secureAuthDialog->raise();
    m_secureAuthDialog->activateWindow();
}

void AccountPanes::onLoginRequired(const QString &reason)
{
    // One question for however many calls found the login gone.
    if (m_asking || (m_accountDialog && m_accountDialog->isVisible())) {
        if (m_accountDialog)
            m_accountDialog->setReason(reason);
        return;
    }
    m_asking = true;
    QuestionProvider::Question q;
    q.title = tr("Log In Again");
    q.text = reason;
    q.informativeText = tr("Members' API keys can be seen and managed only with a login.");
    q.confirmText = tr("Log In…");
    q.cancelText = tr("Not Now");
    m_questions.confirm(&m_window, q, this, [this, reason](bool confirmed) {
        m_asking = false;
        if (confirmed)
            showAccountDialog(reason);
    });
}

bool AccountPanes::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void AccountPanes::retranslate()
{
    m_accountAction->setText(tr("&Account…"));
    m_accountAction->setStatusTip(
        tr("Register, verify your e-mail and log in for the token that manages API keys"));
    m_secureAuthAction->setText(tr("Secure Auth &Login Link…"));
    m_secureAuthAction->setStatusTip(tr("Get a one-time login URL for a member"));
}

} // namespace ra
