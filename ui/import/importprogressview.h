#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ra {

class ImportProgress;
class ImportProgressChart;
class ImportSession;
class MessageBar;

// The live view of an import being sent and processed: state, rows sent,
// processed, created, updated and failed, rows per second, time left, a
// progress bar, the chart, and the failed rows with their reasons as they
// arrive, with "Stop sending" and "Export failed rows…". Reads everything
// from the session's ImportProgress; counters refresh at most a few times a
// second however fast the jobs report. Borrows the session; GUI thread.
class ImportProgressView : public QWidget
{
    Q_OBJECT

public:
    explicit ImportProgressView(ImportSession &session, QWidget *parent = nullptr);

    // Writes the failed rows (with an Error column) to `path`.
    bool exportFailedRows(const QString &path, QString *error);

    QString stateText() const;
    QString countersText() const;
    ImportProgressChart *chart() const { return m_chart; }
    QTableView *failedView() const { return m_failedView; }
    QPushButton *stopButton() const { return m_cancel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void attach();
    void scheduleRefresh();
    void refresh();
    void chooseExportFile();
    void retranslateUi();

    ImportSession &m_session;
    QPointer<ImportProgress> m_progress;
    QLabel *m_state;
    QProgressBar *m_bar;
    QLabel *m_counters;
    QLabel *m_rate;
    ImportProgressChart *m_chart;
    QLabel *m_failedTitle;
    QTableView *m_failedView;
    QPushButton *m_cancel;
    QPushButton *m_export;
    MessageBar *m_message;
    QTimer m_refresh;
};

} // namespace ra
