#include "domain/fieldhistoryentry.h"

#include "domain/jsonreader.h"

namespace ra {

FieldHistoryEntry FieldHistoryEntry::fromJson(const QJsonObject &object)
{
    JsonReader r(object);
    FieldHistoryEntry out;
    out.id = r.string({"_id", "id"});
    out.communityId = r.string({"communityId"});
    out.fieldId = r.string({"fieldId", "userFieldId"});
    out.field = r.string({"field", "fieldName"});
    out.userId = r.string({"userId"});
    out.username = r.string({"username", "userName"});
    out.value = r.value({"value", "newValue"});
    out.previousValue = r.value({"previousValue", "oldValue"});
    out.changedBy = r.string({"changedBy", "source", "updatedBy", "createdBy"});
    out.createdAt = r.string({"createdAt", "date"});
    out.updatedAt = r.string({"updatedAt"});
    out.extra = r.extra();
    return out;
}

QJsonObject FieldHistoryEntry::toJson() const
{
    QJsonObject o = extra;
    o.insert(u"id", id);
    o.insert(u"communityId", communityId);
    o.insert(u"fieldId", fieldId);
    o.insert(u"field", field);
    o.insert(u"userId", userId);
    o.insert(u"username", username);
    o.insert(u"value", value);
    o.insert(u"previousValue", previousValue);
    o.insert(u"changedBy", changedBy);
    o.insert(u"createdAt", createdAt);
    o.insert(u"updatedAt", updatedAt);
    return o;
}

} // namespace ra
