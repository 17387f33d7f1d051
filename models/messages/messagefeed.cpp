#include "messages/messagefeed.h"

#include "api/apiclient.h"
#include "api/envelopedecoder.h"
#include "domain/jsonreader.h"
#include "messages/messagetext.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace ra {

MessageFeed::MessageFeed(ApiClient &client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
    m_insertTimer.setSingleShot(true);
    m_insertTimer.setInterval(0);
    connect(&m_insertTimer, &QTimer::timeout, this, &MessageFeed::insertOlder);
}

MessageFeed::~MessageFeed()
{
    if (m_reply)
        m_reply->abort();
}

void MessageFeed::setChannel(const QString &channelId)
{
    if (channelId == m_channelId && (isLoading() || !m_rows.isEmpty()))
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
    ++m_generation;
    m_decoding = false;
    m_insertTimer.stop();
    m_older.clear();
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
        reindex();
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
    // The generic call, answered undecoded: the worker below reads it.
    ApiCall call;
    call.operationId = QStringLiteral("getMessages");
    call.query.addQueryItem(QStringLiteral("channel_id"), m_channelId);
    call.query.addQueryItem(QStringLiteral("count"), QString::number(count));
    call.rawBody = true;
    const Route *route = m_client.routes().find(call.operationId);
    const Envelope envelope = route ? route->envelope : Envelope::Integration;
    auto *reply = m_client.call(call);
    m_reply = reply;
    reply->then(
        this,
        [this, reply, count, envelope](const ApiResponse &response) {
            if (m_reply != reply)
                return;
            m_reply = nullptr;
            m_decoding = true;
            const quint64 generation = m_generation;
            QtConcurrent::run(&MessageFeed::decodeAnswer, response, envelope, count, m_rows)
                .then(this, [this, generation, count](const Answer &answer) {
                    if (generation == m_generation)
                        onAnswer(answer, count);
                });
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

MessageFeed::Answer MessageFeed::decodeAnswer(const ApiResponse &response, Envelope envelope,
                                              int count, const QList<Row> &shown)
{
    Answer answer;
    ApiResponse decoded;
    if (!EnvelopeDecoder::decode(envelope, response.httpStatus, response.contentType, response.raw,
                                 &decoded, &answer.error)) {
        answer.error.operationId = QStringLiteral("getMessages");
        answer.error.method = QStringLiteral("GET");
        return answer;
    }
    QJsonArray items;
    if (decoded.data.isArray()) {
        items = decoded.data.toArray();
        answer.total = items.size();
    } else {
        JsonReader r(decoded.data.toObject());
        items = r.array({"messages", "items", "results"});
        answer.total = r.integer({"total", "count"}, items.size());
    }
    QHash<QString, qsizetype> shownAt;
    shownAt.reserve(shown.size());
    for (qsizetype i = 0; i < shown.size(); ++i)
        shownAt.insert(shown.at(i).id, i);

    // Decoded again only where the server's JSON differs from what is shown.
    QList<Message> messages;
    QList<QJsonObject> json;
    messages.reserve(items.size());
    json.reserve(items.size());
    for (const QJsonValue &item : std::as_const(items)) {
        if (!item.isObject())
            continue;
        const QJsonObject object = item.toObject();
        const qsizetype at = shownAt.value(object.value(u"id").toString(), -1);
        if (at >= 0 && shown.at(at).json == object)
            messages.append(shown.at(at).message);
        else
            messages.append(Message::fromJson(object));
        json.append(object);
    }
    answer.received = int(messages.size());
    answer.total = qMax<qint64>(answer.total, messages.size());

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
    QList<Row> &next = answer.rows;
    QList<bool> &differs = answer.differs;
    next.reserve(messages.size());
    differs.reserve(messages.size());
    auto add = [&](const Message *m, int depth) {
        const qsizetype old = shownAt.value(m->id, -1);
        Row row;
        bool changed = true;
        if (old >= 0 && shown.at(old).raw == m->message &&
            shown.at(old).rawReactions == m->reactions) {
            row = shown.at(old);
            changed = false;
        } else {
            row = makeRow(*m);
        }
        row.json = json.value(m - messages.constData());
        const bool missing = depth == 0 && !m->parentId.isEmpty();
        changed = changed || row.depth != depth || row.parentMissing != missing;
        row.depth = depth;
        row.parentMissing = missing;
        next.append(std::move(row));
        differs.append(changed);
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
    answer.count = count;
    if (!shown.isEmpty() && !messages.isEmpty() && messages.size() >= count) {
        const QDateTime oldest = makeRow(messages.last()).time;
        QList<Row> carried;
        for (const Row &row : shown) {
            if (!byId.contains(row.id) && row.time <= oldest)
                carried.append(row);
        }
        if (!carried.isEmpty()) {
            differs = QList<bool>(carried.size(), false) + differs;
            next = carried + next;
            answer.count = qMin(maxCount, int(next.size()));
        }
    }
    return answer;
}

void MessageFeed::onAnswer(const Answer &answer, int count)
{
    m_decoding = false;
    if (answer.error.isError()) {
        m_wanted = 0;
        emit loadingChanged(false);
        emit loadFailed(errorText(answer.error));
        return;
    }
    m_total = answer.total;
    m_exhausted = answer.received < count;
    m_count = answer.count;
    const QList<Row> &next = answer.rows;

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
    if (oldSize == 0 || !kept) {
        beginResetModel();
        m_rows = next;
        reindex();
        endResetModel();
        finishRequest(0, int(m_rows.size()));
        return;
    }
    for (qsizetype i = 0; i < oldSize; ++i) {
        if (!answer.differs.at(at + i))
            continue;
        m_rows[i] = next.at(at + i);
        const QModelIndex changed = index(int(i));
        emit dataChanged(changed, changed);
    }
    m_newer = int(next.size() - at - oldSize);
    if (m_newer > 0) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + m_newer - 1);
        for (qsizetype i = at + oldSize; i < next.size(); ++i) {
            m_index.insert(next.at(i).id, m_top + m_rows.size());
            m_rows.append(next.at(i));
        }
        endInsertRows();
    }
    m_olderTotal = int(at);
    m_older = next.mid(0, at);
    if (m_older.isEmpty())
        finishRequest(0, m_newer);
    else
        insertOlder();
}

void MessageFeed::insertOlder()
{
    const int n = qMin(m_insertBatch, int(m_older.size()));
    if (n <= 0)
        return;
    // The batch right above the shown rows first, so the rows keep their order throughout.
    const qsizetype from = m_older.size() - n;
    beginInsertRows({}, 0, n - 1);
    for (qsizetype i = m_older.size() - 1; i >= from; --i) {
        m_index.insert(m_older.at(i).id, --m_top);
        m_rows.prepend(std::move(m_older[i]));
    }
    m_older.resize(from);
    endInsertRows();
    if (!m_older.isEmpty())
        m_insertTimer.start();
    else
        finishRequest(m_olderTotal, m_newer);
}

void MessageFeed::finishRequest(int older, int newer)
{
    emit loaded(older, newer);
    if (m_wanted > 0 && !m_channelId.isEmpty())
        request(m_wanted);
    else
        emit loadingChanged(false);
}

void MessageFeed::reindex()
{
    m_top = 0;
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).id, i);
}

int MessageFeed::rowOf(const QString &id) const
{
    const auto found = m_index.constFind(id);
    return found == m_index.constEnd() ? -1 : int(found.value() - m_top);
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
