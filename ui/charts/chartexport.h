#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QCPItemTracer;
class QCustomPlot;
class QHBoxLayout;
class QIODevice;
class QLabel;
class QToolButton;
class QWidget;

namespace ra {

// What a chart's Export menu writes.
enum class ChartFileFormat { Png, Pdf, Csv };

// The Export menu of a QCustomPlot chart: save the plot as PNG (at twice the pixel density) or
// PDF, and its data as CSV through a writer the chart gives. Each action asks for a file name
// (a non-modal dialog) and reports exported() or exportFailed() with the reason. Owned by the
// chart widget (its parent); borrows the plot. GUI thread.
class ChartExport : public QObject
{
    Q_OBJECT

public:
    using CsvWriter = std::function<bool(QIODevice *device, QString *error)>;

    ChartExport(QCustomPlot *plot, QWidget *parent);

    // The title of exported PDFs and of the file dialog.
    void setTitle(const QString &title) { m_title = title; }
    // Writes the chart's data; without one, Save CSV says there is nothing to export.
    void setCsvWriter(CsvWriter writer) { m_csv = std::move(writer); }
    void retranslate();

    QToolButton *button() const { return m_button; }
    QAction *savePngAction() const { return m_savePng; }
    QAction *savePdfAction() const { return m_savePdf; }
    QAction *saveCsvAction() const { return m_saveCsv; }

    bool savePng(const QString &path, QString *error = nullptr);
    bool savePdf(const QString &path, QString *error = nullptr);
    bool saveCsv(const QString &path, QString *error = nullptr) const;

signals:
    void exported(const QString &path);
    void exportFailed(const QString &message);

private:
    void saveTo(ChartFileFormat format, const QString &path);

    QCustomPlot *m_plot;
    QWidget *m_parent;
    QString m_title;
    CsvWriter m_csv;
    QToolButton *m_button;
    QAction *m_savePng;
    QAction *m_savePdf;
    QAction *m_saveCsv;
};

// The steps of an export, for charts that build their own menu. askChartFile(): where to save a
// chart of `title` as `format` (a non-modal save dialog in the Documents folder, the format's
// suffix added), calling `chosen` with the path; owned by `parent`. saveChartImage(): the plot as
// the user sees it, PNG at twice the pixel density or PDF titled `title`. saveChartCsv(): the
// data through `write`, the file replaced only once complete (QSaveFile). Both false with a
// message naming the file when it cannot be written.
void askChartFile(QWidget *parent, ChartFileFormat format, const QString &title,
                  const std::function<void(const QString &path)> &chosen);
bool saveChartImage(QCustomPlot &plot, ChartFileFormat format, const QString &path,
                    const QString &title, QString *error);
bool saveChartCsv(const QString &path, const std::function<bool(QIODevice &, QString *)> &write,
                  QString *error);

// The set-up the QCustomPlot charts share. setUpTimeAxis(): a horizontal time axis (UTC dates
// in `format`) that the wheel zooms and dragging pans, and a hidden circle tracer for hovering
// (owned by the plot). chartHeader(): the bold `title`, `resetButton` showing `reset` (Ctrl+0,
// added to `chart`) and the Export button, in one row.
QCPItemTracer *setUpTimeAxis(QCustomPlot *plot, const QString &format);
QHBoxLayout *chartHeader(QWidget *chart, QLabel *title, QToolButton *resetButton, QAction *reset,
                         ChartExport *exporter);

} // namespace ra
