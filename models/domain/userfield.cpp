#include "domain/userfield.h"

#include "domain/jsonreader.h"

#include <QJsonArray>

namespace ra {

UserField UserField::fromJson(const QJsonObject &object)
{
    JsonReader r(object);
    UserField out;
    out.id = r.string({"_id", "id", "fieldId"});
    out.field = r.string({"field", "key"});
    out.name = r.string({"name"});
    out.type = r.string({"type"});
    out.description = r.string({"description"});
    out.required = r.boolean({"required", "isRequired"});
    out.defaultValue = r.string({"defaultValue", "default"});
    out.options = r.stringList({"options", "choices"});
    out.communityId = r.string({"communityId"});
    out.creator = r.object({"creator"});
    out.createdAt = r.string({"createdAt"});
    out.updatedAt = r.string({"updatedAt"});
    out.extra = r.extra();
    return out;
}

QJsonObject UserField::toJson() const
{
    QJsonObject o = extra;
    o.insert(u"id", id);
    o.insert(u"field", field);
    o.insert(u"name", name);
    o.insert(u"type", type);
    o.insert(u"description", description);
    o.insert(u"required", required);
    o.insert(u"defaultValue", defaultValue);
    o.insert(u"options", QJsonArray::fromStringList(options));
    o.insert(u"communityId", communityId);
    o.insert(u"creator", creator);
    o.insert(u"createdAt", createdAt);
    o.insert(u"updatedAt", updatedAt);
    return o;
}

} // namespace ra
