#include "users/newkeysecretdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ra {

ClipboardGuard::ClipboardGuard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearNow);
}

void ClipboardGuard::copy(const QString &secret, int delayMs)
{
    m_secret = secret;
    QApplication::clipboard()->setText(secret);
    m_timer.start(delayMs);
}

void ClipboardGuard::clearNow()
{
    m_timer.stop();
    QClipboard *clipboard = QApplication::clipboard();
    if (!m_secret.isEmpty() && clipboard->text() == m_secret)
        clipboard->clear();
    m_secret.fill(QLatin1Char(' '));
    m_secret.clear();
}

NewKeySecretDialog::NewKeySecretDialog(const QString &keyName, const QString &secret,
                                       ClipboardGuard &clipboard, QWidget *parent)
    : QDialog(parent)
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("newKeySecretDialog"));
    setWindowTitle(tr("API Key \"%1\" Created").arg(keyName));
    auto *intro = new QLabel(tr("This is the key's secret. It is shown now and never again: copy "
                                "it to where it will be used before closing this window."),
                             this);
    intro->setWordWrap(true);
    m_secret = new QLineEdit(secret, this);
    m_secret->setObjectName(QStringLiteral("newKeySecret"));
    m_secret->setReadOnly(true);
    m_secret->setMinimumWidth(420);
    // The whole key selected, with its start in view (the cursor ends at the start).
    m_secret->setSelection(int(secret.size()), -int(secret.size()));
    m_copyButton = new QPushButton(tr("&Copy"), this);
    m_copyButton->setObjectName(QStringLiteral("copySecretButton"));
    m_copied = new QLabel(this);
    m_copied->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_secret, 1);
    row->addWidget(m_copyButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copyButton, &QPushButton::clicked, this, &NewKeySecretDialog::copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_copied);
    layout->addWidget(buttons);
}

NewKeySecretDialog::~NewKeySecretDialog() = default;

QString NewKeySecretDialog::shownSecret() const
{
    return m_secret->text();
}

void NewKeySecretDialog::copy()
{
    m_clipboard.copy(m_secret->text());
    m_copied->setText(tr("Copied. The clipboard is cleared in a minute if it still holds the "
                         "key."));
}

void NewKeySecretDialog::done(int result)
{
    m_secret->clear(); // the one copy on screen goes with the dialog
    QDialog::done(result);
}

} // namespace ra
