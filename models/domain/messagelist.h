#pragma once

#include "domain/message.h"

#include <QJsonObject>
#include <QList>

namespace ra {

// The Get Messages payload: `{total, messages: [...]}`; a bare array is read
// too. Value type.
struct MessageList
{
    qint64 total = 0;
    QList<Message> messages;
    QJsonObject extra;

    static MessageList fromJson(const QJsonValue &payload);
    QJsonObject toJson() const;
};

} // namespace ra
