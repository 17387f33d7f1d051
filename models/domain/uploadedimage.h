#pragma once

#include <QJsonObject>
#include <QString>

namespace ra {

// An image uploaded for a message: its public URL and metadata.
// Value type: decoded tolerantly by fromJson() (see JsonReader); fields the
// client does not know are kept in `extra` and written back by toJson().
struct UploadedImage
{
    QString id;
    QString name;
    QString url;
    QString type;
    qint64 size = 0;
    QJsonObject extra; // unknown fields, kept

    static UploadedImage fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace ra
