#include "importpanes.h"

#include "api/apiclient.h"
#include "apilog/apilogpane.h"
#include "iconfactory.h"
#include "import/importsession.h"
#include "import/importwizard.h"
#include "import/jobjournal.h"
#include "import/journalreport.h"
#include "import/journalsession.h"
#include "mainwindow.h"
#include "questionprovider.h"
#include "stores/apijobstore.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLoggingCategory>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcImportPanes, "ra.app.import")

namespace ra {

namespace {
// A log sheet: lines with a tick, drawn like IconFactory's glyphs.
QIcon apiLogIcon()
{
    return IconFactory::painted([](QPainter &p, const QColor &c) {
        p.setPen(QPen(c, 2.5, Qt::SolidLine, Qt::RoundCap));
        p.drawRoundedRect(QRectF(6, 4, 20, 24), 3, 3);
        for (const double y : {11.0, 16.0, 21.0})
            p.drawLine(QPointF(11, y), QPointF(21, y));
    });
}
} // namespace

ImportPanes::ImportPanes(MainWindow &window, ApiClient &client, RequestLog *requestLog,
                         QuestionProvider &questions, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_client(client)
    , m_questions(questions)
    , m_journal(new JobJournal(JobJournal::defaultPath(), this))
    , m_jobs(new ApiJobStore(client, this))
{
    QString error;
    if (!m_journal->load(&error)) {
        qCWarning(lcImportPanes) << error;
        window.statusBar()->showMessage(error, 15000);
    }
    window.addPane(
        QStringLiteral("apilog"), [] { return ApiLogPane::tr("API Log"); }, apiLogIcon(),
        new ApiLogPane(*m_jobs, requestLog));
    connect(&window, &MainWindow::importRequested, this, &ImportPanes::openWizard);
}

void ImportPanes::onBound()
{
    // Bound to a profile without addresses (the built-in one before its
    // sandbox listens): every request could only fail; wait for the next bind.
    if (!isConnected())
        return clear();
    m_jobs->reload();
    if (!m_resumed) {
        m_resumed = true;
        resumeUnfinished();
    }
}

void ImportPanes::clear()
{
    m_jobs->clear();
}

bool ImportPanes::isConnected() const
{
    // Bulk jobs and the API log that a resume checks are Integration routes.
    return m_client.config().baseUrl(ApiFamily::Integration).isValid();
}

void ImportPanes::openWizard(const QString &path)
{
    auto *wizard = new ImportWizard(m_client, *m_journal, m_questions, &m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (m_communityName)
        wizard->setCommunityName(m_communityName());
    if (!path.isEmpty())
        wizard->setFile(path);
    connect(wizard, &QWizard::finished, m_jobs, &ApiJobStore::reload);
    wizard->open();
}

void ImportPanes::resumeUnfinished()
{
    const QList<JournalSession> open = m_journal->unfinished();
    for (const JournalSession &s : open) {
        QString error;
        if (!ImportSession::canResume(s, &error)) {
            qCWarning(lcImportPanes) << "cannot resume import" << s.id << error;
            offerToForget(s, error);
            continue;
        }
        offer(s.id);
    }
}

void ImportPanes::offer(const QString &sessionId)
{
    const JournalSession *session = m_journal->session(sessionId);
    if (!session)
        return;
    const JournalReport report(*session);
    const QString name = report.fileName();
    QuestionProvider::Question q;
    q.title = tr("Interrupted Import");
    q.text = tr("The import of %1 was interrupted: the app stopped before every row was sent.")
                 .arg(name);
    q.informativeText =
        report.summary() + u' ' +
        tr("Resume sends the rows left to community %1. Review shows what the journal knows. "
           "Forget stops here: the rows left are not sent, and you are not asked again.")
            .arg(session->communityId);
    m_window.statusBar()->showMessage(q.text, 20000);
    const QStringList choices = {tr("Resume"), tr("Review"), tr("Forget")};
    m_questions.choose(&m_window, q, choices, this, [this, sessionId, name](int choice) {
        switch (choice) {
        case 0:
            return resume(sessionId);
        case 1:
            return review(sessionId);
        case 2:
            return forget(sessionId, name);
        default:
            return; // closed: asked again at the next start
        }
    });
}

void ImportPanes::resume(const QString &sessionId)
{
    auto *wizard = new ImportWizard(m_client, *m_journal, m_questions, &m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (m_communityName)
        wizard->setCommunityName(m_communityName());
    QString error;
    if (!wizard->resumeJournaled(sessionId, &error)) {
        qCWarning(lcImportPanes) << "cannot resume import" << sessionId << error;
        delete wizard;
        if (const JournalSession *session = m_journal->session(sessionId))
            offerToForget(*session, error);
        return;
    }
    connect(wizard, &QWizard::finished, m_jobs, &ApiJobStore::reload);
    wizard->open();
}

void ImportPanes::review(const QString &sessionId)
{
    const JournalSession *session = m_journal->session(sessionId);
    if (!session)
        return;
    auto *dialog = new QDialog(&m_window);
    dialog->setObjectName(QStringLiteral("importJournalReport"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Interrupted Import: What the Journal Knows"));
    auto *text = new QPlainTextEdit(JournalReport(*session).text(*session), dialog);
    text->setReadOnly(true);
    text->setAccessibleName(tr("Import report"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(640, 360);
    // Having read it, the user decides: the question comes back.
    connect(dialog, &QDialog::finished, this, [this, sessionId] { offer(sessionId); });
    dialog->open();
}

void ImportPanes::forget(const QString &sessionId, const QString &name)
{
    if (m_journal->remove(sessionId))
        m_window.statusBar()->showMessage(tr("Forgot the interrupted import of %1.").arg(name),
                                          10000);
}

void ImportPanes::offerToForget(const JournalSession &session, const QString &error)
{
    const JournalReport report(session);
    const QString name = report.fileName();
    const qint64 unsent = report.inDoubt() + report.left();
    QuestionProvider::Question q;
    q.title = tr("Interrupted Import");
    q.text = tr("The interrupted import of %1 cannot be resumed: %2").arg(name, error);
    q.informativeText =
        tr("Rows already sent stay on the server and are listed in the API log. Forget this "
           "import to stop being asked; %n row(s) not yet sent will not be sent.",
           nullptr, int(qMin<qint64>(unsent, INT_MAX)));
    q.confirmText = tr("Forget Import");
    m_window.statusBar()->showMessage(q.text, 20000);
    const QString id = session.id;
    m_questions.confirm(&m_window, q, this, [this, id, name](bool confirmed) {
        if (confirmed)
            forget(id, name); // otherwise asked again at the next start
    });
}

} // namespace ra
