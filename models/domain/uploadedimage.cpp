#include "domain/uploadedimage.h"

#include "domain/jsonreader.h"

namespace ra {

UploadedImage UploadedImage::fromJson(const QJsonObject &object)
{
    JsonReader r(object);
    UploadedImage out;
    out.id = r.string({"id", "_id"});
    out.name = r.string({"name"});
    out.url = r.string({"url"});
    out.type = r.string({"type"});
    out.size = r.integer({"size"});
    out.extra = r.extra();
    return out;
}

QJsonObject UploadedImage::toJson() const
{
    QJsonObject o = extra;
    o.insert(u"id", id);
    o.insert(u"name", name);
    o.insert(u"url", url);
    o.insert(u"type", type);
    o.insert(u"size", size);
    return o;
}

} // namespace ra
