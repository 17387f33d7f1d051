#include "charts/importprogresschart.h"

#include <QTest>

#include <qcustomplot.h>

using namespace ra;

// The import progress chart: its time axis ends where the samples do, and
// its legend sits outside the plotted area, where no line runs behind it.
class tst_ImportProgressChart : public QObject
{
    Q_OBJECT

private slots:
    void timeAxisFollowsTheData();
    void legendIsOutsideTheAxes();
};

void tst_ImportProgressChart::timeAxisFollowsTheData()
{
    ImportProgressChart chart;
    chart.resize(600, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    // A short import: done in 0.14 s.
    chart.appendSample(0.0, 0, 0, 0);
    chart.appendSample(0.07, 300, 290, 10);
    chart.appendSample(0.14, 600, 590, 10);
    chart.flush();
    const QCPRange x = chart.plot()->xAxis->range();
    QCOMPARE(x.lower, 0.0);
    QVERIFY2(x.upper >= 0.14 && x.upper < 0.2, qPrintable(QString::number(x.upper)));
    // A longer one stretches it.
    chart.appendSample(12.0, 1200, 1180, 20);
    chart.flush();
    QVERIFY(chart.plot()->xAxis->range().upper >= 12.0);
}

void tst_ImportProgressChart::legendIsOutsideTheAxes()
{
    ImportProgressChart chart;
    chart.resize(600, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.appendSample(0.0, 0, 0, 0);
    chart.appendSample(1.0, 100, 100, 0);
    chart.flush();
    QCustomPlot *plot = chart.plot();
    plot->replot(QCustomPlot::rpImmediateRefresh);
    QVERIFY(plot->legend->visible());
    const QRect legend = plot->legend->outerRect();
    const QRect axes = plot->axisRect()->rect();
    QVERIFY(!legend.isEmpty());
    QVERIFY2(!legend.intersects(axes),
             qPrintable(QStringLiteral("legend %1,%2 %3x%4 inside axes %5,%6 %7x%8")
                            .arg(legend.x())
                            .arg(legend.y())
                            .arg(legend.width())
                            .arg(legend.height())
                            .arg(axes.x())
                            .arg(axes.y())
                            .arg(axes.width())
                            .arg(axes.height())));
}

QTEST_MAIN(tst_ImportProgressChart)
#include "tst_importprogresschart.moc"
