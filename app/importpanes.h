#pragma once

#include <functional>

#include <QObject>

namespace ra {

class ApiClient;
class ApiJobStore;
class JobJournal;
class MainWindow;
class QuestionProvider;
class RequestLog;
struct JournalSession;

// Composition root of issue 5's GUI: builds the job journal and the API-log
// store, adds the API log pane to the window, opens the import wizard when
// the window asks for it (File > Import…, Ctrl+I, a dropped .csv), and once the
// client is first bound with a base URL for the Integration API (for the
// built-in profile: once the embedded sandbox listens) offers every import the
// journal lists as unfinished (a quit or crash in the middle of sending): it
// says what happened and what would be sent, and offers Resume, Review (the
// journal's report) and Forget. A forgotten import is removed from the
// journal and never offered again; a question closed without an answer is
// asked again at the next start. An import that cannot be resumed (its
// prepared file is gone or changed) is named with the reason and may only be
// forgotten.
// Owns the journal and store (children); borrows the window, client, request
// log and question provider. GUI thread.
class ImportPanes : public QObject
{
    Q_OBJECT

public:
    ImportPanes(MainWindow &window, ApiClient &client, RequestLog *requestLog,
                QuestionProvider &questions, QObject *parent = nullptr);

    JobJournal *journal() const { return m_journal; }
    ApiJobStore *jobs() const { return m_jobs; }

    // The client now talks to a (new) profile: refetch; the first time it has
    // somewhere to send to, also offer the journal's unfinished imports.
    void onBound();
    // The active profile changed: the API log pane forgets the old community's jobs at once,
    // before the new profile is bound.
    void clear();
    // Names the community in the wizard's titles ("Import 500 members into ...").
    void setCommunityName(std::function<QString()> name) { m_communityName = std::move(name); }
    void openWizard(const QString &path);
    void resumeUnfinished();

private:
    bool isConnected() const;
    void offer(const QString &sessionId);
    void resume(const QString &sessionId);
    void review(const QString &sessionId);
    void forget(const QString &sessionId, const QString &name);
    void offerToForget(const JournalSession &session, const QString &error);

    MainWindow &m_window;
    ApiClient &m_client;
    QuestionProvider &m_questions;
    JobJournal *m_journal;
    ApiJobStore *m_jobs;
    bool m_resumed = false;
    std::function<QString()> m_communityName;
};

} // namespace ra
