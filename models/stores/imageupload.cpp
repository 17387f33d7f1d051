#include "stores/imageupload.h"

#include "api/apiclient.h"

#include <QCoreApplication>
#include <QPointer>

namespace ra {

namespace {
struct ImageUploadText
{
    Q_DECLARE_TR_FUNCTIONS(ra::ImageUpload)
};
} // namespace

ApiReplyBase *ImageUpload::start(ApiClient &client, const QByteArray &bytes,
                                 const QString &fileName, const QString &mimeType, QObject *context,
                                 Done done)
{
    FormField field;
    field.name = QByteArrayLiteral("images");
    field.fileName = fileName;
    field.contentType = mimeType.toLatin1();
    field.data = bytes;
    QPointer<QObject> guard(context);
    return client.uploadImage({field})->then(
        context,
        [guard, done](const QList<UploadedImage> &images) {
            if (!guard || !done)
                return;
            if (images.isEmpty() || images.first().url.isEmpty())
                done({}, ApiError::make(
                             ApiError::Kind::Decode,
                             ImageUploadText::tr("The upload answered without an image URL.")));
            else
                done(images.first(), {});
        },
        [guard, done](const ApiError &error) {
            if (guard && done)
                done({}, error);
        });
}

} // namespace ra
