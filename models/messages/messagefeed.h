#pragma once

#include "api/apierror.h"
#include "api/route.h"
#include "domain/message.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace ra {

class ApiClient;
class ApiReplyBase;
struct ApiResponse;

// The recent messages of one channel as a list model, oldest at the top and newest at the
// bottom, each reply threaded under the message it answers (depth 1, after its parent's earlier
// replies); a reply whose parent is older than what is loaded stands alone and says so
// (ParentMissingRole).
//
// Get Messages has no cursor, only a `count` of the newest messages: the feed asks for a
// screenful first (firstCount), and loadOlder() asks again with a larger count (doubling, by at
// most maxGrowStep). Each reply is applied as a change, not a reset, whenever what was shown is
// still there in the same order: older messages are inserted above (rowsInserted at 0), newer ones
// appended, changed reactions are dataChanged, so a view keeps its rows and can keep its place.
//
// The answer grows with the count (the whole of it comes back each time), so it is read away
// from the GUI thread: the client hands the body over undecoded (ApiCall::rawBody) and a worker
// (QtConcurrent) takes the envelope off, decodes the messages, threads them and makes the rows,
// reusing the shown rows whose JSON is unchanged. Back on the GUI thread the older rows go in
// insertBatch at a time, one batch per turn of the event loop, so a view lays out and measures
// only a few hundred new rows between two paints. loaded() comes once the last batch is in.
// refresh() asks again with the current count. One request at a time; a new channel drops the
// answer still on its way. Borrows the client; GUI thread.
class MessageFeed : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        AuthorRole,        // username, else e-mail, else the user id
        TimeRole,          // QDateTime (UTC)
        TextRole,          // the words, image lines taken out
        ImagesRole,        // QStringList of image URLs
        ReactionsRole,     // QString: "👍 2   ❤️ 1"
        DepthRole,         // 0, or 1 for a reply under its parent
        ParentMissingRole, // a reply whose parent is not loaded
        RawTextRole,       // the message as sent
    };

    static constexpr int defaultFirstCount = 50;
    static constexpr int maxGrowStep = 500;
    static constexpr int maxCount = 10000;
    static constexpr int defaultInsertBatch = 250;

    explicit MessageFeed(ApiClient &client, QObject *parent = nullptr);
    ~MessageFeed() override;

    // Shows `channelId` (empty: nothing) and asks for its first screenful.
    void setChannel(const QString &channelId);
    QString channelId() const { return m_channelId; }
    void setFirstCount(int count) { m_firstCount = qBound(1, count, maxCount); }
    // Older rows inserted per turn of the event loop (at least 1).
    void setInsertBatch(int rows) { m_insertBatch = qMax(1, rows); }
    // The count the feed asks for now (grows with loadOlder()).
    int requestedCount() const { return m_count; }
    // The server's total for the channel; -1 before the first answer.
    qint64 total() const { return m_total; }
    // Whether the server holds messages older than those loaded.
    bool canLoadOlder() const;
    bool isLoading() const { return m_reply != nullptr || m_decoding || !m_older.isEmpty(); }
    void loadOlder();
    void refresh();
    // Forgets the channel and its rows (a profile switch).
    void clear();

    int rowOf(const QString &id) const;
    QString idAt(int row) const;
    // The author of a loaded message, for "Replying to …".
    QString authorOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void loadingChanged(bool loading);
    // An answer was applied: `older` rows came in above what was shown, `newer` below.
    void loaded(int older, int newer);
    void loadFailed(const QString &reason);

private:
    struct Row
    {
        QString id;
        QString author;
        QDateTime time;
        QString text;
        QStringList images;
        QString reactions;
        QString raw;
        QList<MessageReaction> rawReactions;
        Message message;
        QJsonObject json; // as the server sent it, to know it unchanged next time
        int depth = 0;
        bool parentMissing = false;
    };
    // What the worker makes of one answer: plain values, handed back to the GUI thread.
    struct Answer
    {
        ApiError error;      // the envelope reported a failure, or the body is unreadable
        QList<Row> rows;     // every row to show, threaded, oldest first
        QList<bool> differs; // per row: not the same as the shown row of that id
        qint64 total = 0;
        int received = 0; // messages in the answer
        int count = 0;    // the count to ask for next time (grows to cover carried rows)
    };

    void request(int count);
    void onAnswer(const Answer &answer, int count);
    void insertOlder();
    void finishRequest(int older, int newer);
    // Runs on a worker thread: reads `response` (undecoded) against the rows shown.
    static Answer decodeAnswer(const ApiResponse &response, Envelope envelope, int count,
                               const QList<Row> &shown);
    static Row makeRow(const Message &message);
    void reindex();

    ApiClient &m_client;
    QString m_channelId;
    int m_firstCount = defaultFirstCount;
    int m_insertBatch = defaultInsertBatch;
    int m_count = 0;
    int m_wanted = 0; // a larger count asked for while a request was on its way
    qint64 m_total = -1;
    bool m_exhausted = false;
    QPointer<ApiReplyBase> m_reply;
    bool m_decoding = false;
    quint64 m_generation = 0; // bumped by clear(): a worker's answer for an older one is dropped
    // Older rows still to insert above the shown ones (oldest first), and what the answer
    // brought in all, for loaded().
    QList<Row> m_older;
    int m_olderTotal = 0;
    int m_newer = 0;
    QTimer m_insertTimer;
    QList<Row> m_rows;
    // id -> place: row = place - m_top. Rows inserted above get places below m_top, so an
    // insertion does not renumber every row.
    QHash<QString, qint64> m_index;
    qint64 m_top = 0;
};

} // namespace ra
