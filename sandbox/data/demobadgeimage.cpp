#include "demobadgeimage.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace ra::sandbox {

QByteArray DemoBadgeImage::forId(const QString &id)
{
    if (!id.startsWith(idPrefix()))
        return {};
    bool ok = false;
    const int number = id.mid(idPrefix().size()).toInt(&ok);
    return ok && number >= 0 && number < 10000 ? png(number) : QByteArray();
}

QByteArray DemoBadgeImage::png(int number, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        // Hues spread by the golden angle, so neighbouring badges differ clearly.
        const QColor base = QColor::fromHsv((number * 137) % 360, 150, 210);
        const qreal c = size / 2.0;
        p.setPen(Qt::NoPen);
        p.setBrush(base.darker(130));
        p.drawEllipse(QPointF(c, c), c - 1, c - 1);
        p.setBrush(base);
        p.drawEllipse(QPointF(c, c), c * 0.82, c * 0.82);
        // A five-pointed star in the middle.
        QPainterPath star;
        for (int i = 0; i < 10; ++i) {
            const qreal r = (i % 2 == 0) ? c * 0.55 : c * 0.23;
            const qreal a = -M_PI / 2 + i * M_PI / 5;
            const QPointF point(c + r * qCos(a), c + r * qSin(a));
            if (i == 0)
                star.moveTo(point);
            else
                star.lineTo(point);
        }
        star.closeSubpath();
        p.setBrush(QColor(255, 255, 255, 230));
        p.drawPath(star);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace ra::sandbox
