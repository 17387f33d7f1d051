#include "import/importdryrunpage.h"

#include "import/dryrunchecker.h"
#include "import/importdocument.h"
#include "import/importsession.h"
#include "questionprovider.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ra {

ImportDryRunPage::ImportDryRunPage(ImportSession &session, QuestionProvider &questions,
                                   QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_questions(questions)
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
    m_confirmed = false;
    showResult();
}

void ImportDryRunPage::cleanupPage()
{
    m_session.dryRun()->cancel();
}

bool ImportDryRunPage::validatePage()
{
    m_session.dryRun()->cancel();
    if (m_confirmed)
        return true;
    const ImportDocument *doc = m_session.document();
    if (doc->sendableRowCount() <= 0) {
        m_result->setText(documentText() + u'\n' +
                          tr("No row can be sent: each row is skipped or has problems."));
        return false;
    }
    QuestionProvider::Question q;
    q.title = tr("Send Rows");
    q.text = confirmationText();
    q.informativeText = tr("Nothing can be taken back once it is sent.");
    q.confirmText = tr("&Send");
    m_questions.confirm(this, q, this, [this](bool confirmed) {
        if (!confirmed || !wizard())
            return;
        m_confirmed = true;
        wizard()->next();
    });
    return false;
}

QString ImportDryRunPage::confirmationText() const
{
    const ImportDocument *doc = m_session.document();
    const qint64 sendable = doc->sendableRowCount();
    QString text = tr("Send %Ln row(s) to %1?", nullptr, int(qMin<qint64>(sendable, INT_MAX)))
                       .arg(m_session.communityName());
    if (doc->problemRowCount() > 0)
        text += u' ' + tr("%Ln row(s) with problems will be skipped.", nullptr,
                          int(qMin<qint64>(doc->problemRowCount(), INT_MAX)));
    if (doc->skippedRowCount() > 0)
        text += u' ' + tr("%Ln row(s) you skipped will not be sent.", nullptr,
                          int(qMin<qint64>(doc->skippedRowCount(), INT_MAX)));
    return text;
}

void ImportDryRunPage::startCheck()
{
    m_session.dryRun()->start(*m_session.document());
    showResult();
}

QString ImportDryRunPage::documentText() const
{
    const ImportDocument *doc = m_session.document();
    const QLocale locale;
    QStringList lines;
    if (doc->problemRowCount() > 0)
        lines.append(tr("Rows with problems, will fail (not sent): %1.")
                         .arg(locale.toString(doc->problemRowCount())));
    if (doc->skippedRowCount() > 0)
        lines.append(
            tr("Skipped by you (not sent): %1.").arg(locale.toString(doc->skippedRowCount())));
    const QList<UncheckedValue> &unchecked = doc->uncheckedValues();
    if (!unchecked.isEmpty()) {
        QStringList values;
        for (const UncheckedValue &v : unchecked)
            values.append(tr("%1 \"%2\" on %Ln row(s)", nullptr, int(qMin<qint64>(v.rows, INT_MAX)))
                              .arg(v.column, v.value));
        const QHash<QString, qint64> other = doc->otherUncheckedRows();
        for (auto it = other.cbegin(); it != other.cend(); ++it) {
            if (it.value() > 0)
                values.append(tr("other %1 names on %Ln row(s)", nullptr,
                                 int(qMin<qint64>(it.value(), INT_MAX)))
                                  .arg(it.key()));
        }
        lines.append(tr("Not checked (the app cannot ask the server for these names; rows "
                        "naming one the server does not have will fail): %1.")
                         .arg(values.join(QStringLiteral("; "))));
    }
    return lines.join(u'\n');
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
    const QString fromDocument = documentText();
    if (c->total() == 0) {
        QString text = tr("Optional: check which users already exist before sending.");
        if (!fromDocument.isEmpty())
            text += u'\n' + fromDocument;
        m_result->setText(text);
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
    if (!fromDocument.isEmpty())
        text += u'\n' + fromDocument;
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
