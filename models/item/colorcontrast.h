#pragma once

#include <QColor>
#include <QList>

namespace ra {

// Colour contrast after WCAG 2.1: relative luminance, contrast ratio, and a colour moved just far
// enough in lightness to be read on given backgrounds. Used for role colours drawn as text, the
// environment badge and chart lines, so they stay legible on light and dark palettes.
// Pure functions; any thread.
namespace ColorContrast {

// WCAG's minimum for normal text, and for graphics such as chart lines.
constexpr double textRatio = 4.5;
constexpr double graphicRatio = 3.0;

// Relative luminance of an sRGB colour, 0 (black) to 1 (white); alpha is ignored.
double relativeLuminance(const QColor &color);
// (L1 + 0.05) / (L2 + 0.05) with L1 the lighter: 1 (same) to 21 (black on white).
double ratio(const QColor &a, const QColor &b);
// `preferred` itself when it reaches `minRatio` against every background; otherwise the colour of
// the same hue made darker or lighter (whichever direction gets there with the smaller change)
// until it does. Falls back to black or white, whichever contrasts more. An invalid `preferred`
// stays invalid.
QColor readableOn(const QColor &preferred, const QList<QColor> &backgrounds,
                  double minRatio = textRatio);
// Black or white text, whichever reads better on `background`.
QColor textOn(const QColor &background);

} // namespace ColorContrast

} // namespace ra
