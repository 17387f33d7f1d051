#pragma once

#include "api/apierror.h"
#include "api/apiresponse.h"

#include <QObject>
#include <QPointer>

namespace ra {

// The untyped part of an API call's reply: finishes exactly once, with a
// decoded result or an ApiError, and can be aborted. Created by ApiClient;
// deletes itself (deleteLater) after finished() has been emitted, so keep it
// in a QPointer if you hold it. bindContext() ties the call to a context
// object: when that object is destroyed (a closed window), the call is
// aborted and no callback reaches it. Lives on the client's thread.
class ApiReplyBase : public QObject
{
    Q_OBJECT

public:
    explicit ApiReplyBase(const QString &operationId, QObject *parent = nullptr);

    QString operationId() const { return m_operationId; }
    bool isFinished() const { return m_finished; }
    bool hasError() const { return m_error.isError(); }
    const ApiError &error() const { return m_error; }
    // The envelope-free reply (valid after a successful finish).
    const ApiResponse &response() const { return m_response; }
    int attempts() const { return m_attempts; }

    // Aborts the call; finished() follows at once with a Cancelled error.
    void abort();
    // Aborts the call when `context` is destroyed; callbacks given to
    // ApiReply::then() are not run once the context is gone.
    void bindContext(QObject *context);
    bool contextAlive() const { return !m_bound || !m_context.isNull(); }

    // Called by ApiClient: take the response and decode it (returns the
    // Decode error, if any), then finish(); or finish with an error. A reply
    // finishes once; later calls are ignored.
    ApiError acceptResponse(const ApiResponse &response, int attempts);
    void finish();
    void finishWithError(const ApiError &error);

signals:
    void finished();
    void uploadProgress(qint64 sent, qint64 total);
    void downloadProgress(qint64 received, qint64 total);
    // For ApiClient: the caller asked to abort.
    void abortRequested();

protected:
    // Typed replies decode the payload; return false and set `why` when the
    // payload does not have the expected shape.
    virtual bool decodePayload(const ApiResponse &response, QString *why);

private:
    QString m_operationId;
    ApiResponse m_response;
    ApiError m_error;
    QPointer<QObject> m_context;
    int m_attempts = 0;
    bool m_bound = false;
    bool m_finished = false;
};

} // namespace ra
