#pragma once

#include "assign/assignscope.h"
#include "bulk/bulkjob.h"
#include "bulk/bulkreport.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ra {

class AssignReportModel;
class ImportProgressChart;
class MessageBar;

// The live view of an assignment job, in the style of the import progress view: what is given to
// whom and where (community and server), state, counts, rate, time left, a progress bar and the
// chart (done, succeeded, failed over time), with Pause / Resume and Stop. When the job ends it
// shows the report: done, already had it, not found, not matched, matched more than one member,
// failed (grouped by the server's reason), one row per member, and offers "Retry failed",
// "Export report CSV…" and "Undo this change" (the view asks for those through signals; the
// dialog makes the new job). `unsent` lists the inputs that never became items (not matched,
// ambiguous, bad lines, already known to hold it), shown in the report with the rest. Borrows
// the job; GUI thread.
class AssignJobView : public QWidget
{
    Q_OBJECT

public:
    AssignJobView(BulkJob &job, const AssignScope &scope, const BulkReport &unsent,
                  QWidget *parent = nullptr);

    BulkJob *job() const { return m_job; }
    // The report as shown: the job's rows plus the unsent ones.
    BulkReport report() const;
    bool exportReport(const QString &path, QString *error) const;

    QString countersText() const;
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *undoButton() const { return m_undo; }
    QTableView *reportView() const { return m_table; }
    ImportProgressChart *chart() const { return m_chart; }

signals:
    void retryRequested();
    void undoRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onProgress(const BulkProgress &progress);
    void onFinished();
    void updateButtons();
    void chooseExportFile();
    void retranslate();

    QPointer<BulkJob> m_job;
    AssignScope m_scope;
    BulkReport m_unsent;
    AssignReportModel *m_model;
    QLabel *m_title;
    QLabel *m_where;
    QLabel *m_state;
    QProgressBar *m_bar;
    QLabel *m_counters;
    QLabel *m_rate;
    ImportProgressChart *m_chart;
    QLabel *m_summary;
    QTableView *m_table;
    QPushButton *m_pause;
    QPushButton *m_stop;
    QPushButton *m_retry;
    QPushButton *m_export;
    QPushButton *m_undo;
    MessageBar *m_message;
    bool m_ended = false;
};

} // namespace ra
