#pragma once

#include "api/apireplybase.h"

#include <functional>
#include <optional>
#include <utility>

namespace ra {

// The typed reply of one API call: value() holds the decoded T after a
// successful finish. `Decoder` turns the envelope-free response into T and
// may refuse a payload of the wrong shape (a Decode error naming the
// operation). Ownership and lifetime as ApiReplyBase. Use then() to receive
// the outcome bound to a context object:
//   client->getUserData(id)->then(this, [](const UserData &u) {...},
//                                  [](const ApiError &e) {...});
template<typename T> class ApiReply : public ApiReplyBase
{
public:
    using Decoder = std::function<bool(const ApiResponse &, T *, QString *)>;

    ApiReply(const QString &operationId, Decoder decoder, QObject *parent = nullptr)
        : ApiReplyBase(operationId, parent)
        , m_decoder(std::move(decoder))
    {
    }

    const T &value() const { return m_value; }

    template<typename OnValue, typename OnError>
    ApiReply<T> *then(QObject *context, OnValue onValue, OnError onError)
    {
        bindContext(context);
        QObject *receiver = context ? context : this;
        QObject::connect(this, &ApiReplyBase::finished, receiver, [this, onValue, onError] {
            if (!contextAlive())
                return;
            if (hasError())
                onError(error());
            else
                onValue(m_value);
        });
        return this;
    }

protected:
    bool decodePayload(const ApiResponse &response, QString *why) override
    {
        return m_decoder ? m_decoder(response, &m_value, why) : true;
    }

private:
    Decoder m_decoder;
    T m_value{};
};

} // namespace ra
