#pragma once

#include <QTimer>
#include <QWidget>

class QCPGraph;
class QCustomPlot;

namespace ra {

// The live chart of an import: rows processed, succeeded and failed over
// time (seconds since sending began). appendSample() only stores the point;
// redraws are coalesced to at most one per refresh interval, so a burst of
// samples costs one replot. One of the few classes that include QCustomPlot.
// Owns its plot widget; GUI thread.
class ImportProgressChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr int refreshIntervalMs = 250;
    // The shortest time axis, before the first samples arrive.
    static constexpr double minimumSeconds = 0.05;

    explicit ImportProgressChart(QWidget *parent = nullptr);

    void appendSample(double seconds, qint64 processed, qint64 succeeded, qint64 failed);
    void clear();
    // Draws pending points now (e.g. when the import finished).
    void flush();
    // Points stored per series, and how many replots actually ran (tests).
    int pointCount() const;
    int replotCount() const { return m_replots; }
    // The plot itself, for tests that check its axes and layout.
    QCustomPlot *plot() const { return m_plot; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyPalette();
    void replot();

    QCustomPlot *m_plot;
    QCPGraph *m_processed;
    QCPGraph *m_succeeded;
    QCPGraph *m_failed;
    QTimer m_refresh;
    double m_maxY = 1;
    double m_maxX = 0;
    int m_replots = 0;
};

} // namespace ra
