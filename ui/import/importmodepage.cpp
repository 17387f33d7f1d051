#include "import/importmodepage.h"

#include "import/importsession.h"

#include <QEvent>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ra {

ImportModePage::ImportModePage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_import(new QRadioButton(this))
    , m_update(new QRadioButton(this))
{
    m_import->setChecked(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_import);
    layout->addWidget(m_update);
    layout->addStretch(1);
    retranslateUi();
}

bool ImportModePage::validatePage()
{
    m_session.setMode(m_update->isChecked() ? ImportMode::Update : ImportMode::Import);
    return true;
}

void ImportModePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImportModePage::retranslateUi()
{
    setTitle(tr("What do you want to do?"));
    setSubTitle(tr("Bulk Import creates new members; Bulk Update changes members who already "
                   "exist, matched by Email (or Username)."));
    m_import->setText(tr("&Import new users (Bulk Import)"));
    m_update->setText(tr("&Update existing users (Bulk Update)"));
}

} // namespace ra
