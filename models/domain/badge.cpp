#include "domain/badge.h"

#include "domain/jsonreader.h"

namespace ra {

Badge Badge::fromJson(const QJsonObject &object)
{
    JsonReader r(object);
    Badge out;
    out.id = r.string({"id", "_id", "badgeId"});
    out.title = r.string({"title", "name"});
    out.action = r.string({"action"});
    out.quantity = r.integer({"quantity"});
    out.description = r.string({"description"});
    out.image = r.string({"image"});
    out.darkImage = r.string({"darkImage"});
    out.lightImage = r.string({"lightImage"});
    out.enabledDarkAndLight = r.boolean({"enabledDarkAndLight"});
    out.applied = r.boolean({"applied"});
    out.awarded = r.boolean({"awarded"});
    out.award = r.boolean({"award"});
    out.awardCurrency = r.boolean({"awardCurrency"});
    out.awardXpQuantity = r.integer({"awardXpQuantity"});
    out.awardCurrencyQuantity = r.integer({"awardCurrencyQuantity"});
    out.attachRequired = r.boolean({"attachRequired"});
    out.createdAt = r.string({"createdAt"});
    out.updatedAt = r.string({"updatedAt"});
    out.extra = r.extra();
    return out;
}

QJsonObject Badge::toJson() const
{
    QJsonObject o = extra;
    o.insert(u"id", id);
    o.insert(u"title", title);
    o.insert(u"action", action);
    o.insert(u"quantity", quantity);
    o.insert(u"description", description);
    o.insert(u"image", image);
    o.insert(u"darkImage", darkImage);
    o.insert(u"lightImage", lightImage);
    o.insert(u"enabledDarkAndLight", enabledDarkAndLight);
    o.insert(u"applied", applied);
    o.insert(u"awarded", awarded);
    o.insert(u"award", award);
    o.insert(u"awardCurrency", awardCurrency);
    o.insert(u"awardXpQuantity", awardXpQuantity);
    o.insert(u"awardCurrencyQuantity", awardCurrencyQuantity);
    o.insert(u"attachRequired", attachRequired);
    o.insert(u"createdAt", createdAt);
    o.insert(u"updatedAt", updatedAt);
    return o;
}

} // namespace ra
