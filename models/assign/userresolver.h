#pragma once

#include "assign/userlist.h"
#include "bulk/bulktypes.h"

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
// reading clients (pickReader(): they retry transient failures). For badges nothing can be known in
// advance: the API has no call that lists a member's badges, so `already` stays empty and the
// Preview says so. GUI thread.
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
    // roles: `giving` true counts those who hold it as already, false those
    // who do not. finished() follows once (asynchronously, also for an empty
    // list).
    void start(const QList<UserList::Entry> &entries, const QString &roleId = {},
               bool giving = true);
    void cancel();
    bool isRunning() const { return m_running; }
    const Preview &preview() const { return m_preview; }
    int lookupsInFlight() const { return m_inFlight; }

    // The bulk job's items of a preview: willGet to send, and `already` as
    // items already final (Already, "known before sending").
    static QList<BulkItem> items(const Preview &preview);

    static constexpr int maxParallel = 16;
    static constexpr int searchPageSize = 50;

signals:
    void progress(int resolved, int total);
    void finished();

private:
    enum class Step { Waiting, LookingUp, Resolved, CheckingRoles, Done };
    void pump();
    void lookUp(int index);
    void checkRoles(int index);
    void resolved(int index, const QStringList &ids, const QString &reason);
    void rolesKnown(int index, bool holds, const QString &reason);
    void complete();

    QPointer<BulkClientPool> m_pool;
    QList<Match> m_matches;
    QList<Step> m_steps;
    QHash<int, bool> m_already; // index -> known to be as asked already
    QString m_roleId;
    bool m_giving = true;
    Preview m_preview;
    QPointer<QObject> m_context; // replies bound to it; deleted by cancel()
    int m_generation = 0;        // replies of an earlier start() are ignored
    int m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    bool m_running = false;
};

} // namespace ra
