#include "import/importdryrunpage.h"

#include "import/dryrunchecker.h"
#include "import/importdocument.h"
#include "import/importsession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ra {

ImportDryRunPage::ImportDryRunPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_check(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
{
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel->setEnabled(false);
    setCommitPage(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch(1);
    DryRunChecker *checker = session.dryRun();
    connect(m_check, &QPushButton::clicked, this, &ImportDryRunPage::startCheck);
    connect(m_cancel, &QPushButton::clicked, checker, &DryRunChecker::cancel);
    connect(checker, &DryRunChecker::progressed, this, &ImportDryRunPage::showResult);
    connect(checker, &DryRunChecker::finished, this, &ImportDryRunPage::showResult);
    connect(checker, &DryRunChecker::cancelled, this, &ImportDryRunPage::showResult);
    retranslateUi();
}

void ImportDryRunPage::initializePage()
{
    showResult();
}

void ImportDryRunPage::cleanupPage()
{
    m_session.dryRun()->cancel();
}

bool ImportDryRunPage::validatePage()
{
    m_session.dryRun()->cancel();
    return true;
}

void ImportDryRunPage::startCheck()
{
    m_session.dryRun()->start(DryRunChecker::identifiersOf(*m_session.document()));
    showResult();
}

QString ImportDryRunPage::resultText() const
{
    return m_result->text();
}

void ImportDryRunPage::showResult()
{
    const DryRunChecker *c = m_session.dryRun();
    const QLocale locale;
    m_check->setEnabled(!c->isRunning());
    m_cancel->setEnabled(c->isRunning());
    m_progress->setVisible(c->isRunning() || c->checked() > 0);
    const bool directory = c->strategyUsed() == DryRunChecker::Strategy::Directory;
    if (directory && c->isRunning()) { // rows are only known to be new once the list is read
        m_progress->setRange(0, qMax(c->pagesTotal(), 1));
        m_progress->setValue(c->pagesRead());
    } else {
        m_progress->setRange(0, int(qMin<qint64>(c->total(), 1 << 30)));
        m_progress->setValue(int(qMin<qint64>(c->checked(), 1 << 30)));
    }
    if (c->total() == 0) {
        m_result->setText(tr("Optional: check which users already exist before sending."));
        return;
    }
    const bool update = m_session.mode() == ImportMode::Update;
    QString text;
    if (c->isRunning() && directory)
        text = tr("Reading the member list: page %1 of %2; %3 of %4 rows found so far.")
                   .arg(locale.toString(c->pagesRead()), locale.toString(c->pagesTotal()),
                        locale.toString(c->existing()), locale.toString(c->total()));
    else if (c->isRunning())
        text = tr("Checked %1 of %2 rows so far.")
                   .arg(locale.toString(c->checked()), locale.toString(c->total()));
    else if (c->isComplete())
        text = directory ? tr("All %1 rows checked against the member list (%n page(s)).", nullptr,
                              c->pagesRead())
                               .arg(locale.toString(c->total()))
                         : tr("All %1 rows checked.").arg(locale.toString(c->total()));
    else
        text = tr("Stopped after %1 of %2 rows.")
                   .arg(locale.toString(c->checked()), locale.toString(c->total()));
    text += u'\n';
    if (update)
        text += tr("Would be updated: %1. Not on the server, would fail: %2.")
                    .arg(locale.toString(c->existing()), locale.toString(c->fresh()));
    else
        text += tr("Would be created: %1. Already on the server, would fail: %2.")
                    .arg(locale.toString(c->fresh()), locale.toString(c->existing()));
    if (c->skipped() > 0)
        text += u' ' + tr("Without Email or Username: %1.").arg(locale.toString(c->skipped()));
    if (c->errors() > 0)
        text +=
            u'\n' + tr("%n lookup(s) failed: %1", nullptr, int(c->errors())).arg(c->lastError());
    m_result->setText(text);
}

void ImportDryRunPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImportDryRunPage::retranslateUi()
{
    setTitle(tr("Dry run"));
    setSubTitle(tr("Nothing is sent yet. Optionally ask the server which users already exist."));
    m_check->setText(tr("&Check against the server"));
    m_cancel->setText(tr("S&top checking"));
    setButtonText(QWizard::CommitButton, tr("&Send"));
    showResult();
}

} // namespace ra
