#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace ra {

// An image file checked for upload through Upload Image, as badge images and message
// attachments are: readable, at most maxBytes, a PNG, JPEG, GIF, WebP or BMP judged from its
// bytes, and decodable. load() reads the whole file (at most 10 MB). Value type; any thread.
struct ImageFile
{
    Q_DECLARE_TR_FUNCTIONS(ra::ImageFile)

public:
    static constexpr qint64 maxBytes = 10 * 1024 * 1024;

    QByteArray bytes;
    QString fileName; // without the folder
    QString mimeType; // image/png, ...
    QImage image;

    bool isNull() const { return bytes.isEmpty(); }
    // Reads and checks `path`; a null ImageFile and the reason (naming the file) when refused.
    static ImageFile load(const QString &path, QString *error);
    // The file dialog's filter: "Images (*.png *.jpg …)".
    static QString nameFilter();
};

} // namespace ra
