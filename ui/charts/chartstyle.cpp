#include "charts/chartstyle.h"

#include "item/colorcontrast.h"

#include <QPalette>

// Compiled with QT_NO_FOREACH undefined (ui/CMakeLists.txt): qcustomplot.h uses foreach.
#include <qcustomplot.h>

namespace ra::ChartStyle {

void apply(QCustomPlot &plot, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(110);
    plot.setBackground(base);
    plot.axisRect()->setBackground(base);
    const QList<QCPAxis *> axes = plot.axisRect()->axes();
    for (QCPAxis *axis : axes) {
        axis->setBasePen(QPen(text, 1));
        axis->setTickPen(QPen(text, 1));
        axis->setSubTickPen(QPen(text, 1));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
        axis->grid()->setZeroLinePen(QPen(grid, 1));
    }
    QColor legendFill = base;
    legendFill.setAlpha(225);
    plot.legend->setBrush(legendFill);
    plot.legend->setBorderPen(QPen(palette.color(QPalette::Mid)));
    plot.legend->setTextColor(text);
    for (int i = 0; i < plot.itemCount(); ++i) {
        if (auto *tracer = qobject_cast<QCPItemTracer *>(plot.item(i)))
            tracer->setPen(QPen(text, 1.5));
    }
}

QColor series(const QColor &color, const QPalette &palette)
{
    return ColorContrast::readableOn(color, {palette.color(QPalette::Base)},
                                     ColorContrast::graphicRatio);
}

} // namespace ra::ChartStyle
