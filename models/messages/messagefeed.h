#pragma once

#include "domain/message.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace ra {

class ApiClient;
class ApiReplyBase;

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
// Rows already known are reused rather than decoded again, so growing to thousands of messages
// costs only the new ones: an answer is read decodeSlice messages per turn of the event loop,
// and a message whose JSON is unchanged is not decoded again, so thousands of messages never hold
// the window up. refresh() asks again with the current count. One request at a time; a new
// channel drops the answer still on its way. Borrows the client; GUI thread.
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
    static constexpr int decodeSlice = 500;

    explicit MessageFeed(ApiClient &client, QObject *parent = nullptr);
    ~MessageFeed() override;

    // Shows `channelId` (empty: nothing) and asks for its first screenful.
    void setChannel(const QString &channelId);
    QString channelId() const { return m_channelId; }
    void setFirstCount(int count) { m_firstCount = qBound(1, count, maxCount); }
    // The count the feed asks for now (grows with loadOlder()).
    int requestedCount() const { return m_count; }
    // The server's total for the channel; -1 before the first answer.
    qint64 total() const { return m_total; }
    // Whether the server holds messages older than those loaded.
    bool canLoadOlder() const;
    bool isLoading() const { return m_reply != nullptr || !m_pending.isEmpty(); }
    void loadOlder();
    void refresh();
    // Forgets the channel and its rows (a profile switch).
    void clear();

    int rowOf(const QString &id) const { return m_index.value(id, -1); }
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

    void request(int count);
    void decodeSome();
    void finishRequest();
    void apply(const QList<Message> &messages, const QList<QJsonObject> &json, qint64 total,
               int count);
    static Row makeRow(const Message &message);
    void reindex();

    ApiClient &m_client;
    QString m_channelId;
    int m_firstCount = defaultFirstCount;
    int m_count = 0;
    int m_wanted = 0; // a larger count asked for while a request was on its way
    qint64 m_total = -1;
    bool m_exhausted = false;
    QPointer<ApiReplyBase> m_reply;
    // An answer being read in slices: its messages, how far, what they decoded to.
    QJsonArray m_pending;
    qint64 m_pendingTotal = 0;
    int m_pendingCount = 0;
    int m_decoded = 0;
    QList<Message> m_messages;
    QList<QJsonObject> m_json;
    QTimer m_decodeTimer;
    QList<Row> m_rows;
    QHash<QString, int> m_index;
};

} // namespace ra
