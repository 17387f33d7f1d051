#pragma once

#include "item/fieldhistoryseries.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCPItemTracer;
class QCustomPlot;
class QLabel;
class QMouseEvent;
class QToolButton;

namespace ra {

class ChartExport;

// One member's number or date field over time, drawn with QCustomPlot from a
// FieldHistorySeries: a step line (a value holds until the next change) with a dot per change.
// Hovering shows the nearest change's time and value (a tracer, a tooltip and a line under the
// chart); the mouse wheel zooms and dragging pans the time axis, a double click or Reset zoom
// shows everything. Export saves PNG or PDF and the points as CSV (ChartExport). Says so instead
// of drawing when the series is loading, failed, empty or not numbers or dates. Does not own the
// series; owns the plot. GUI thread.
class FieldHistoryChart : public QWidget
{
    Q_OBJECT

public:
    explicit FieldHistoryChart(QWidget *parent = nullptr);
    ~FieldHistoryChart() override;

    void setSeries(FieldHistorySeries *series);
    QString title() const { return m_titleText; }
    // What is drawn: the keys (seconds since 1970, UTC) and values of the points.
    int pointCount() const;
    QList<double> values() const;
    // The state line above the plot ("Loading…", "No history", ...), empty when drawn.
    QString stateText() const;

    // Shows the change nearest to `pos` (plot coordinates), as the mouse does.
    void hoverAt(const QPoint &pos);
    QString hoverText() const { return m_hoverText; }
    // The position of point `index` in plot coordinates.
    QPoint pointOf(int index) const;
    bool isZoomed() const;
    // Zooms the time axis around the middle by `factor` (< 1 zooms in).
    void zoom(double factor);
    void resetZoom();

    ChartExport *exporter() const { return m_export; }

signals:
    void exported(const QString &path);
    void exportFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void replot();
    int nearestPoint(double key) const;
    QString valueText(int index) const;
    QPair<double, double> fullRange() const;

    QPointer<FieldHistorySeries> m_series;
    QString m_titleText;
    QCustomPlot *m_plot = nullptr;
    QCPItemTracer *m_tracer = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_hover = nullptr;
    QToolButton *m_resetButton = nullptr;
    QAction *m_reset = nullptr;
    ChartExport *m_export = nullptr;
    QString m_hoverText;
    int m_hoverIndex = -1;
    bool m_failed = false;
};

} // namespace ra
