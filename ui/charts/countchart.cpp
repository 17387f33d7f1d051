#include "charts/countchart.h"

#include "charts/chartexport.h"
#include "charts/chartstyle.h"
#include "item/tablecsvwriter.h"
#include "overview/countseriesmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

// Compiled with QT_NO_FOREACH undefined (ui/CMakeLists.txt): qcustomplot.h uses foreach.
#include <qcustomplot.h>

#include <climits>
#include <cmath>

namespace ra {

CountChart::CountChart(QWidget *parent)
    : QWidget(parent)
    , m_color(0x2f, 0x6f, 0xd6)
    , m_plot(new QCustomPlot(this))
    , m_title(new QLabel(this))
    , m_hover(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_hover->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Both wrap rather than cut when a language runs longer than the chart is wide.
    m_title->setWordWrap(true);
    m_hover->setWordWrap(true);

    m_export = new ChartExport(m_plot, this);
    m_export->setCsvWriter([this](QIODevice *device, QString *why) {
        if (!m_model) {
            *why = tr("There is no chart data to export.");
            return false;
        }
        TableCsvWriter writer(
            *m_model, {CountSeriesModel::From, CountSeriesModel::To, CountSeriesModel::Members},
            *device);
        const bool ok = writer.writeAll();
        *why = writer.errorString();
        return ok;
    });
    connect(m_export, &ChartExport::exported, this, &CountChart::exported);
    connect(m_export, &ChartExport::exportFailed, this, &CountChart::exportFailed);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_export->button());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_hover);

    m_plot->setMinimumHeight(150);
    m_bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_bars->setWidth(0.75);
    m_plot->xAxis->grid()->setVisible(false);
    // Members come in whole numbers: ticks at multiples of 1, never 2.5.
    QSharedPointer<QCPAxisTickerFixed> whole(new QCPAxisTickerFixed);
    whole->setTickStep(1.0);
    whole->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->yAxis->setTicker(whole);
    ChartStyle::apply(*m_plot, palette());
    setColor(m_color);

    connect(m_plot, &QCustomPlot::mouseMove, this, &CountChart::onMouseMove);
    retranslate();
}

CountChart::~CountChart() = default;

void CountChart::retranslate()
{
    m_export->retranslate();
    m_export->button()->setAccessibleName(tr("Export %1").arg(m_titleText));
    m_plot->setAccessibleName(tr("Chart: %1").arg(m_titleText));
    m_plot->yAxis->setLabel(tr("Members"));
    if (m_hoverText.isEmpty())
        m_hover->setText(tr("Point at a bar to see its count."));
    rebuild();
}

void CountChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange) {
        ChartStyle::apply(*m_plot, palette());
        setColor(m_color); // the bars are shaded for the new background
    }
    QWidget::changeEvent(event);
}

void CountChart::setModel(CountSeriesModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &CountChart::rebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &CountChart::rebuild);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CountChart::rebuild);
    }
    rebuild();
}

void CountChart::setTitle(const QString &title)
{
    m_titleText = title;
    m_title->setText(title);
    m_plot->setAccessibleName(tr("Chart: %1").arg(title));
    m_export->setTitle(title);
    m_export->button()->setAccessibleName(tr("Export %1").arg(title));
}

void CountChart::setAxisLabel(const QString &label)
{
    m_axisText = label;
    m_plot->xAxis->setLabel(label);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void CountChart::setColor(const QColor &color)
{
    m_color = color;
    const QColor shown = ChartStyle::series(color, palette());
    m_bars->setPen(QPen(shown.darker(130)));
    m_bars->setBrush(shown);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void CountChart::rebuild()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    QVector<double> keys;
    QVector<double> values;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double top = 0;
    for (int r = 0; r < rows; ++r) {
        keys.append(r);
        const double value = double(std::max<qint64>(0, m_model->countAt(r)));
        values.append(value);
        top = std::max(top, value);
        ticker->addTick(r, m_model->labelAt(r));
    }
    m_bars->setData(keys, values, true);
    m_plot->xAxis->setTicker(ticker);
    fitLabels();
    m_plot->xAxis->setRange(-0.6, std::max(0, rows - 1) + 0.6);
    m_plot->yAxis->setRange(0, top > 0 ? top * 1.15 : 1);
    m_hoverText.clear();
    m_hover->setText(tr("Point at a bar to see its count."));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void CountChart::fitLabels()
{
    // Labels wider than their bar's share of the axis are slanted so they do not run together.
    const int rows = m_model ? m_model->rowCount() : 0;
    const QFontMetrics metrics(m_plot->xAxis->tickLabelFont());
    int widest = 0;
    for (int r = 0; r < rows; ++r)
        widest = std::max(widest, metrics.horizontalAdvance(m_model->labelAt(r)));
    // The y axis, its label and the margins take about this much of the plot's width.
    const int axisWidth = m_plot->width() - 80;
    const bool slant = rows > 0 && widest + metrics.averageCharWidth() * 2 > axisWidth / rows;
    m_plot->xAxis->setTickLabelRotation(slant ? -35 : 0);
}

void CountChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLabels();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QStringList CountChart::barLabels() const
{
    QStringList out;
    for (int r = 0; m_model && r < m_model->rowCount(); ++r)
        out.append(m_model->labelAt(r));
    return out;
}

QList<double> CountChart::barValues() const
{
    QList<double> out;
    const QSharedPointer<QCPBarsDataContainer> bars = m_bars->data();
    for (auto it = bars->constBegin(); it != bars->constEnd(); ++it)
        out.append(it->value);
    return out;
}

QString CountChart::valueText(int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return {};
    const qint64 count = m_model->countAt(row);
    if (count < 0)
        return tr("%1: not counted yet").arg(m_model->labelAt(row));
    return tr("%1: %n member(s)", nullptr, int(std::min<qint64>(count, INT_MAX)))
        .arg(m_model->labelAt(row));
}

QPoint CountChart::pointOf(int row) const
{
    const double x = m_plot->xAxis->coordToPixel(row);
    const double y = m_plot->yAxis->coordToPixel(0) - 2;
    return QPoint(int(std::lround(x)), int(std::lround(y)));
}

void CountChart::hoverAt(const QPoint &pos)
{
    const int rows = m_model ? m_model->rowCount() : 0;
    const int row = int(std::lround(m_plot->xAxis->pixelToCoord(pos.x())));
    if (rows == 0 || row < 0 || row >= rows || !m_plot->axisRect()->rect().contains(pos)) {
        QToolTip::hideText();
        return;
    }
    m_hoverText = valueText(row);
    m_hover->setText(m_hoverText);
    QToolTip::showText(m_plot->mapToGlobal(pos), m_hoverText, m_plot);
}

void CountChart::onMouseMove(QMouseEvent *event)
{
    hoverAt(event->position().toPoint());
}

bool CountChart::savePng(const QString &path, QString *error)
{
    return m_export->savePng(path, error);
}

bool CountChart::savePdf(const QString &path, QString *error)
{
    return m_export->savePdf(path, error);
}

bool CountChart::saveCsv(const QString &path, QString *error) const
{
    return m_export->saveCsv(path, error);
}

QAction *CountChart::savePngAction() const
{
    return m_export->savePngAction();
}

QAction *CountChart::savePdfAction() const
{
    return m_export->savePdfAction();
}

QAction *CountChart::saveCsvAction() const
{
    return m_export->saveCsvAction();
}

} // namespace ra
