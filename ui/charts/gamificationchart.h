#pragma once

#include "item/gamificationseriesmodel.h"

#include <QDate>
#include <QList>
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

// A daily line chart of some columns of a GamificationSeriesModel (e.g. XP and coins), drawn
// with QCustomPlot: one line per column over the dates of the model. Hovering shows the values
// of the nearest day (a tracer, a tooltip and a line under the chart); the mouse wheel zooms and
// dragging pans the dates, a double click or Reset zoom shows everything again. The chart can be
// saved as PNG or PDF and its data as CSV (ChartExport). Redraws are coalesced (queued
// replots). Does not own the model; owns the plot. GUI thread.
class GamificationChart : public QWidget
{
    Q_OBJECT

public:
    using Column = GamificationSeriesModel::Column;

    explicit GamificationChart(QWidget *parent = nullptr);
    ~GamificationChart() override;

    void setModel(GamificationSeriesModel *model, const QList<Column> &columns);
    QList<Column> columns() const { return m_columns; }
    void setTitle(const QString &title);
    QString title() const { return m_titleText; }

    // What is drawn: one graph per column, each with one point per day.
    int graphCount() const;
    QList<double> graphValues(int graph) const;
    QList<QDate> dates() const;

    // Shows the values of the day nearest to `pos` (plot coordinates), as the mouse does.
    void hoverAt(const QPoint &pos);
    // The hover text of day `row` of the model ("12 Nov 2026: XP 30, Coins 5").
    QString valueText(int row) const;
    QString hoverText() const;
    // The position of the day `row` in plot coordinates (for tests and the tracer).
    QPoint pointOf(int row) const;

    // The visible date range in days since the first day of the model.
    QPair<double, double> visibleDays() const;
    bool isZoomed() const;
    // Zooms the dates around the middle by `factor` (< 1 zooms in).
    void zoom(double factor);
    void resetZoom();

    bool savePng(const QString &path, QString *error = nullptr);
    bool savePdf(const QString &path, QString *error = nullptr);
    bool saveCsv(const QString &path, QString *error = nullptr) const;

    QAction *savePngAction() const;
    QAction *savePdfAction() const;
    QAction *saveCsvAction() const;
    QAction *resetZoomAction() const { return m_reset; }

signals:
    void exported(const QString &path);
    void exportFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void replot();
    void onMouseMove(QMouseEvent *event);
    int nearestRow(double key) const;
    double keyOf(const QDate &date) const;

    QPointer<GamificationSeriesModel> m_model;
    QList<Column> m_columns;
    QString m_titleText;
    QCustomPlot *m_plot = nullptr;
    QCPItemTracer *m_tracer = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_hover = nullptr;
    QToolButton *m_resetButton = nullptr;
    ChartExport *m_export = nullptr;
    QAction *m_reset = nullptr;
    QString m_hoverText;
    int m_hoverRow = -1;
};

} // namespace ra
