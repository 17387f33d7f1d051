#include "charts/fieldhistorychart.h"

#include "charts/chartexport.h"
#include "charts/chartstyle.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

// Compiled with QT_NO_FOREACH undefined (ui/CMakeLists.txt): qcustomplot.h uses foreach.
#include <qcustomplot.h>

#include <cmath>

namespace ra {

namespace {
constexpr double secondsPerDay = 86400.0;
} // namespace

FieldHistoryChart::FieldHistoryChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_hover(new QLabel(this))
    , m_resetButton(new QToolButton(this))
    , m_reset(new QAction(this))
{
    m_export = new ChartExport(m_plot, this);
    m_hover->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setWordWrap(true);
    auto *header = chartHeader(this, m_title, m_resetButton, m_reset, m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_state);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_hover);

    m_tracer = setUpTimeAxis(m_plot, QStringLiteral("d MMM\nyyyy"));
    ChartStyle::apply(*m_plot, palette());

    connect(m_plot, &QCustomPlot::mouseMove, this,
            [this](QMouseEvent *event) { hoverAt(event->position().toPoint()); });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] { resetZoom(); });
    connect(m_reset, &QAction::triggered, this, &FieldHistoryChart::resetZoom);
    connect(m_export, &ChartExport::exported, this, &FieldHistoryChart::exported);
    connect(m_export, &ChartExport::exportFailed, this, &FieldHistoryChart::exportFailed);
    m_export->setCsvWriter([this](QIODevice *device, QString *error) {
        if (!m_series || m_series->points().isEmpty()) {
            *error = tr("There is no chart data to export.");
            return false;
        }
        return m_series->writeCsv(device, error);
    });
    retranslate();
}

FieldHistoryChart::~FieldHistoryChart() = default;

void FieldHistoryChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange) {
        ChartStyle::apply(*m_plot, palette());
        rebuild(); // the line is shaded for the new background
    }
    QWidget::changeEvent(event);
}

void FieldHistoryChart::retranslate()
{
    m_export->retranslate();
    m_reset->setText(tr("Reset Zoom"));
    m_reset->setToolTip(tr("Show the whole range (Ctrl+0, or double-click the chart)"));
    m_plot->setToolTip(tr("Wheel: zoom the time axis. Drag: move. Double-click: reset."));
    rebuild();
}

void FieldHistoryChart::setSeries(FieldHistorySeries *series)
{
    if (m_series)
        disconnect(m_series, nullptr, this, nullptr);
    m_series = series;
    m_failed = false;
    if (m_series) {
        connect(m_series, &FieldHistorySeries::loaded, this, [this] {
            m_failed = false;
            rebuild();
        });
        connect(m_series, &FieldHistorySeries::loadFailed, this, [this](const ApiError &error) {
            m_failed = true;
            rebuild();
            m_state->setText(tr("The history could not be read: %1").arg(error.userText()));
        });
    }
    rebuild();
}

void FieldHistoryChart::rebuild()
{
    m_plot->clearGraphs();
    m_tracer->setGraph(nullptr);
    m_tracer->setVisible(false);
    m_hoverIndex = -1;
    m_hoverText.clear();
    m_hover->setText(tr("Point at a change to see its value."));
    const bool ready = m_series && !m_series->isLoading() && !m_failed;
    const bool isDate = ready && m_series->kind() == FieldHistorySeries::Kind::Date;
    m_titleText = m_series && !m_series->fieldName().isEmpty()
                      ? tr("%1 of %2").arg(m_series->fieldName(), m_series->memberName())
                      : tr("Field history");
    m_title->setText(m_titleText);
    m_export->setTitle(m_titleText);
    m_plot->setAccessibleName(tr("Chart: %1").arg(m_titleText));
    if (!m_series)
        m_state->setText(tr("Choose a member and a number or date field to chart."));
    else if (m_series->isLoading())
        m_state->setText(tr("Loading…"));
    else if (m_series->kind() == FieldHistorySeries::Kind::None)
        m_state->setText(m_series->points().isEmpty() && m_series->fieldName().isEmpty()
                             ? tr("No history for this member and field.")
                             : tr("Only number and date fields are charted."));
    else if (m_series->isTruncated())
        m_state->setText(tr("Showing the first %L1 changes.").arg(m_series->points().size()));
    else
        m_state->clear();
    m_state->setVisible(!m_state->text().isEmpty());

    QSharedPointer<QCPAxisTicker> yTicker;
    if (isDate) {
        QSharedPointer<QCPAxisTickerDateTime> dates(new QCPAxisTickerDateTime);
        dates->setDateTimeSpec(Qt::UTC);
        dates->setDateTimeFormat(QStringLiteral("d MMM yyyy"));
        yTicker = dates;
    } else {
        yTicker.reset(new QCPAxisTicker);
    }
    m_plot->yAxis->setTicker(yTicker);
    m_plot->yAxis->setLabel(isDate ? tr("Date") : tr("Value"));
    if (ready && m_series->kind() != FieldHistorySeries::Kind::None) {
        QVector<double> keys;
        QVector<double> values;
        const QList<FieldHistorySeries::Point> &points = m_series->points();
        keys.reserve(points.size());
        values.reserve(points.size());
        for (const FieldHistorySeries::Point &p : points) {
            keys.append(QCPAxisTickerDateTime::dateTimeToKey(p.when));
            values.append(isDate ? p.value * secondsPerDay : p.value);
        }
        QCPGraph *graph = m_plot->addGraph();
        graph->setName(m_series->fieldName());
        graph->setPen(QPen(ChartStyle::series(QColor(0x2f, 0x6f, 0xd6), palette()), 2));
        graph->setLineStyle(QCPGraph::lsStepLeft);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
        graph->setData(keys, values, true);
        if (!keys.isEmpty())
            m_tracer->setGraph(graph);
        bool found = false;
        const QCPRange range = graph->getValueRange(found);
        const double pad = found ? std::max(range.size() * 0.1, isDate ? secondsPerDay : 1.0) : 1;
        m_plot->yAxis->setRange(found ? range.lower - pad : 0, found ? range.upper + pad : 1);
    }
    resetZoom();
}

void FieldHistoryChart::replot()
{
    // Hover and zoom ask for many redraws in a row; one per frame is enough.
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

int FieldHistoryChart::pointCount() const
{
    return m_plot->graphCount() > 0 ? m_plot->graph(0)->dataCount() : 0;
}

QList<double> FieldHistoryChart::values() const
{
    QList<double> out;
    if (m_plot->graphCount() == 0)
        return out;
    const QSharedPointer<QCPGraphDataContainer> points = m_plot->graph(0)->data();
    for (auto it = points->constBegin(); it != points->constEnd(); ++it)
        out.append(it->value);
    return out;
}

QString FieldHistoryChart::stateText() const
{
    return m_state->text();
}

int FieldHistoryChart::nearestPoint(double key) const
{
    if (pointCount() == 0)
        return -1;
    const QSharedPointer<QCPGraphDataContainer> points = m_plot->graph(0)->data();
    auto it = points->findBegin(key, false);
    int index = int(it - points->constBegin());
    if (index + 1 < points->size() && std::abs((it + 1)->key - key) < std::abs(it->key - key))
        ++index;
    return std::clamp(index, 0, points->size() - 1);
}

QString FieldHistoryChart::valueText(int index) const
{
    if (!m_series || index < 0 || index >= m_series->points().size())
        return {};
    const FieldHistorySeries::Point &p = m_series->points().at(index);
    QString value = p.text;
    if (m_series->kind() == FieldHistorySeries::Kind::Number)
        value = QLocale().toString(p.value, 'g', 15);
    return tr("%1: %2").arg(QLocale().toString(p.when.toLocalTime(), QLocale::ShortFormat), value);
}

QPoint FieldHistoryChart::pointOf(int index) const
{
    if (index < 0 || index >= pointCount())
        return {};
    const auto it = m_plot->graph(0)->data()->at(index);
    return QPoint(int(std::lround(m_plot->xAxis->coordToPixel(it->key))),
                  int(std::lround(m_plot->yAxis->coordToPixel(it->value))));
}

void FieldHistoryChart::hoverAt(const QPoint &pos)
{
    const int index = nearestPoint(m_plot->xAxis->pixelToCoord(pos.x()));
    if (index < 0 || !m_plot->axisRect()->rect().contains(pos)) {
        m_tracer->setVisible(false);
        QToolTip::hideText();
        replot();
        return;
    }
    if (index != m_hoverIndex) {
        m_hoverIndex = index;
        m_hoverText = valueText(index);
        m_hover->setText(m_hoverText);
        m_tracer->setGraphKey(m_plot->graph(0)->data()->at(index)->key);
    }
    m_tracer->setVisible(true);
    QToolTip::showText(m_plot->mapToGlobal(pos), m_hoverText, m_plot);
    replot();
}

QPair<double, double> FieldHistoryChart::fullRange() const
{
    if (pointCount() == 0) {
        const double now = QCPAxisTickerDateTime::dateTimeToKey(QDateTime::currentDateTimeUtc());
        return {now - 30 * secondsPerDay, now};
    }
    const QSharedPointer<QCPGraphDataContainer> points = m_plot->graph(0)->data();
    const double first = points->constBegin()->key;
    const double last = (points->constEnd() - 1)->key;
    // A margin so the first and last points are not on the frame.
    const double margin = std::max((last - first) * 0.03, secondsPerDay / 2);
    return {first - margin, last + margin};
}

bool FieldHistoryChart::isZoomed() const
{
    const QPair<double, double> full = fullRange();
    const QCPRange range = m_plot->xAxis->range();
    return range.lower > full.first + 1 || range.upper < full.second - 1;
}

void FieldHistoryChart::zoom(double factor)
{
    m_plot->xAxis->scaleRange(factor, m_plot->xAxis->range().center());
    replot();
}

void FieldHistoryChart::resetZoom()
{
    const QPair<double, double> full = fullRange();
    m_plot->xAxis->setRange(full.first, full.second);
    replot();
}

} // namespace ra
