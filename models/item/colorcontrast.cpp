#include "item/colorcontrast.h"

#include <QtMath>

#include <algorithm>

namespace ra::ColorContrast {

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : qPow((channel + 0.055) / 1.055, 2.4);
}

double worstRatio(const QColor &color, const QList<QColor> &backgrounds)
{
    double worst = 21.0;
    for (const QColor &background : backgrounds)
        worst = std::min(worst, ratio(color, background));
    return worst;
}

// The first lightness step from `color` towards `target` (0 or 1) that reaches `minRatio`, or an
// invalid colour when even the end of the way does not.
QColor search(const QColor &color, double target, const QList<QColor> &backgrounds, double minRatio,
              double *distance)
{
    float h = 0, s = 0, l = 0, a = 0;
    color.getHslF(&h, &s, &l, &a);
    constexpr int steps = 100;
    for (int i = 1; i <= steps; ++i) {
        const double lightness = l + (target - l) * i / steps;
        const QColor candidate = QColor::fromHslF(h, s, float(lightness), a);
        if (worstRatio(candidate, backgrounds) >= minRatio) {
            *distance = qAbs(lightness - l);
            return candidate;
        }
    }
    return {};
}

} // namespace

double relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
           0.0722 * linear(rgb.blueF());
}

double ratio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &preferred, const QList<QColor> &backgrounds, double minRatio)
{
    if (!preferred.isValid() || worstRatio(preferred, backgrounds) >= minRatio)
        return preferred;
    double darkDistance = 2, lightDistance = 2;
    const QColor darker = search(preferred, 0.0, backgrounds, minRatio, &darkDistance);
    const QColor lighter = search(preferred, 1.0, backgrounds, minRatio, &lightDistance);
    if (darker.isValid() && darkDistance <= lightDistance)
        return darker;
    if (lighter.isValid())
        return lighter;
    const QColor black(Qt::black), white(Qt::white);
    return worstRatio(black, backgrounds) >= worstRatio(white, backgrounds) ? black : white;
}

QColor textOn(const QColor &background)
{
    const QColor black(0x12, 0x12, 0x12), white(Qt::white);
    return ratio(black, background) >= ratio(white, background) ? black : white;
}

} // namespace ra::ColorContrast
