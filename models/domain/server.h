#pragma once

#include <QJsonObject>
#include <QString>

namespace ra {

// A server (the System API name of a community space).
// Value type: decoded tolerantly by fromJson() (see JsonReader); fields the
// client does not know are kept in `extra` and written back by toJson().
struct Server
{
    QString id;
    QString name;
    QString uri;
    QString domain;
    QString ownerId;
    QString createdAt;
    QString updatedAt;
    QJsonObject extra; // unknown fields, kept

    static Server fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace ra
