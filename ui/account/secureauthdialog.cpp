#include "account/secureauthdialog.h"

#include "messagebar.h"
#include "stores/secureauthlinks.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace ra {

SecureAuthDialog::SecureAuthDialog(SecureAuthLinks &links, QWidget *parent)
    : QDialog(parent)
    , m_links(links)
{
    setObjectName(QStringLiteral("secureAuthDialog"));
    m_memberLabel = new QLabel(this);
    m_member = new QLineEdit(this);
    m_member->setObjectName(QStringLiteral("secureAuthMember"));
    m_memberLabel->setBuddy(m_member);
    m_requestButton = new QPushButton(this);
    m_requestButton->setObjectName(QStringLiteral("secureAuthRequest"));
    m_requestButton->setDefault(true);
    m_message = new MessageBar(this);
    m_message->hide();
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("secureAuthUrl"));
    m_url->setReadOnly(true);
    m_validity = new QLabel(this);
    m_validity->setObjectName(QStringLiteral("secureAuthValidity"));
    m_validity->setWordWrap(true);
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("secureAuthOpen"));
    m_copyButton = new QPushButton(this);
    m_copyButton->setObjectName(QStringLiteral("secureAuthCopy"));
    m_openButton->setEnabled(false);
    m_copyButton->setEnabled(false);

    auto *memberRow = new QHBoxLayout;
    memberRow->addWidget(m_memberLabel);
    memberRow->addWidget(m_member, 1);
    memberRow->addWidget(m_requestButton);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_openButton);
    urlRow->addWidget(m_copyButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(memberRow);
    layout->addWidget(m_message);
    layout->addLayout(urlRow);
    layout->addWidget(m_validity);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_requestButton, &QPushButton::clicked, this, &SecureAuthDialog::request);
    connect(m_member, &QLineEdit::returnPressed, this, &SecureAuthDialog::request);
    connect(m_openButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl(m_url->text())); });
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_url->text()); });
    retranslate();
    resize(560, 220);
}

void SecureAuthDialog::setMember(const QString &member)
{
    m_member->setText(member);
}

QString SecureAuthDialog::loginUrl() const
{
    return m_url->text();
}

void SecureAuthDialog::request()
{
    m_requestButton->setEnabled(false);
    m_message->hide();
    m_url->clear();
    m_openButton->setEnabled(false);
    m_copyButton->setEnabled(false);
    m_validity->clear();
    m_links.request(m_member->text(), this,
                    [this](const SecureAuthLinks::Link &link, const QString &error) {
                        m_requestButton->setEnabled(true);
                        if (!error.isEmpty()) {
                            m_message->showMessage(MessageBar::Kind::Error, error);
                            return;
                        }
                        m_url->setText(link.loginUrl);
                        m_url->setCursorPosition(0);
                        m_openButton->setEnabled(true);
                        m_copyButton->setEnabled(true);
                        m_validity->setText(
                            link.expiresAt.isValid()
                                ? tr("Valid until %1, for one login.")
                                      .arg(QLocale().toString(link.expiresAt.toLocalTime(),
                                                              QLocale::ShortFormat))
                                : tr("The API does not say how long this URL stays valid; it is "
                                     "meant for one login. Anyone holding it can log in as the "
                                     "member."));
                    });
}

void SecureAuthDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SecureAuthDialog::retranslate()
{
    setWindowTitle(tr("Secure Auth Login Link"));
    m_memberLabel->setText(tr("&Member:"));
    m_member->setPlaceholderText(tr("id, username or e-mail"));
    m_requestButton->setText(tr("&Get Link"));
    m_openButton->setText(tr("&Open in Browser"));
    m_copyButton->setText(tr("&Copy"));
}

} // namespace ra
