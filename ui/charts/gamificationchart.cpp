#include "charts/gamificationchart.h"

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

QColor colorOf(GamificationSeriesModel::Column column)
{
    using C = GamificationSeriesModel::Column;
    switch (column) {
    case C::Xp:
        return QColor(0x2f, 0x6f, 0xd6);
    case C::Coins:
        return QColor(0xe0, 0x9b, 0x12);
    case C::Messages:
        return QColor(0x2e, 0x9d, 0x5b);
    case C::Replies:
        return QColor(0x8a, 0x4f, 0xd8);
    case C::Reactions:
        return QColor(0xd6, 0x45, 0x7e);
    case C::Socials:
        return QColor(0x1a, 0x9a, 0xa6);
    default:
        return QColor(0x44, 0x4b, 0x55);
    }
}
} // namespace

GamificationChart::GamificationChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_title(new QLabel(this))
    , m_hover(new QLabel(this))
    , m_resetButton(new QToolButton(this))
    , m_reset(new QAction(this))
{
    m_export = new ChartExport(m_plot, this);
    m_export->setCsvWriter([this](QIODevice *device, QString *error) {
        if (!m_model) {
            *error = tr("There is no chart data to export.");
            return false;
        }
        return m_model->writeCsv(device, m_columns, error);
    });
    m_hover->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *header = chartHeader(this, m_title, m_resetButton, m_reset, m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_hover);

    m_tracer = setUpTimeAxis(m_plot, QStringLiteral("d MMM"));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    ChartStyle::apply(*m_plot, palette());

    connect(m_plot, &QCustomPlot::mouseMove, this, &GamificationChart::onMouseMove);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] { resetZoom(); });
    connect(m_reset, &QAction::triggered, this, &GamificationChart::resetZoom);
    connect(m_export, &ChartExport::exported, this, &GamificationChart::exported);
    connect(m_export, &ChartExport::exportFailed, this, &GamificationChart::exportFailed);
    retranslate();
}

GamificationChart::~GamificationChart() = default;

void GamificationChart::retranslate()
{
    m_export->retranslate();
    m_reset->setText(tr("Reset Zoom"));
    m_reset->setToolTip(tr("Show the whole range (Ctrl+0, or double-click the chart)"));
    m_plot->setAccessibleName(tr("Chart: %1").arg(m_titleText));
    m_plot->setToolTip(tr("Wheel: zoom the dates. Drag: move. Double-click: reset."));
    m_plot->yAxis->setLabel(tr("Per day"));
    // QCustomPlot keeps the locale it was made with for its tick labels (the dates' month names
    // too); follow the language's.
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    m_plot->setLocale(locale);
    if (m_hoverText.isEmpty())
        m_hover->setText(tr("Point at a day to see its values."));
    rebuild();
}

void GamificationChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange) {
        ChartStyle::apply(*m_plot, palette());
        rebuild(); // series colours are shaded for the new background
    }
    QWidget::changeEvent(event);
}

void GamificationChart::setModel(GamificationSeriesModel *model, const QList<Column> &columns)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_columns = columns;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &GamificationChart::rebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &GamificationChart::rebuild);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &GamificationChart::rebuild);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &GamificationChart::rebuild);
    }
    rebuild();
}

void GamificationChart::setTitle(const QString &title)
{
    m_titleText = title;
    m_title->setText(title);
    m_export->setTitle(title);
    m_plot->setAccessibleName(tr("Chart: %1").arg(title));
}

double GamificationChart::keyOf(const QDate &date) const
{
    return QCPAxisTickerDateTime::dateTimeToKey(date, Qt::UTC);
}

void GamificationChart::rebuild()
{
    m_plot->clearGraphs();
    m_tracer->setGraph(nullptr);
    m_tracer->setVisible(false);
    m_hoverRow = -1;
    m_hoverText.clear();
    m_hover->setText(tr("Point at a day to see its values."));
    const int rows = m_model ? m_model->rowCount() : 0;
    QVector<double> keys;
    keys.reserve(rows);
    for (int r = 0; r < rows; ++r)
        keys.append(keyOf(m_model->dateAt(r)));
    double top = 0;
    for (Column column : std::as_const(m_columns)) {
        QCPGraph *graph = m_plot->addGraph();
        graph->setName(GamificationSeriesModel::title(column));
        graph->setPen(QPen(ChartStyle::series(colorOf(column), palette()), 2));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
        QVector<double> values;
        values.reserve(rows);
        for (int r = 0; r < rows; ++r) {
            values.append(double(m_model->valueAt(r, column)));
            top = std::max(top, values.last());
        }
        graph->setData(keys, values, true);
    }
    // A tracer on an empty graph complains on every replot.
    if (m_plot->graphCount() > 0 && rows > 0)
        m_tracer->setGraph(m_plot->graph(0));
    m_plot->yAxis->setRange(0, top > 0 ? top * 1.1 : 1);
    resetZoom();
}

void GamificationChart::replot()
{
    // Hover and zoom ask for many redraws in a row; one per frame is enough.
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

int GamificationChart::graphCount() const
{
    return m_plot->graphCount();
}

QList<double> GamificationChart::graphValues(int graph) const
{
    QList<double> out;
    if (graph < 0 || graph >= m_plot->graphCount())
        return out;
    const QSharedPointer<QCPGraphDataContainer> points = m_plot->graph(graph)->data();
    for (auto it = points->constBegin(); it != points->constEnd(); ++it)
        out.append(it->value);
    return out;
}

QList<QDate> GamificationChart::dates() const
{
    QList<QDate> out;
    for (int r = 0; m_model && r < m_model->rowCount(); ++r)
        out.append(m_model->dateAt(r));
    return out;
}

int GamificationChart::nearestRow(double key) const
{
    if (!m_model || m_model->rowCount() == 0)
        return -1;
    const QDate first = m_model->dateAt(0);
    const int row = int(std::lround((key - keyOf(first)) / secondsPerDay));
    return std::clamp(row, 0, m_model->rowCount() - 1);
}

QString GamificationChart::valueText(int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return {};
    QStringList parts;
    for (Column column : m_columns)
        parts.append(GamificationSeriesModel::valueText(column, m_model->valueAt(row, column)));
    return tr("%1: %2").arg(QLocale().toString(m_model->dateAt(row), QLocale::LongFormat),
                            parts.join(tr(", ")));
}

QString GamificationChart::hoverText() const
{
    return m_hoverText;
}

QPoint GamificationChart::pointOf(int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return {};
    const double x = m_plot->xAxis->coordToPixel(keyOf(m_model->dateAt(row)));
    double value = 0;
    if (!m_columns.isEmpty())
        value = double(m_model->valueAt(row, m_columns.first()));
    return QPoint(int(std::lround(x)), int(std::lround(m_plot->yAxis->coordToPixel(value))));
}

void GamificationChart::hoverAt(const QPoint &pos)
{
    const int row = nearestRow(m_plot->xAxis->pixelToCoord(pos.x()));
    if (row < 0 || !m_plot->axisRect()->rect().contains(pos)) {
        m_tracer->setVisible(false);
        QToolTip::hideText();
        replot();
        return;
    }
    if (row != m_hoverRow) {
        m_hoverRow = row;
        m_hoverText = valueText(row);
        m_hover->setText(m_hoverText);
        m_tracer->setGraphKey(keyOf(m_model->dateAt(row)));
    }
    m_tracer->setVisible(m_tracer->graph() != nullptr);
    QToolTip::showText(m_plot->mapToGlobal(pos), m_hoverText, m_plot);
    replot();
}

void GamificationChart::onMouseMove(QMouseEvent *event)
{
    hoverAt(event->position().toPoint());
}

QPair<double, double> GamificationChart::visibleDays() const
{
    if (!m_model || m_model->rowCount() == 0)
        return {0, 0};
    const double origin = keyOf(m_model->dateAt(0));
    const QCPRange range = m_plot->xAxis->range();
    return {(range.lower - origin) / secondsPerDay, (range.upper - origin) / secondsPerDay};
}

bool GamificationChart::isZoomed() const
{
    if (!m_model || m_model->rowCount() == 0)
        return false;
    const QPair<double, double> days = visibleDays();
    return days.first > -0.4 || days.second < m_model->rowCount() - 1 + 0.4;
}

void GamificationChart::zoom(double factor)
{
    m_plot->xAxis->scaleRange(factor, m_plot->xAxis->range().center());
    replot();
}

void GamificationChart::resetZoom()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    if (rows > 0) {
        // Half a day of margin so the first and last points are not on the frame.
        m_plot->xAxis->setRange(keyOf(m_model->dateAt(0)) - secondsPerDay / 2,
                                keyOf(m_model->dateAt(rows - 1)) + secondsPerDay / 2);
    } else {
        const double today = keyOf(QDate::currentDate());
        m_plot->xAxis->setRange(today - 7 * secondsPerDay, today);
    }
    replot();
}

QAction *GamificationChart::savePngAction() const
{
    return m_export->savePngAction();
}

QAction *GamificationChart::savePdfAction() const
{
    return m_export->savePdfAction();
}

QAction *GamificationChart::saveCsvAction() const
{
    return m_export->saveCsvAction();
}

bool GamificationChart::savePng(const QString &path, QString *error)
{
    return m_export->savePng(path, error);
}

bool GamificationChart::savePdf(const QString &path, QString *error)
{
    return m_export->savePdf(path, error);
}

bool GamificationChart::saveCsv(const QString &path, QString *error) const
{
    return m_export->saveCsv(path, error);
}

} // namespace ra
