#include "importpanes.h"

#include "apilog/apilogpane.h"
#include "import/importwizard.h"
#include "import/jobjournal.h"
#include "import/journalsession.h"
#include "mainwindow.h"
#include "questionprovider.h"
#include "stores/apijobstore.h"

#include <QLoggingCategory>
#include <QPainter>
#include <QPixmap>
#include <QStatusBar>

Q_LOGGING_CATEGORY(lcImportPanes, "ra.app.import")

namespace ra {

namespace {
// A log sheet: lines with a tick, drawn in IconFactory's colour.
QIcon apiLogIcon()
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x44, 0x4b, 0x55), 2.5, Qt::SolidLine, Qt::RoundCap));
    p.drawRoundedRect(QRectF(6, 4, 20, 24), 3, 3);
    for (const double y : {11.0, 16.0, 21.0})
        p.drawLine(QPointF(11, y), QPointF(21, y));
    return QIcon(pixmap);
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
    window.addPane(QStringLiteral("apilog"), ApiLogPane::tr("API Log"), apiLogIcon(),
                   new ApiLogPane(*m_jobs, requestLog));
    connect(&window, &MainWindow::importRequested, this, &ImportPanes::openWizard);
}

void ImportPanes::onBound()
{
    m_jobs->reload();
    if (!m_resumed) {
        m_resumed = true;
        resumeUnfinished();
    }
}

void ImportPanes::openWizard(const QString &path)
{
    auto *wizard = new ImportWizard(m_client, *m_journal, m_questions, &m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!path.isEmpty())
        wizard->setFile(path);
    connect(wizard, &QWizard::finished, m_jobs, &ApiJobStore::reload);
    wizard->open();
}

void ImportPanes::resumeUnfinished()
{
    const QList<JournalSession> open = m_journal->unfinished();
    for (const JournalSession &s : open) {
        auto *wizard = new ImportWizard(m_client, *m_journal, m_questions, &m_window);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        QString error;
        if (!wizard->resumeJournaled(s.id, &error)) {
            qCWarning(lcImportPanes) << "cannot resume import" << s.id << error;
            delete wizard;
            offerToForget(s, error);
            continue;
        }
        connect(wizard, &QWizard::finished, m_jobs, &ApiJobStore::reload);
        wizard->open();
    }
}

void ImportPanes::offerToForget(const JournalSession &session, const QString &error)
{
    const QString name = session.originalPath.isEmpty() ? session.sourcePath : session.originalPath;
    qint64 unsent = 0;
    for (const JournalSession::Chunk &chunk : session.chunks) {
        if (chunk.state == JournalSession::Chunk::State::Sending)
            unsent += chunk.rows();
    }
    unsent += qMax<qint64>(0, session.plannedRows() - session.nextRow());
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
    m_questions.confirm(&m_window, q, this, [this, id, name](bool forget) {
        if (!forget)
            return; // asked again at the next start
        if (m_journal->remove(id))
            m_window.statusBar()->showMessage(tr("Forgot the interrupted import of %1.").arg(name),
                                              10000);
    });
}

} // namespace ra
