#pragma once

#include "api/apireply.h"

#include <memory>

// Test helper: records the outcome of one ApiReply through its finished()
// signal (the reply deletes itself afterwards), and counts finishes so a
// test can check "exactly once".
template<typename T> struct ReplyOutcome
{
    bool done = false;
    int finishes = 0;
    T value{};
    ra::ApiError error;
    int attempts = 0;
    ra::ApiResponse response;
};

template<typename T> std::shared_ptr<ReplyOutcome<T>> track(ra::ApiReply<T> *reply)
{
    auto outcome = std::make_shared<ReplyOutcome<T>>();
    QObject::connect(reply, &ra::ApiReplyBase::finished, reply, [reply, outcome] {
        outcome->done = true;
        ++outcome->finishes;
        outcome->value = reply->value();
        outcome->error = reply->error();
        outcome->attempts = reply->attempts();
        outcome->response = reply->response();
    });
    return outcome;
}
