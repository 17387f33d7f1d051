#include "messages/messagefeed.h"

#include "api/apiclient.h"
#include "domain/jsonreader.h"
#include "messages/messagetext.h"

#include <QUrlQuery>

namespace ra {

MessageFeed::MessageFeed(ApiClient &client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
    m_decodeTimer.setSingleShot(true);
    m_decodeTimer.setInterval(0);
    connect(&m_decodeTimer, &QTimer::timeout, this, &MessageFeed::decodeSome);
}

MessageFeed::~MessageFeed()
{
    if (m_reply)
        m_reply->abort();
}

void MessageFeed::setChannel(const QString &channelId)
{
    if (channelId == m_channelId && (m_reply || !m_rows.isEmpty()))
        return;
    clear();
    m_channelId = channelId;
    if (!channelId.isEmpty())
        request(m_firstCount);
}

void MessageFeed::clear()
{
    const bool wasLoading = isLoading();
    if (m_reply) {
        ApiReplyBase *reply = m_reply;
        m_reply = nullptr;
        reply->abort();
    }
    m_decodeTimer.stop();
    m_pending = {};
    m_messages.clear();
    m_json.clear();
    if (wasLoading)
        emit loadingChanged(false);
    m_channelId.clear();
    m_count = 0;
    m_wanted = 0;
    m_total = -1;
    m_exhausted = false;
    if (!m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        m_index.clear();
        endResetModel();
    }
}

bool MessageFeed::canLoadOlder() const
{
    if (m_channelId.isEmpty() || m_exhausted || m_count >= maxCount)
        return false;
    return m_total < 0 || m_total > m_rows.size();
}

void MessageFeed::loadOlder()
{
    if (!canLoadOlder())
        return;
    const int base = qMax(m_count, m_wanted);
    const int next = qMin(maxCount, base + qBound(1, base, maxGrowStep));
    if (isLoading()) {
        m_wanted = qMax(m_wanted, next);
        return;
    }
    request(next);
}

void MessageFeed::refresh()
{
    if (m_channelId.isEmpty())
        return;
    if (isLoading()) {
        m_wanted = qMax(m_wanted, m_count);
        return;
    }
    request(qMax(m_count, m_firstCount));
}

void MessageFeed::request(int count)
{
    m_count = count;
    m_wanted = 0;
    const bool wasLoading = isLoading();
    // The generic call: the answer is decoded here in slices, not all at once by the client.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("channel_id"), m_channelId);
    query.addQueryItem(QStringLiteral("count"), QString::number(count));
    auto *reply = m_client.call(QStringLiteral("getMessages"), {}, query);
    m_reply = reply;
    reply->then(
        this,
        [this, reply, count](const ApiResponse &response) {
            if (m_reply != reply)
                return;
            m_reply = nullptr;
            if (response.data.isArray()) {
                m_pending = response.data.toArray();
                m_pendingTotal = m_pending.size();
            } else {
                JsonReader r(response.data.toObject());
                m_pending = r.array({"messages", "items", "results"});
                m_pendingTotal = r.integer({"total", "count"}, m_pending.size());
            }
            m_pendingCount = count;
            m_decoded = 0;
            m_messages.clear();
            m_json.clear();
            m_messages.reserve(m_pending.size());
            m_json.reserve(m_pending.size());
            if (m_pending.isEmpty())
                finishRequest();
            else
                decodeSome();
        },
        [this, reply](const ApiError &error) {
            if (m_reply != reply)
                return;
            m_reply = nullptr;
            m_wanted = 0;
            emit loadingChanged(false);
            emit loadFailed(errorText(error));
        });
    if (!wasLoading)
        emit loadingChanged(true);
}

void MessageFeed::decodeSome()
{
    const int end = qMin(int(m_pending.size()), m_decoded + decodeSlice);
    for (; m_decoded < end; ++m_decoded) {
        const QJsonObject object = m_pending.at(m_decoded).toObject();
        const int row = m_index.value(object.value(u"id").toString(), -1);
        if (row >= 0 && m_rows.at(row).json == object)
            m_messages.append(m_rows.at(row).message);
        else
            m_messages.append(Message::fromJson(object));
        m_json.append(object);
    }
    if (m_decoded < m_pending.size())
        m_decodeTimer.start();
    else
        finishRequest();
}

void MessageFeed::finishRequest()
{
    const QList<Message> messages = std::move(m_messages);
    const QList<QJsonObject> json = std::move(m_json);
    m_messages = {};
    m_json = {};
    m_pending = {};
    apply(messages, json, qMax<qint64>(m_pendingTotal, messages.size()), m_pendingCount);
    if (m_wanted > 0)
        request(m_wanted);
    else
        emit loadingChanged(false);
}

MessageFeed::Row MessageFeed::makeRow(const Message &message)
{
    Row row;
    row.id = message.id;
    row.author = !message.username.isEmpty() ? message.username
                 : !message.email.isEmpty()  ? message.email
                                             : message.userId;
    row.time = QDateTime::fromString(message.timestamp, Qt::ISODateWithMs);
    if (!row.time.isValid())
        row.time = QDateTime::fromString(message.timestamp, Qt::ISODate);
    MessageText::Parts parts = MessageText::split(message.message);
    row.text = std::move(parts.text);
    row.images = std::move(parts.images);
    row.raw = message.message;
    row.rawReactions = message.reactions;
    row.message = message;
    QStringList shown;
    for (const MessageReaction &reaction : message.reactions)
        shown.append(
            QStringLiteral("%1 %2").arg(MessageText::glyphOf(reaction.emoji)).arg(reaction.count));
    row.reactions = shown.join(QStringLiteral("   "));
    return row;
}

void MessageFeed::apply(const QList<Message> &messages, const QList<QJsonObject> &json,
                        qint64 total, int count)
{
    m_total = total;
    m_exhausted = messages.size() < count;
    // The API answers newest first; the view wants oldest first, replies under their parent.
    QHash<QString, const Message *> byId;
    byId.reserve(messages.size());
    for (const Message &m : messages)
        byId.insert(m.id, &m);
    QHash<QString, QList<const Message *>> replies; // root id -> replies, oldest first
    QList<const Message *> roots;
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const Message &m = messages.at(i);
        QString root = m.parentId;
        for (int hops = 0; hops < 64 && byId.contains(root); ++hops) {
            const QString up = byId.value(root)->parentId;
            if (up.isEmpty() || !byId.contains(up))
                break;
            root = up;
        }
        if (!root.isEmpty() && byId.contains(root) && root != m.id)
            replies[root].append(&m);
        else
            roots.append(&m);
    }
    QList<Row> next;
    next.reserve(messages.size());
    QList<bool> changed;
    changed.reserve(messages.size());
    auto add = [&](const Message *m, int depth) {
        const int old = m_index.value(m->id, -1);
        Row row;
        bool differs = true;
        if (old >= 0 && m_rows.at(old).raw == m->message &&
            m_rows.at(old).rawReactions == m->reactions) {
            row = m_rows.at(old);
            differs = false;
        } else {
            row = makeRow(*m);
        }
        row.json = json.value(m - messages.constData());
        const bool missing = depth == 0 && !m->parentId.isEmpty();
        differs = differs || row.depth != depth || row.parentMissing != missing;
        row.depth = depth;
        row.parentMissing = missing;
        next.append(std::move(row));
        changed.append(differs);
    };
    for (const Message *root : std::as_const(roots)) {
        add(root, 0);
        const auto found = replies.constFind(root->id);
        if (found == replies.constEnd())
            continue;
        for (const Message *reply : found.value())
            add(reply, 1);
    }

    // A full answer to the same count leaves out as many of the oldest shown messages as new
    // ones came in: they still exist, so they stay (and the count grows to cover them).
    if (!m_rows.isEmpty() && !messages.isEmpty() && messages.size() >= count) {
        const QDateTime oldest = makeRow(messages.last()).time;
        QList<Row> carried;
        for (const Row &row : std::as_const(m_rows)) {
            if (!byId.contains(row.id) && row.time <= oldest)
                carried.append(row);
        }
        if (!carried.isEmpty()) {
            changed = QList<bool>(carried.size(), false) + changed;
            next = carried + next;
            m_count = qMin(maxCount, int(next.size()));
        }
    }

    // Shown rows still there in the same order: insert around them, so a view keeps its place.
    const qsizetype oldSize = m_rows.size();
    qsizetype at = -1;
    if (oldSize > 0) {
        for (qsizetype i = 0; i < next.size(); ++i) {
            if (next.at(i).id == m_rows.first().id) {
                at = i;
                break;
            }
        }
    }
    bool kept = at >= 0 && at + oldSize <= next.size();
    for (qsizetype i = 0; kept && i < oldSize; ++i)
        kept = next.at(at + i).id == m_rows.at(i).id;
    int older = 0;
    int newer = 0;
    if (oldSize == 0 || !kept) {
        beginResetModel();
        m_rows = std::move(next);
        reindex();
        endResetModel();
        newer = int(m_rows.size());
    } else {
        older = int(at);
        newer = int(next.size() - at - oldSize);
        if (older > 0) {
            beginInsertRows({}, 0, older - 1);
            m_rows = next.mid(0, older) + m_rows;
            reindex();
            endInsertRows();
        }
        if (newer > 0) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + newer - 1);
            m_rows.append(next.mid(at + oldSize));
            reindex();
            endInsertRows();
        }
        for (qsizetype i = at; i < at + oldSize; ++i) {
            if (!changed.at(i))
                continue;
            m_rows[i] = next.at(i);
            const QModelIndex changedIndex = index(int(i));
            emit dataChanged(changedIndex, changedIndex);
        }
    }
    emit loaded(older, newer);
}

void MessageFeed::reindex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).id, int(i));
}

QString MessageFeed::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

QString MessageFeed::authorOf(const QString &id) const
{
    const int row = rowOf(id);
    return row >= 0 ? m_rows.at(row).author : QString();
}

int MessageFeed::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageFeed::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return row.text;
    case IdRole:
        return row.id;
    case AuthorRole:
        return row.author;
    case TimeRole:
        return row.time;
    case ImagesRole:
        return row.images;
    case ReactionsRole:
        return row.reactions;
    case DepthRole:
        return row.depth;
    case ParentMissingRole:
        return row.parentMissing;
    case RawTextRole:
        return row.raw;
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageFeed::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(AuthorRole, "author");
    names.insert(TimeRole, "time");
    names.insert(TextRole, "text");
    names.insert(ImagesRole, "images");
    names.insert(ReactionsRole, "reactions");
    names.insert(DepthRole, "depth");
    names.insert(ParentMissingRole, "parentMissing");
    return names;
}

} // namespace ra
