#include "iconfactory.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <functional>

namespace ra {

namespace {

using Painter = void (*)(QPainter &, const QColor &);

void paintConnections(QPainter &p, const QColor &c)
{
    // Three linked nodes: a small network.
    QPen pen(c, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.drawLine(QPointF(8, 23), QPointF(16, 9));
    p.drawLine(QPointF(16, 9), QPointF(24, 23));
    p.drawLine(QPointF(8, 23), QPointF(24, 23));
    p.setBrush(c);
    p.drawEllipse(QPointF(16, 9), 4, 4);
    p.drawEllipse(QPointF(8, 23), 4, 4);
    p.drawEllipse(QPointF(24, 23), 4, 4);
}

void paintEye(QPainter &p, const QColor &c)
{
    QPainterPath path;
    path.moveTo(3, 16);
    path.cubicTo(8, 7, 24, 7, 29, 16);
    path.cubicTo(24, 25, 8, 25, 3, 16);
    p.setPen(QPen(c, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(path);
    p.setBrush(c);
    p.drawEllipse(QPointF(16, 16), 4, 4);
}

void paintEyeOff(QPainter &p, const QColor &c)
{
    paintEye(p, c);
    p.setPen(QPen(c, 2.4, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(6, 27), QPointF(26, 5));
}

void paintWarning(QPainter &p, const QColor &c)
{
    QPainterPath tri;
    tri.moveTo(16, 3);
    tri.lineTo(30, 28);
    tri.lineTo(2, 28);
    tri.closeSubpath();
    p.setPen(QPen(c, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(c);
    p.drawPath(tri);
    p.setPen(QPen(Qt::white, 3, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(16, 11), QPointF(16, 19));
    p.drawPoint(QPointF(16, 24));
}

void paintInfo(QPainter &p, const QColor &c)
{
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawEllipse(QPointF(16, 16), 13, 13);
    p.setPen(QPen(Qt::white, 3, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(16, 14), QPointF(16, 23));
    p.drawPoint(QPointF(16, 9));
}

void paintClose(QPainter &p, const QColor &c)
{
    p.setPen(QPen(c, 2.4, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(9, 9), QPointF(23, 23));
    p.drawLine(QPointF(23, 9), QPointF(9, 23));
}

void paintShield(QPainter &p, const QColor &c)
{
    QPainterPath path;
    path.moveTo(16, 3);
    path.lineTo(27, 7);
    path.cubicTo(27, 18, 23, 25, 16, 29);
    path.cubicTo(9, 25, 5, 18, 5, 7);
    path.closeSubpath();
    p.setPen(QPen(c, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(path);
}

Painter painterFor(IconFactory::Glyph glyph)
{
    switch (glyph) {
    case IconFactory::Glyph::Connections:
        return paintConnections;
    case IconFactory::Glyph::Eye:
        return paintEye;
    case IconFactory::Glyph::EyeOff:
        return paintEyeOff;
    case IconFactory::Glyph::Warning:
        return paintWarning;
    case IconFactory::Glyph::Info:
        return paintInfo;
    case IconFactory::Glyph::Close:
        return paintClose;
    case IconFactory::Glyph::Shield:
        break;
    }
    return paintShield;
}

// Glyphs are drawn on a 32x32 grid; render them at the sizes menus, lists and
// line edits ask for, and at 2x for high-DPI screens.
QPixmap render(int size, qreal dpr, const std::function<void(QPainter &)> &paint)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 32.0, size / 32.0);
    paint(p);
    return pixmap;
}

QIcon buildIcon(const std::function<void(QPainter &)> &paint)
{
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48}) {
        icon.addPixmap(render(size, 1.0, paint));
        icon.addPixmap(render(size, 2.0, paint));
    }
    return icon;
}

} // namespace

QIcon IconFactory::icon(Glyph glyph, const QColor &color)
{
    const Painter painter = painterFor(glyph);
    return buildIcon([painter, color](QPainter &p) { painter(p, color); });
}

QColor IconFactory::environmentColor(ConnectionProfile::Environment environment)
{
    switch (environment) {
    case ConnectionProfile::Environment::Production:
        return QColor(0xc6, 0x28, 0x28);
    case ConnectionProfile::Environment::Staging:
        return QColor(0xef, 0x8f, 0x00);
    case ConnectionProfile::Environment::LocalSandbox:
        return QColor(0x2e, 0x7d, 0x32);
    case ConnectionProfile::Environment::Custom:
        break;
    }
    return QColor(0x15, 0x65, 0xc0);
}

QIcon IconFactory::environmentIcon(ConnectionProfile::Environment environment)
{
    const QColor color = environmentColor(environment);
    return buildIcon([color, environment](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawRoundedRect(QRectF(3, 3, 26, 26), 7, 7);
        if (environment == ConnectionProfile::Environment::Production) {
            p.setPen(QPen(Qt::white, 3.2, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(16, 9), QPointF(16, 18));
            p.drawPoint(QPointF(16, 23.5));
        } else {
            p.setBrush(Qt::white);
            p.drawEllipse(QPointF(16, 16), 4.5, 4.5);
        }
    });
}

QIcon IconFactory::appIcon()
{
    return buildIcon([](QPainter &p) {
        QLinearGradient gradient(0, 0, 32, 32);
        gradient.setColorAt(0, QColor(0x5b, 0x4b, 0xdb));
        gradient.setColorAt(1, QColor(0x2b, 0x8a, 0xd8));
        p.setPen(Qt::NoPen);
        p.setBrush(gradient);
        p.drawRoundedRect(QRectF(1, 1, 30, 30), 8, 8);
        QFont font;
        font.setBold(true);
        font.setPixelSize(20);
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QRectF(1, 1, 30, 30), Qt::AlignCenter, QStringLiteral("R"));
    });
}

} // namespace ra
