#include "aboutdialog.h"

#include "iconfactory.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ra {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_version(new QLabel(this))
    , m_description(new QLabel(this))
    , m_links(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 16);
    outer->setSpacing(16);
    auto *top = new QHBoxLayout;
    top->setSpacing(18);
    m_icon->setPixmap(IconFactory::appIcon().pixmap(QSize(64, 64)));
    top->addWidget(m_icon, 0, Qt::AlignTop);
    auto *text = new QVBoxLayout;
    text->setSpacing(6);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_version->setObjectName(QStringLiteral("aboutVersion"));
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setWordWrap(true);
    m_links->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->addWidget(m_title);
    text->addWidget(m_version);
    text->addSpacing(6);
    text->addWidget(m_description);
    text->addSpacing(6);
    text->addWidget(m_links);
    top->addLayout(text, 1);
    outer->addLayout(top);
    outer->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    setMinimumWidth(460);
}

QString AboutDialog::version()
{
    return QStringLiteral(RA_VERSION);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Returning Admin"));
    setAccessibleName(windowTitle());
    m_title->setText(tr("Returning Admin"));
    m_version->setText(
        tr("Version %1 · Qt %2 (built with %3)")
            .arg(version(), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    m_description->setText(tr("A desktop console for Returning.AI community managers: servers, "
                              "roles, channels, badges, users, messages and API keys, with "
                              "bulk CSV import."));
    m_links->setText(tr("Website: https://returning.ai\nDocumentation: https://docs.returning.ai"));
    m_icon->setAccessibleName(tr("Returning Admin logo"));
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace ra
