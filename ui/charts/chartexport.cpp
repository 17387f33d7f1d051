#include "charts/chartexport.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSaveFile>
#include <QStandardPaths>
#include <QToolButton>

// Compiled with QT_NO_FOREACH undefined (ui/CMakeLists.txt): qcustomplot.h uses foreach.
#include <qcustomplot.h>

namespace ra {

ChartExport::ChartExport(QCustomPlot *plot, QWidget *parent)
    : QObject(parent)
    , m_plot(plot)
    , m_parent(parent)
    , m_button(new QToolButton(parent))
    , m_savePng(new QAction(parent))
    , m_savePdf(new QAction(parent))
    , m_saveCsv(new QAction(parent))
{
    auto *menu = new QMenu(parent);
    menu->addAction(m_savePng);
    menu->addAction(m_savePdf);
    menu->addSeparator();
    menu->addAction(m_saveCsv);
    m_button->setMenu(menu);
    m_button->setPopupMode(QToolButton::InstantPopup);
    for (const auto &[action, format] :
         {std::pair{m_savePng, ChartFileFormat::Png}, std::pair{m_savePdf, ChartFileFormat::Pdf},
          std::pair{m_saveCsv, ChartFileFormat::Csv}}) {
        connect(action, &QAction::triggered, this, [this, format = format] {
            askChartFile(m_parent, format, m_title,
                         [this, format](const QString &path) { saveTo(format, path); });
        });
    }
    retranslate();
}

void ChartExport::retranslate()
{
    m_savePng->setText(tr("Save Chart as &PNG…"));
    m_savePdf->setText(tr("Save Chart as P&DF…"));
    m_saveCsv->setText(tr("Export Chart &Data as CSV…"));
    m_button->setText(tr("Export"));
    m_button->setAccessibleName(tr("Export chart"));
}

bool ChartExport::savePng(const QString &path, QString *error)
{
    return saveChartImage(*m_plot, ChartFileFormat::Png, path, m_title, error);
}

bool ChartExport::savePdf(const QString &path, QString *error)
{
    return saveChartImage(*m_plot, ChartFileFormat::Pdf, path, m_title, error);
}

bool ChartExport::saveCsv(const QString &path, QString *error) const
{
    if (!m_csv) {
        if (error)
            *error = tr("There is no chart data to export.");
        return false;
    }
    return saveChartCsv(
        path, [this](QIODevice &device, QString *why) { return m_csv(&device, why); }, error);
}

void ChartExport::saveTo(ChartFileFormat format, const QString &path)
{
    QString error;
    bool ok = false;
    switch (format) {
    case ChartFileFormat::Png:
        ok = savePng(path, &error);
        break;
    case ChartFileFormat::Pdf:
        ok = savePdf(path, &error);
        break;
    case ChartFileFormat::Csv:
        ok = saveCsv(path, &error);
        break;
    }
    if (ok)
        emit exported(path);
    else
        emit exportFailed(error);
}

void askChartFile(QWidget *parent, ChartFileFormat format, const QString &title,
                  const std::function<void(const QString &path)> &chosen)
{
    QString filter;
    QString suffix;
    switch (format) {
    case ChartFileFormat::Png:
        filter = ChartExport::tr("PNG images (*.png)");
        suffix = QStringLiteral("png");
        break;
    case ChartFileFormat::Pdf:
        filter = ChartExport::tr("PDF documents (*.pdf)");
        suffix = QStringLiteral("pdf");
        break;
    case ChartFileFormat::Csv:
        filter = ChartExport::tr("CSV files (*.csv)");
        suffix = QStringLiteral("csv");
        break;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(parent, ChartExport::tr("Export %1").arg(title), dir, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, chosen);
    dialog->open();
}

bool saveChartImage(QCustomPlot &plot, ChartFileFormat format, const QString &path,
                    const QString &title, QString *error)
{
    const bool pdf = format == ChartFileFormat::Pdf;
    const bool ok = pdf ? plot.savePdf(path, 0, 0, QCP::epNoCosmetic,
                                       QCoreApplication::applicationName(), title)
                        : plot.savePng(path, 0, 0, 2.0);
    if (!ok && error) {
        *error =
            pdf ? ChartExport::tr("Could not write the PDF %1.").arg(QDir::toNativeSeparators(path))
                : ChartExport::tr("Could not write the image %1.")
                      .arg(QDir::toNativeSeparators(path));
    }
    return ok;
}

bool saveChartCsv(const QString &path, const std::function<bool(QIODevice &, QString *)> &write,
                  QString *error)
{
    QSaveFile file(path);
    QString why;
    if (file.open(QIODevice::WriteOnly) && write(file, &why) && file.commit())
        return true;
    if (error)
        *error = ChartExport::tr("Could not write %1: %2")
                     .arg(QDir::toNativeSeparators(path), why.isEmpty() ? file.errorString() : why);
    return false;
}

QCPItemTracer *setUpTimeAxis(QCustomPlot *plot, const QString &format)
{
    plot->setMinimumHeight(180);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->axisRect()->setRangeDrag(Qt::Horizontal);
    plot->axisRect()->setRangeZoom(Qt::Horizontal);
    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setDateTimeFormat(format);
    plot->xAxis->setTicker(ticker);
    auto *tracer = new QCPItemTracer(plot);
    tracer->setStyle(QCPItemTracer::tsCircle);
    tracer->setSize(9);
    tracer->setPen(QPen(QColor(0x22, 0x22, 0x22), 1.5));
    tracer->setVisible(false);
    return tracer;
}

QHBoxLayout *chartHeader(QWidget *chart, QLabel *title, QToolButton *resetButton, QAction *reset,
                         ChartExport *exporter)
{
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    resetButton->setDefaultAction(reset);
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    reset->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    chart->addAction(reset);
    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(resetButton);
    header->addWidget(exporter->button());
    return header;
}

} // namespace ra
