#include "messages/messageactions.h"

#include "api/apiclient.h"
#include "messages/messagetext.h"
#include "stores/imagefile.h"
#include "stores/imageupload.h"

#include <QPointer>

namespace ra {

namespace {
template<typename Reply> void report(Reply *reply, QObject *context, MessageActions::Done done)
{
    QPointer<QObject> guard(context);
    reply->then(
        context,
        [guard, done](const auto &) {
            if (guard && done)
                done({});
        },
        [guard, done](const ApiError &error) {
            if (guard && done)
                done(error);
        });
}
} // namespace

MessageActions::MessageActions(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QString MessageActions::problem(const QString &text, const QStringList &imageUrls,
                                const QString &sender)
{
    if (text.trimmed().isEmpty() && imageUrls.isEmpty())
        return tr("Write something or attach an image first.");
    if (sender.trimmed().isEmpty())
        return tr("Say who sends it: a member's username or e-mail in \"Send as\".");
    const int length = int(MessageText::compose(text, imageUrls).size());
    if (length > maxLength)
        return tr("The message has %1 characters; at most %2 can be sent.")
            .arg(length)
            .arg(maxLength);
    return {};
}

void MessageActions::send(const QString &channelId, const QString &text,
                          const QStringList &imageUrls, const QString &sender, QObject *context,
                          Done done)
{
    report(m_client.sendMessage(channelId, MessageText::compose(text, imageUrls), sender.trimmed()),
           context, std::move(done));
}

void MessageActions::reply(const QString &messageId, const QString &text,
                           const QStringList &imageUrls, const QString &sender, QObject *context,
                           Done done)
{
    report(
        m_client.replyMessage(messageId, MessageText::compose(text, imageUrls), sender.trimmed()),
        context, std::move(done));
}

void MessageActions::react(const QString &messageId, const QString &shortcode,
                           const QString &sender, QObject *context, Done done)
{
    report(m_client.reactMessage(messageId, shortcode, sender.trimmed()), context, std::move(done));
}

ApiReplyBase *MessageActions::upload(const ImageFile &file, QObject *context, Progress progress,
                                     Uploaded done)
{
    ApiReplyBase *reply = ImageUpload::start(m_client, file.bytes, file.fileName, file.mimeType,
                                             context, std::move(done));
    if (progress)
        connect(reply, &ApiReplyBase::uploadProgress, context, progress);
    return reply;
}

} // namespace ra
