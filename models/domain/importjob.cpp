#include "domain/importjob.h"

#include "domain/jsonreader.h"

namespace ra {

ImportJob ImportJob::fromJson(const QJsonObject &object)
{
    JsonReader r(object);
    ImportJob out;
    out.id = r.string({"jobId", "_id", "id"});
    out.kind = r.string({"kind", "type"});
    out.state = r.string({"state", "status"});
    out.communityId = r.string({"communityId"});
    out.fileName = r.string({"fileName", "filename"});
    out.total = r.integer({"total", "totalRows"});
    out.processed = r.integer({"processed"});
    out.succeeded = r.integer({"succeeded", "success"});
    out.failed = r.integer({"failed", "failures"});
    out.message = r.string({"message"});
    out.createdAt = r.string({"createdAt"});
    out.updatedAt = r.string({"updatedAt"});
    out.finishedAt = r.string({"finishedAt"});
    out.extra = r.extra();
    return out;
}

QJsonObject ImportJob::toJson() const
{
    QJsonObject o = extra;
    o.insert(u"id", id);
    o.insert(u"kind", kind);
    o.insert(u"state", state);
    o.insert(u"communityId", communityId);
    o.insert(u"fileName", fileName);
    o.insert(u"total", total);
    o.insert(u"processed", processed);
    o.insert(u"succeeded", succeeded);
    o.insert(u"failed", failed);
    o.insert(u"message", message);
    o.insert(u"createdAt", createdAt);
    o.insert(u"updatedAt", updatedAt);
    o.insert(u"finishedAt", finishedAt);
    return o;
}

} // namespace ra
