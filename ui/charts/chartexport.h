#pragma once

#include <QString>

#include <functional>

class QCustomPlot;
class QIODevice;
class QWidget;

namespace ra {

// What a chart's Export menu writes.
enum class ChartFileFormat { Png, Pdf, Csv };

// Asks where to save a chart of `title` as `format` (a non-modal save dialog in the Documents
// folder, the format's suffix added) and calls `chosen` with the path. Owned by `parent`.
void askChartFile(QWidget *parent, ChartFileFormat format, const QString &title,
                  const std::function<void(const QString &path)> &chosen);

// Saves the plot as the user sees it: PNG at twice the pixel density (print-sharp edges), or
// PDF titled `title`. False with a message naming the file when it cannot be written.
bool saveChartImage(QCustomPlot &plot, ChartFileFormat format, const QString &path,
                    const QString &title, QString *error);

// Writes a chart's data through `write` into `path`, replaced only once complete (QSaveFile).
// `write` returns false and says why on a write error. False with a message naming the file.
bool saveChartCsv(const QString &path, const std::function<bool(QIODevice &, QString *)> &write,
                  QString *error);

} // namespace ra
