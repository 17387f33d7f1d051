#include "import/importsendpage.h"

#include "import/importprogress.h"
#include "import/importprogressview.h"
#include "import/importsession.h"
#include "messagebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ra {

ImportSendPage::ImportSendPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_view(new ImportProgressView(session, this))
    , m_message(new MessageBar(this))
    , m_prepareLabel(new QLabel(this))
    , m_prepareBar(new QProgressBar(this))
    , m_stopPrepare(new QPushButton(this))
{
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    auto *prepareRow = new QHBoxLayout;
    prepareRow->addWidget(m_prepareLabel);
    prepareRow->addWidget(m_prepareBar, 1);
    prepareRow->addWidget(m_stopPrepare);
    layout->addLayout(prepareRow);
    hidePreparing();
    connect(m_stopPrepare, &QPushButton::clicked, this, [this] {
        m_stopPrepare->setEnabled(false);
        m_session.cancel();
    });
    connect(&session, &ImportSession::preparing, this, &ImportSendPage::showPreparing);
    connect(&session, &ImportSession::sendFailed, this, [this](const QString &message) {
        hidePreparing();
        m_message->showMessage(MessageBar::Kind::Error, message);
    });
    connect(&session, &ImportSession::preparingCancelled, this, [this] {
        hidePreparing();
        m_prepareCancelled = true;
        m_message->showMessage(MessageBar::Kind::Information,
                               tr("Stopped while preparing the rows: nothing was sent."));
        emit completeChanged();
    });
    layout->addWidget(m_view, 1);
    connect(&session, &ImportSession::sendingStarted, this, [this] {
        hidePreparing();
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
    if (!m_session.startSend(&error))
        m_message->showMessage(MessageBar::Kind::Error, error);
}

bool ImportSendPage::isComplete() const
{
    return m_prepareCancelled || (m_session.progress() && m_session.progress()->isFinished());
}

QString ImportSendPage::prepareText() const
{
    return m_prepareLabel->isVisible() ? m_prepareLabel->text() : QString();
}

void ImportSendPage::showPreparing(qint64 rows, qint64 total)
{
    const QLocale locale;
    m_prepareLabel->setText(tr("Preparing rows for sending: %1 of %2")
                                .arg(locale.toString(rows), locale.toString(total)));
    // QProgressBar counts in int: per mille is fine enough.
    m_prepareBar->setRange(0, 1000);
    m_prepareBar->setValue(total > 0 ? int(rows * 1000 / total) : 0);
    m_prepareLabel->show();
    m_prepareBar->show();
    m_stopPrepare->show();
}

void ImportSendPage::hidePreparing()
{
    m_prepareLabel->hide();
    m_prepareBar->hide();
    m_stopPrepare->hide();
    m_stopPrepare->setEnabled(true);
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
    m_stopPrepare->setText(tr("S&top preparing"));
    m_stopPrepare->setAccessibleName(tr("Stop preparing the rows"));
    m_prepareBar->setAccessibleName(tr("Rows prepared for sending"));
    setSubTitle(tr("The rows go to the server in chunks, each its own job; progress comes from "
                   "the API log. You may close this window: the import is journaled and resumes "
                   "next time."));
}

} // namespace ra
