#pragma once

#include <QJsonObject>
#include <QString>

namespace ra {

// A badge. Responses send quantity and the flags as strings; both forms are read.
// Value type: decoded tolerantly by fromJson() (see JsonReader); fields the
// client does not know are kept in `extra` and written back by toJson().
struct Badge
{
    QString id;
    QString title;
    QString action;
    qint64 quantity = 0;
    QString description;
    QString image;
    QString darkImage;
    QString lightImage;
    bool enabledDarkAndLight = false;
    bool applied = false;
    bool awarded = false;
    bool award = false;
    bool awardCurrency = false;
    qint64 awardXpQuantity = 0;
    qint64 awardCurrencyQuantity = 0;
    bool attachRequired = false;
    QString createdAt;
    QString updatedAt;
    QJsonObject extra; // unknown fields, kept

    static Badge fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace ra
