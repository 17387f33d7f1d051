#pragma once

#include "api/apierror.h"
#include "domain/uploadedimage.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace ra {

class ApiClient;
class ApiReplyBase;
struct ImageFile;

// What the composer does with a channel: send a message, reply to one, react to one, and upload
// an image (Upload Image, progress reported) whose URL then goes into the message's text
// (MessageText::compose()). Each call reports once through its callback, which is not run when
// `context` is gone. The sender is a member's username or e-mail, as the API asks. Borrows the
// client; GUI thread.
class MessageActions : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ApiError &error)>;
    using Progress = std::function<void(qint64 sent, qint64 total)>;
    using Uploaded = std::function<void(const UploadedImage &image, const ApiError &error)>;

    explicit MessageActions(ApiClient &client, QObject *parent = nullptr);

    void send(const QString &channelId, const QString &text, const QStringList &imageUrls,
              const QString &sender, QObject *context, Done done);
    void reply(const QString &messageId, const QString &text, const QStringList &imageUrls,
               const QString &sender, QObject *context, Done done);
    void react(const QString &messageId, const QString &shortcode, const QString &sender,
               QObject *context, Done done);
    // Starts the upload of one checked image; returns the call (abort() cancels it).
    ApiReplyBase *upload(const ImageFile &file, QObject *context, Progress progress, Uploaded done);

    // Why a message cannot be sent as it is (nothing to send, no sender, too long), or empty.
    static QString problem(const QString &text, const QStringList &imageUrls,
                           const QString &sender);
    // The longest message the sandbox takes; the API documents none.
    static constexpr int maxLength = 4000;

private:
    ApiClient &m_client;
};

} // namespace ra
