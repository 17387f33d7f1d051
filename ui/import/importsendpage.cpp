#include "import/importsendpage.h"

#include "import/importprogress.h"
#include "import/importprogressview.h"
#include "import/importsession.h"
#include "messagebar.h"

#include <QEvent>
#include <QVBoxLayout>

namespace ra {

ImportSendPage::ImportSendPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_view(new ImportProgressView(session, this))
    , m_message(new MessageBar(this))
{
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    connect(&session, &ImportSession::sendingStarted, this, [this] {
        connect(m_session.progress(), &ImportProgress::finished, this,
                &ImportSendPage::completeChanged);
        emit completeChanged();
    });
    retranslateUi();
}

void ImportSendPage::initializePage()
{
    if (m_session.runner())
        return; // resumed
    QString error;
    if (!m_session.send(&error))
        m_message->showMessage(MessageBar::Kind::Error, error);
}

bool ImportSendPage::isComplete() const
{
    return m_session.progress() && m_session.progress()->isFinished();
}

QString ImportSendPage::errorText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ImportSendPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImportSendPage::retranslateUi()
{
    setTitle(tr("Sending"));
    setSubTitle(tr("The rows go to the server in chunks, each its own job; progress comes from "
                   "the API log. You may close this window: the import is journaled and resumes "
                   "next time."));
}

} // namespace ra
