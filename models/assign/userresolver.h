#pragma once

#include "assign/userlist.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace ra {

class BulkClientPool;

// Turns a UserList's entries into member ids through the API, and for roles
// learns who already holds the role (Get role list of user). Ids are taken
// as given (the send answers "no such member" for a wrong one); usernames and
// e-mails are looked up with Get community users (search), keeping exact
// matches only (case-insensitive): none is "not matched", more than one
// "matched more than one member". Lookups run in parallel over the pool's
// clients. For badges nothing can be known in advance: the API has no call
// that lists a member's badges, so `already` stays empty and the Preview says
// so. GUI thread.
class UserResolver : public QObject
{
    Q_OBJECT

public:
    struct Match
    {
        UserList::Entry entry;
        QString userId;         // empty unless resolved
        QStringList candidates; // ambiguous: the ids that matched
        QString reason;         // why it could not be resolved
    };

    // What will happen, for the screen before anything is sent.
    struct Preview
    {
        QList<Match> willGet;         // resolved, not known to hold it
        QList<Match> already;         // resolved and known to hold it (roles only)
        QList<Match> notMatched;      // no member, or the lookup failed (reason)
        QList<Match> ambiguous;       // matched more than one member
        bool alreadyKnowable = false; // false for badges: see above
        int duplicatesMerged = 0;     // entries resolving to a member listed before
    };

    explicit UserResolver(BulkClientPool &pool, QObject *parent = nullptr);

    // Resolves `entries`; with a non-empty `roleId`, also asks each member's
    // roles. finished() follows once (also for an empty list).
    void start(const QList<UserList::Entry> &entries, const QString &roleId = {});
    void cancel();
    bool isRunning() const { return m_running; }
    const Preview &preview() const { return m_preview; }
    int lookupsInFlight() const { return m_inFlight; }

    static constexpr int maxParallel = 16;

signals:
    void progress(int resolved, int total);
    void finished();

private:
    void pump();
    void onLookup(int index, const QList<QString> &ids, const QString &reason);
    void onRoles(int index, bool holds, const QString &reason);
    void complete();

    QPointer<BulkClientPool> m_pool;
    QList<Match> m_matches;
    QList<int> m_state; // 0 waiting, 1 looking up, 2 roles, 3 done
    QString m_roleId;
    Preview m_preview;
    QList<QObject *> m_contexts;
    int m_next = 0;
    int m_nextRoles = 0;
    int m_inFlight = 0;
    int m_done = 0;
    bool m_running = false;
};

} // namespace ra
