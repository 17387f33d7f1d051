#pragma once

#include "import/journalsession.h"

#include <QList>
#include <QObject>
#include <QString>

namespace ra {

// The local journal of imports: every session and its chunks, saved to one
// JSON file after each change (written atomically, so a crash leaves the
// previous or the new state, never half of one). Closing the app or a crash
// therefore never loses track of a job: on the next start unfinished()
// lists what to resume. The file lives under QStandardPaths::AppDataLocation
// unless a path is given (tests). Owned by the composition root (or a test);
// GUI thread.
class JobJournal : public QObject
{
    Q_OBJECT

public:
    explicit JobJournal(const QString &path = defaultPath(), QObject *parent = nullptr);

    static QString defaultPath();
    QString path() const { return m_path; }

    // Reads the file (a missing file is an empty journal). False with
    // `error` when it exists but cannot be read.
    bool load(QString *error = nullptr);
    QString lastError() const { return m_lastError; }

    const QList<JournalSession> &sessions() const { return m_sessions; }
    const JournalSession *session(const QString &id) const;
    QList<JournalSession> unfinished() const;

    // Finished sessions kept for reference; older finished ones are dropped.
    static constexpr int keptFinished = 50;

    // Adds or replaces the session with the same id and saves at once.
    bool store(const JournalSession &session);
    bool remove(const QString &id);

signals:
    void sessionChanged(const QString &id);
    // Writing the file failed: the journal keeps going in memory.
    void saveFailed(const QString &message);

private:
    bool save();

    QString m_path;
    QString m_lastError;
    QList<JournalSession> m_sessions;
};

} // namespace ra
