#pragma once

#include <QColor>

class QCustomPlot;
class QPalette;

namespace ra {

// Colours of a QCustomPlot taken from the widget palette, so charts follow the light or dark
// theme: backgrounds from Base, axes, ticks, labels and legend text from Text, grid lines from
// Mid. Series keep their hue but are shaded to 3:1 against the plot background (WCAG's contrast
// for graphics). Charts call apply() when built and on QEvent::PaletteChange. GUI thread.
namespace ChartStyle {

void apply(QCustomPlot &plot, const QPalette &palette);
QColor series(const QColor &color, const QPalette &palette);

} // namespace ChartStyle

} // namespace ra
