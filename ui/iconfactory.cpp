#include "iconfactory.h"

#include "item/colorcontrast.h"

#include <QFont>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

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
    // The mark inside is cut out of the glyph's colour: dark on a light glyph (dark theme).
    p.setPen(QPen(ColorContrast::textOn(c), 3, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(16, 11), QPointF(16, 19));
    p.drawPoint(QPointF(16, 24));
}

void paintInfo(QPainter &p, const QColor &c)
{
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawEllipse(QPointF(16, 16), 13, 13);
    p.setPen(QPen(ColorContrast::textOn(c), 3, Qt::SolidLine, Qt::RoundCap));
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

// Paints its glyph, drawn on a 32x32 grid, at any size and device pixel ratio
// asked for, in its colour or the palette's text colour at the time.
class PaintedIconEngine : public QIconEngine
{
public:
    PaintedIconEngine(IconFactory::Paint paint, const QColor &color)
        : m_paint(std::move(paint))
        , m_color(color)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QColor color = m_color;
        if (!color.isValid()) {
            const QPalette palette = QGuiApplication::palette();
            color = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                  QPalette::WindowText);
        } else if (mode == QIcon::Disabled) {
            color.setAlphaF(0.45f);
        }
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const int side = qMin(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2.0,
                           rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 32.0, side / 32.0);
        m_paint(*painter, color);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        {
            QPainter p(&pixmap);
            paint(&p, QRect(QPoint(0, 0), pixmap.size()), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new PaintedIconEngine(m_paint, m_color); }
    QString key() const override { return QStringLiteral("ra-painted"); }

private:
    IconFactory::Paint m_paint;
    QColor m_color;
};

} // namespace

QIcon IconFactory::painted(const Paint &paint, const QColor &color)
{
    return QIcon(new PaintedIconEngine(paint, color));
}

QIcon IconFactory::icon(Glyph glyph, const QColor &color)
{
    return painted(painterFor(glyph), color);
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
    return painted(
        [environment](QPainter &p, const QColor &color) {
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
        },
        environmentColor(environment));
}

QIcon IconFactory::appIcon()
{
    return painted(
        [](QPainter &p, const QColor &) {
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
        },
        QColor(Qt::white));
}

} // namespace ra
