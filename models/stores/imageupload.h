#pragma once

#include "api/apierror.h"
#include "domain/uploadedimage.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

namespace ra {

class ApiClient;
class ApiReplyBase;

// One image file through Upload Image (form field `images`), for a badge or a message. `done`
// gets the uploaded image, or the error (an answer without a URL is a Decode error), once and
// only while `context` lives. Returns the call (abort() cancels it; uploadProgress() reports).
namespace ImageUpload {
using Done = std::function<void(const UploadedImage &image, const ApiError &error)>;
ApiReplyBase *start(ApiClient &client, const QByteArray &bytes, const QString &fileName,
                    const QString &mimeType, QObject *context, Done done);
} // namespace ImageUpload

} // namespace ra
