#include "domain/apilogentry.h"

#include "domain/jsonreader.h"

namespace ra {

ApiLogEntry ApiLogEntry::fromJson(const QJsonObject &object)
{
    JsonReader r(object);
    ApiLogEntry out;
    out.id = r.string({"_id", "id", "entryId"});
    out.jobId = r.string({"jobId"});
    out.row = r.integer({"row", "line", "rowNumber"});
    out.status = r.string({"status", "state", "result"});
    out.message = r.string({"message", "error"});
    out.email = r.string({"email"});
    out.username = r.string({"username"});
    out.seq = r.integer({"seq", "cursor", "sequence"});
    out.createdAt = r.string({"createdAt", "time"});
    out.extra = r.extra();
    return out;
}

QJsonObject ApiLogEntry::toJson() const
{
    QJsonObject o = extra;
    o.insert(u"id", id);
    o.insert(u"jobId", jobId);
    o.insert(u"row", row);
    o.insert(u"status", status);
    o.insert(u"message", message);
    o.insert(u"email", email);
    o.insert(u"username", username);
    o.insert(u"seq", seq);
    o.insert(u"createdAt", createdAt);
    return o;
}

} // namespace ra
