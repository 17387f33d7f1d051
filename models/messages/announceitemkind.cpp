#include "messages/announceitemkind.h"

#include "api/apiclient.h"

namespace ra {

AnnounceItemKind::AnnounceItemKind(QString message, QString sender)
    : m_message(std::move(message))
    , m_sender(std::move(sender))
{
}

QString AnnounceItemKind::kindName()
{
    return QStringLiteral("announceMessage");
}

std::unique_ptr<AnnounceItemKind> AnnounceItemKind::fromJson(const QString &name,
                                                             const QJsonObject &params)
{
    if (name != kindName())
        return nullptr;
    const QString message = params.value(u"message").toString();
    if (message.isEmpty())
        return nullptr;
    return std::make_unique<AnnounceItemKind>(message, params.value(u"sender").toString());
}

QString AnnounceItemKind::name() const
{
    return kindName();
}

QString AnnounceItemKind::displayName() const
{
    QString text = m_message.simplified();
    if (text.size() > 40)
        text = text.left(39) + QChar(0x2026);
    return tr("Announce \"%1\"").arg(text);
}

QJsonObject AnnounceItemKind::toJson() const
{
    return QJsonObject{{QStringLiteral("message"), m_message},
                       {QStringLiteral("sender"), m_sender}};
}

ApiReplyBase *AnnounceItemKind::send(ApiClient &client, const BulkItem &item) const
{
    return client.sendMessage(item.key, m_message, m_sender);
}

BulkOutcome AnnounceItemKind::classify(const ApiReplyBase &reply) const
{
    BulkOutcome out;
    const ApiError &error = reply.error();
    out.httpStatus = error.httpStatus ? error.httpStatus : (reply.hasError() ? 0 : 200);
    if (!reply.hasError()) {
        out.state = BulkItemState::Done;
        out.outcome = QStringLiteral("sent");
        out.reason = reply.response().message;
        return out;
    }
    out.reason = errorText(error);
    out.retryAfterMs = error.retryAfterMs;
    switch (error.httpStatus) {
    case 404:
        out.state = BulkItemState::NotFound;
        out.outcome = QStringLiteral("notFound");
        return out;
    case 429:
    case 502:
    case 503:
    case 504:
        // Refused before the message was taken: safe to send again.
        out.transient = true;
        out.throttled = error.httpStatus == 429;
        out.outcome = QStringLiteral("failed");
        return out;
    default:
        break;
    }
    out.state = BulkItemState::Failed;
    out.outcome = QStringLiteral("failed");
    if (error.kind == ApiError::Kind::Timeout || error.kind == ApiError::Kind::Network ||
        error.kind == ApiError::Kind::Decode)
        out.reason = tr("%1 (the message may have been posted; look at the channel before you "
                        "retry)")
                         .arg(out.reason);
    return out;
}

std::unique_ptr<BulkItemKind> AnnounceItemKind::inverse() const
{
    return nullptr;
}

ApiReplyBase *AnnounceItemKind::checkApplied(ApiClient &client, const BulkItem &item) const
{
    return client.getMessages({}, item.key, lookBack);
}

BulkItemKind::Applied AnnounceItemKind::readApplied(const ApiReplyBase &reply,
                                                    const BulkItem &) const
{
    const auto *list = dynamic_cast<const ApiReply<MessageList> *>(&reply);
    if (!list || reply.hasError())
        return Applied::Unknown;
    for (const Message &message : list->value().messages) {
        if (message.message == m_message)
            return Applied::Yes;
    }
    return Applied::No;
}

} // namespace ra
