#include "stores/imagefile.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>

namespace ra {

namespace {
// What "Upload Image" accepts (the sandbox checks the same list).
const QList<QByteArray> &acceptedFormats()
{
    static const QList<QByteArray> formats = {"png", "jpeg", "jpg", "gif", "webp", "bmp"};
    return formats;
}

QByteArray mimeOf(const QByteArray &format)
{
    if (format == "jpg" || format == "jpeg")
        return QByteArrayLiteral("image/jpeg");
    return QByteArrayLiteral("image/") + format;
}
} // namespace

ImageFile ImageFile::load(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.isFile() || !info.isReadable()) {
        *error = tr("\"%1\" cannot be read.").arg(path);
        return {};
    }
    if (info.size() > maxBytes) {
        *error = tr("\"%1\" is %2; an image may be at most %3 MB.")
                     .arg(name, QLocale().formattedDataSize(info.size()))
                     .arg(maxBytes / (1024 * 1024));
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("\"%1\" cannot be opened: %2").arg(name, file.errorString());
        return {};
    }
    ImageFile out;
    out.bytes = file.readAll();
    QBuffer buffer;
    buffer.setData(out.bytes);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format().toLower();
    if (!acceptedFormats().contains(format)) {
        *error = tr("\"%1\" is not a PNG, JPEG, GIF, WebP or BMP image.").arg(name);
        return {};
    }
    out.image = reader.read();
    if (out.image.isNull()) {
        *error = tr("\"%1\" is damaged: %2").arg(name, reader.errorString());
        return {};
    }
    out.fileName = name;
    out.mimeType = QString::fromLatin1(mimeOf(format));
    return out;
}

QString ImageFile::nameFilter()
{
    return tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)");
}

} // namespace ra
