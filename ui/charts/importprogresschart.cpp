#include "charts/importprogresschart.h"

#include "charts/chartstyle.h"

#include <QEvent>
#include <QLocale>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace ra {

ImportProgressChart::ImportProgressChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumHeight(180);

    m_processed = m_plot->addGraph();
    m_succeeded = m_plot->addGraph();
    m_failed = m_plot->addGraph();
    // The legend in a row of its own under the axes, so no line runs behind it.
    m_plot->legend->setVisible(true);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    auto *legendRow = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(1, 0, legendRow);
    legendRow->setMargins(QMargins(5, 0, 5, 5));
    legendRow->addElement(0, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->xAxis->setRange(0, 1);
    m_plot->yAxis->setRange(0, 1);

    applyPalette();

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(refreshIntervalMs);
    connect(&m_refresh, &QTimer::timeout, this, &ImportProgressChart::replot);
    retranslateUi();
}

void ImportProgressChart::appendSample(double seconds, qint64 processed, qint64 succeeded,
                                       qint64 failed)
{
    m_processed->addData(seconds, double(processed));
    m_succeeded->addData(seconds, double(succeeded));
    m_failed->addData(seconds, double(failed));
    m_maxX = qMax(m_maxX, seconds);
    m_maxY = qMax(m_maxY, double(processed));
    if (!m_refresh.isActive())
        m_refresh.start();
}

void ImportProgressChart::clear()
{
    m_processed->data()->clear();
    m_succeeded->data()->clear();
    m_failed->data()->clear();
    m_maxX = 0;
    m_maxY = 1;
    replot();
}

void ImportProgressChart::flush()
{
    if (!m_refresh.isActive())
        return;
    m_refresh.stop();
    replot();
}

int ImportProgressChart::pointCount() const
{
    return m_processed->dataCount();
}

void ImportProgressChart::replot()
{
    // The time axis ends where the data does (a short import is not drawn
    // squeezed into the corner of a one-second axis).
    m_plot->xAxis->setRange(0, qMax(m_maxX, minimumSeconds) * 1.05);
    m_plot->yAxis->setRange(0, m_maxY * 1.1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    ++m_replots;
}

void ImportProgressChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void ImportProgressChart::applyPalette()
{
    const QPalette pal = palette();
    ChartStyle::apply(*m_plot, pal);
    m_processed->setPen(QPen(ChartStyle::series(QColor(0x33, 0x66, 0xcc), pal), 2));
    m_succeeded->setPen(QPen(ChartStyle::series(QColor(0x2e, 0x8b, 0x57), pal), 2));
    m_failed->setPen(QPen(ChartStyle::series(QColor(0xc0, 0x39, 0x2b), pal), 2));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ImportProgressChart::retranslateUi()
{
    m_processed->setName(tr("Processed"));
    m_succeeded->setName(tr("Succeeded"));
    m_failed->setName(tr("Failed"));
    m_plot->xAxis->setLabel(tr("Seconds"));
    m_plot->yAxis->setLabel(tr("Rows"));
    m_plot->setAccessibleName(tr("Import progress chart"));
    // QCustomPlot keeps the locale it was made with for its tick labels; follow the language's.
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    m_plot->setLocale(locale);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace ra
