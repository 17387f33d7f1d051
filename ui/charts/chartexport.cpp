#include "charts/chartexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QSaveFile>
#include <QStandardPaths>

// Compiled with QT_NO_FOREACH undefined (ui/CMakeLists.txt): qcustomplot.h uses foreach.
#include <qcustomplot.h>

namespace ra {

namespace {
// The translation context of the functions below.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ra::ChartExport)
};
} // namespace

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

} // namespace ra
