#pragma once

#include "import/importmode.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QThread;

namespace ra {

class ApiClient;
class DryRunChecker;
class ImportDocument;
class ImportProgress;
class ImportRunner;
class JobJournal;
class PreparedImport;
struct JournalSession;

// One import from file to finished jobs, shared by the pages of the import
// wizard and by `returning-admin import`: the document (read, mapped,
// validated), the server's role names, the dry run, and once sent the runner
// and the live progress. send() writes the validated rows once as a prepared
// template CSV (see PreparedImport) and hands it to the runner; resume()
// picks a journaled import up again. startSend() writes large files on a
// worker thread (preparing, then sendingStarted, or sendFailed /
// preparingCancelled); the worker only reads the document, which must not
// change meanwhile (the wizard is past its commit page). Owns the document,
// dry run, runner, progress and the worker thread; borrows the client and the
// journal. GUI thread.
class ImportSession : public QObject
{
    Q_OBJECT

public:
    ImportSession(ApiClient &client, JobJournal &journal, QObject *parent = nullptr);
    ~ImportSession() override;

    ImportDocument *document() const { return m_document; }
    ImportMode mode() const;
    void setMode(ImportMode mode);

    // Folder for prepared files (default PreparedImport::defaultFolder()).
    void setPreparedFolder(const QString &folder) { m_preparedFolder = folder; }
    void setMaxChunkBytes(qint64 bytes) { m_maxChunkBytes = bytes; }
    void setPollInterval(int ms) { m_pollMs = ms; }

    // Fetches the community's role names (serverNamesLoaded / serverNamesFailed)
    // and gives them to the document for validation.
    void fetchServerNames();
    QStringList serverRoles() const { return m_roles; }
    bool hasServerNames() const { return m_namesLoaded; }

    // The community the rows go to, as the confirmation names it: the name
    // given (setCommunityName()), else "community <id>".
    void setCommunityName(const QString &name) { m_communityName = name; }
    QString communityName() const;

    // The dry run over the loaded document (created on first use).
    DryRunChecker *dryRun();

    // Writes the prepared file and starts sending, all before it returns
    // (for the command line, which has no window). False with `error`.
    bool send(QString *error);
    // Like send(), but files of more than backgroundRows() rows are written
    // on a worker thread: preparing() reports the rows written, then
    // sendingStarted() or sendFailed(); cancel() stops it (preparingCancelled).
    // False with `error` when it cannot start at all.
    bool startSend(QString *error);
    bool isPreparing() const { return m_prepareThread != nullptr; }
    qint64 backgroundRows() const { return m_backgroundRows; }
    void setBackgroundRows(qint64 rows) { m_backgroundRows = rows; }
    // Continues the journaled import `sessionId`. False with `error`.
    bool resume(const QString &sessionId, QString *error);
    // Whether resume() can take up `session` (its prepared file is there and
    // unchanged), without starting anything. False with `error`.
    static bool canResume(const JournalSession &session, QString *error);
    void cancel();

    ImportRunner *runner() const { return m_runner; }
    ImportProgress *progress() const { return m_progress; }
    QString journalId() const { return m_journalId; }
    ApiClient &client() const { return m_client; }

signals:
    void serverNamesLoaded(const QStringList &roles);
    void serverNamesFailed(const QString &message);
    // The runner and progress exist now.
    void sendingStarted();
    // Preparing the rows for sending (startSend()).
    void preparing(qint64 rowsWritten, qint64 rowsTotal);
    void sendFailed(const QString &message);
    void preparingCancelled();

private:
    struct Prepare;

    static bool openPrepared(const JournalSession &s, PreparedImport *prepared, QString *error);
    void createRunner();
    bool checkSendable(QString *error) const;
    QString newPreparedPath() const;
    bool startRunner(const QString &path, QString *error);
    void finishPrepare(const std::shared_ptr<Prepare> &job);

    ApiClient &m_client;
    JobJournal &m_journal;
    ImportDocument *m_document;
    DryRunChecker *m_dryRun = nullptr;
    ImportRunner *m_runner = nullptr;
    ImportProgress *m_progress = nullptr;
    QString m_preparedFolder;
    QString m_journalId;
    QString m_communityName;
    QStringList m_roles;
    QThread *m_prepareThread = nullptr;
    std::shared_ptr<Prepare> m_prepare;
    qint64 m_backgroundRows = 20000;
    qint64 m_maxChunkBytes = 0;
    int m_pollMs = 0;
    bool m_namesLoaded = false;
};

} // namespace ra
