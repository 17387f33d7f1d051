#include "import/importsession.h"

#include "api/apiclient.h"
#include "import/dryrunchecker.h"
#include "import/importdocument.h"
#include "import/importprogress.h"
#include "import/importrunner.h"
#include "import/jobjournal.h"
#include "import/preparedimport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUuid>

#include <atomic>

namespace ra {

struct ImportSession::Prepare
{
    QString path;
    std::atomic<bool> cancel{false};
    // Written by the worker, read after QThread::finished.
    bool ok = false;
    QString error;
};

ImportSession::ImportSession(ApiClient &client, JobJournal &journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_document(new ImportDocument(this))
    , m_preparedFolder(PreparedImport::defaultFolder())
{
}

ImportSession::~ImportSession()
{
    if (m_prepareThread) {
        m_prepare->cancel = true;
        m_prepareThread->wait();
        delete m_prepareThread;
    }
    // Progress refers to the runner: it goes first.
    delete m_progress;
    delete m_runner;
}

ImportMode ImportSession::mode() const
{
    return m_document->mode();
}

void ImportSession::setMode(ImportMode mode)
{
    if (mode != m_document->mode())
        m_document->setMode(mode);
}

void ImportSession::fetchServerNames()
{
    // The custom fields' types check the cells of columns named after them; without them
    // (no Application address, or a refusal) those cells are sent unchecked.
    if (m_client.config().baseUrl(ApiFamily::Application).isValid())
        m_client.getUserFields()->then(
            this, [this](const QList<UserField> &fields) { m_document->setCustomFields(fields); },
            [](const ApiError &) {});
    m_client.getServerRoles(m_client.config().communityId)
        ->then(
            this,
            [this](const QList<Role> &roles) {
                m_roles.clear();
                for (const Role &r : roles)
                    m_roles.append(r.title);
                m_namesLoaded = true;
                m_document->setServerRoles(m_roles);
                emit serverNamesLoaded(m_roles);
            },
            [this](const ApiError &e) {
                emit serverNamesFailed(
                    tr("The community's roles could not be read, so Role names are not "
                       "checked before sending: %1")
                        .arg(e.userText()));
            });
}

DryRunChecker *ImportSession::dryRun()
{
    if (!m_dryRun)
        m_dryRun = new DryRunChecker(m_client, this);
    return m_dryRun;
}

void ImportSession::createRunner()
{
    delete m_progress;
    delete m_runner;
    m_runner = new ImportRunner(m_client, m_journal, this);
    if (m_maxChunkBytes > 0)
        m_runner->setMaxChunkBytes(m_maxChunkBytes);
    m_progress = new ImportProgress(m_client, *m_runner, this);
    if (m_pollMs > 0)
        m_progress->setPollInterval(m_pollMs);
    connect(m_progress, &ImportProgress::finished, this, [this] {
        // Failed rows keep their records in memory: the prepared copy can go.
        const JournalSession *s = m_journal.session(m_journalId);
        if (s && s->isFinished())
            PreparedImport::remove(s->sourcePath);
    });
}

QString ImportSession::communityName() const
{
    if (!m_communityName.isEmpty())
        return m_communityName;
    return tr("community %1").arg(m_client.config().communityId);
}

bool ImportSession::checkSendable(QString *error) const
{
    if (m_prepareThread) {
        *error = tr("The rows are being prepared for sending already.");
        return false;
    }
    if (!m_document->isLoaded()) {
        *error = tr("The file is not read completely yet.");
        return false;
    }
    if (!m_document->mapping().isComplete(m_document->importTemplate())) {
        *error = m_document->mapping().missingText(m_document->importTemplate());
        return false;
    }
    if (m_document->sendableRowCount() <= 0) {
        *error = tr("No row can be sent: each of the %n row(s) is skipped or has problems.",
                    nullptr, int(qMin<qint64>(m_document->rowCount(), INT_MAX)));
        return false;
    }
    return true;
}

QString ImportSession::newPreparedPath() const
{
    return QDir(m_preparedFolder)
        .filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".csv"));
}

bool ImportSession::startRunner(const QString &path, QString *error)
{
    PreparedImport prepared;
    if (!prepared.open(path, error))
        return false;
    JournalSession plan;
    plan.sourcePath = path;
    plan.setOriginal(m_document->path());
    plan.update = m_document->mode() == ImportMode::Update;
    plan.communityId = m_client.config().communityId;
    plan.totalRows = prepared.rowCount();
    createRunner();
    m_progress->setSourceRows(prepared.sourceRows());
    emit sendingStarted();
    m_journalId = m_runner->start(plan, prepared.writer());
    return true;
}

bool ImportSession::send(QString *error)
{
    if (!checkSendable(error))
        return false;
    const QString path = newPreparedPath();
    if (!PreparedImport::write(*m_document, path, error))
        return false;
    return startRunner(path, error);
}

bool ImportSession::startSend(QString *error)
{
    if (!checkSendable(error))
        return false;
    const qint64 total = m_document->rowCount();
    if (total <= m_backgroundRows)
        return send(error); // a few milliseconds
    auto job = std::make_shared<Prepare>();
    job->path = newPreparedPath();
    const ImportDocument *document = m_document;
    m_prepare = job;
    m_prepareThread = QThread::create([this, job, document, total] {
        job->ok = PreparedImport::write(
            *document, job->path, &job->error, [this, job, total](qint64 rows) {
                QMetaObject::invokeMethod(
                    this, [this, rows, total] { emit preparing(rows, total); },
                    Qt::QueuedConnection);
                return !job->cancel;
            });
    });
    connect(m_prepareThread, &QThread::finished, this, [this, job] { finishPrepare(job); });
    m_prepareThread->start();
    emit preparing(0, total);
    return true;
}

void ImportSession::finishPrepare(const std::shared_ptr<Prepare> &job)
{
    m_prepareThread->deleteLater();
    m_prepareThread = nullptr;
    m_prepare.reset();
    if (job->cancel) {
        PreparedImport::remove(job->path);
        emit preparingCancelled();
        return;
    }
    QString error = job->error;
    if (!job->ok || !startRunner(job->path, &error))
        emit sendFailed(error);
}

bool ImportSession::openPrepared(const JournalSession &s, PreparedImport *prepared, QString *error)
{
    // A finished sending whose prepared file was cleaned up only follows jobs.
    return (s.sendingComplete() && !QFileInfo::exists(s.sourcePath)) ||
           prepared->open(s.sourcePath, error);
}

bool ImportSession::canResume(const JournalSession &s, QString *error)
{
    PreparedImport prepared;
    return openPrepared(s, &prepared, error) && ImportRunner::canResume(s, error);
}

bool ImportSession::resume(const QString &sessionId, QString *error)
{
    const JournalSession *s = m_journal.session(sessionId);
    if (!s) {
        *error = tr("The journal has no import %1").arg(sessionId);
        return false;
    }
    PreparedImport prepared;
    if (!openPrepared(*s, &prepared, error))
        return false;
    setMode(s->update ? ImportMode::Update : ImportMode::Import);
    createRunner();
    m_progress->setSourceRows(prepared.sourceRows());
    emit sendingStarted();
    if (!m_runner->resume(sessionId, prepared.writer(), error))
        return false;
    m_journalId = sessionId;
    return true;
}

void ImportSession::cancel()
{
    if (m_prepare)
        m_prepare->cancel = true;
    if (m_runner)
        m_runner->cancel();
}

} // namespace ra
