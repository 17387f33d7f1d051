#pragma once

#include <QColor>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QAction;
class QCPBars;
class QCustomPlot;
class QLabel;
class QMouseEvent;
class QResizeEvent;

namespace ra {

class ChartExport;

class CountSeriesModel;

// A bar chart of a CountSeriesModel: one bar per range (a week, a band of XP), labelled with the
// range, its height the members counted; a range whose count is unknown has no bar. Pointing at
// a bar shows its range and count. The Export menu saves the chart as PNG or PDF and the counts
// as CSV (the model's raw bounds and counts). Does not own the model; GUI thread.
class CountChart : public QWidget
{
    Q_OBJECT

public:
    explicit CountChart(QWidget *parent = nullptr);
    ~CountChart() override;

    void setModel(CountSeriesModel *model);
    void setTitle(const QString &title);
    QString title() const { return m_titleText; }
    // The axis under the bars ("Week starting", "XP").
    void setAxisLabel(const QString &label);
    void setColor(const QColor &color);

    // What is drawn: a label and a height per range (0 where unknown).
    QStringList barLabels() const;
    QList<double> barValues() const;
    // The text shown for range `row` ("1,000–9,999: 320 members").
    QString valueText(int row) const;
    QString hoverText() const { return m_hoverText; }
    // Points at `pos` (plot coordinates), as the mouse does.
    void hoverAt(const QPoint &pos);
    QPoint pointOf(int row) const;

    bool savePng(const QString &path, QString *error = nullptr);
    bool savePdf(const QString &path, QString *error = nullptr);
    bool saveCsv(const QString &path, QString *error = nullptr) const;

    QAction *savePngAction() const;
    QAction *savePdfAction() const;
    QAction *saveCsvAction() const;

signals:
    void exported(const QString &path);
    void exportFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void fitLabels();
    void onMouseMove(QMouseEvent *event);

    QPointer<CountSeriesModel> m_model;
    QString m_titleText;
    QString m_axisText;
    QString m_hoverText;
    QColor m_color;
    QCustomPlot *m_plot = nullptr;
    QCPBars *m_bars = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_hover = nullptr;
    ChartExport *m_export = nullptr; // the Export menu; a child
};

} // namespace ra
