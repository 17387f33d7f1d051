#include "domain/messagelist.h"

#include "domain/jsonreader.h"

#include <QJsonArray>

namespace ra {

MessageList MessageList::fromJson(const QJsonValue &payload)
{
    MessageList out;
    QJsonArray items;
    if (payload.isArray()) {
        items = payload.toArray();
    } else {
        JsonReader r(payload.toObject());
        items = r.array({"messages", "items", "results"});
        out.total = r.integer({"total", "count"}, items.size());
        out.extra = r.extra();
    }
    for (const QJsonValue &item : std::as_const(items)) {
        if (item.isObject())
            out.messages.append(Message::fromJson(item.toObject()));
    }
    if (out.total < out.messages.size())
        out.total = out.messages.size();
    return out;
}

QJsonObject MessageList::toJson() const
{
    QJsonObject o = extra;
    QJsonArray a;
    for (const Message &m : messages)
        a.append(m.toJson());
    o.insert(u"total", total);
    o.insert(u"messages", a);
    return o;
}

} // namespace ra
