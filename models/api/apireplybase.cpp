#include "api/apireplybase.h"

namespace ra {

ApiReplyBase::ApiReplyBase(const QString &operationId, QObject *parent)
    : QObject(parent)
    , m_operationId(operationId)
{
}

void ApiReplyBase::abort()
{
    if (m_finished)
        return;
    emit abortRequested();
    // The client normally finishes the reply from abortRequested(); a reply
    // that the client no longer tracks finishes here.
    if (!m_finished) {
        ApiError e = ApiError::make(ApiError::Kind::Cancelled);
        e.operationId = m_operationId;
        finishWithError(e);
    }
}

void ApiReplyBase::bindContext(QObject *context)
{
    if (!context)
        return;
    m_bound = true;
    m_context = context;
    connect(context, &QObject::destroyed, this, &ApiReplyBase::abort);
}

bool ApiReplyBase::decodePayload(const ApiResponse &, QString *)
{
    return true;
}

ApiError ApiReplyBase::acceptResponse(const ApiResponse &response, int attempts)
{
    if (m_finished)
        return m_error;
    m_response = response;
    m_attempts = attempts;
    QString why;
    if (!decodePayload(response, &why)) {
        ApiError e = ApiError::make(ApiError::Kind::Decode, why);
        e.operationId = m_operationId;
        e.httpStatus = response.httpStatus;
        e.attempts = attempts;
        m_error = e;
    }
    return m_error;
}

void ApiReplyBase::finishWithError(const ApiError &error)
{
    if (m_finished)
        return;
    m_error = error;
    if (m_error.kind == ApiError::Kind::None)
        m_error.kind = ApiError::Kind::Network;
    if (m_error.operationId.isEmpty())
        m_error.operationId = m_operationId;
    m_attempts = error.attempts;
    finish();
}

void ApiReplyBase::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
    deleteLater();
}

} // namespace ra
