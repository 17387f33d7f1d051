#include "assign/assignjobview.h"

#include "assign/assignreportmodel.h"
#include "bulk/bulkjob.h"
#include "charts/importprogresschart.h"
#include "durationtext.h"
#include "messagebar.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ra {

AssignJobView::AssignJobView(BulkJob &job, const AssignScope &scope, const BulkReport &unsent,
                             QWidget *parent)
    : QWidget(parent)
    , m_job(&job)
    , m_scope(scope)
    , m_unsent(unsent)
    , m_model(new AssignReportModel(this))
    , m_title(new QLabel(this))
    , m_where(new QLabel(this))
    , m_state(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_counters(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_chart(new ImportProgressChart(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_pause(new QPushButton(this))
    , m_stop(new QPushButton(this))
    , m_retry(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_undo(new QPushButton(this))
    , m_message(new MessageBar(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_pause->setObjectName(QStringLiteral("assignPause"));
    m_stop->setObjectName(QStringLiteral("assignStop"));
    m_retry->setObjectName(QStringLiteral("assignRetry"));
    m_export->setObjectName(QStringLiteral("assignExport"));
    m_undo->setObjectName(QStringLiteral("assignUndo"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    auto *numbers = new QHBoxLayout;
    numbers->addWidget(m_counters, 1);
    numbers->addWidget(m_rate);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_pause);
    controls->addWidget(m_stop);
    controls->addStretch(1);
    controls->addWidget(m_retry);
    controls->addWidget(m_export);
    controls->addWidget(m_undo);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_where);
    layout->addWidget(m_message);
    layout->addWidget(m_state);
    layout->addWidget(m_bar);
    layout->addLayout(numbers);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 2);
    layout->addLayout(controls);

    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (!m_job)
            return;
        if (m_job->status() == BulkJob::Status::Paused)
            m_job->resume();
        else
            m_job->pause();
    });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->stop();
    });
    connect(m_retry, &QPushButton::clicked, this, &AssignJobView::retryRequested);
    connect(m_undo, &QPushButton::clicked, this, &AssignJobView::undoRequested);
    connect(m_export, &QPushButton::clicked, this, &AssignJobView::chooseExportFile);
    connect(&job, &BulkJob::progressChanged, this, &AssignJobView::onProgress);
    connect(&job, &BulkJob::statusChanged, this, [this] {
        retranslate();
        updateButtons();
    });
    connect(&job, &BulkJob::finished, this, &AssignJobView::onFinished);
    connect(&job, &BulkJob::journalFailed, this, [this](const QString &error) {
        m_message->showMessage(MessageBar::Kind::Error,
                               tr("The job's journal could not be written, so nothing more is "
                                  "sent: %1")
                                   .arg(error));
    });
    m_model->setReport(report());
    retranslate();
    onProgress(job.progress());
    if (job.status() == BulkJob::Status::Finished)
        onFinished();
    updateButtons();
}

BulkReport AssignJobView::report() const
{
    BulkReport r = m_job ? m_job->report() : BulkReport();
    for (const BulkReport::Row &row : m_unsent.rows())
        r.addUnsent(row.line, row.input, row.state, row.reason);
    return r;
}

bool AssignJobView::exportReport(const QString &path, QString *error) const
{
    return report().toCsvFile(path, error);
}

QString AssignJobView::countersText() const
{
    return m_counters->text();
}

void AssignJobView::onProgress(const BulkProgress &p)
{
    const BulkCounts &c = p.counts;
    QLocale locale;
    m_bar->setRange(0, std::max(1, c.total));
    m_bar->setValue(c.finished());
    m_counters->setText(tr("%1 of %2 handled · done %3 · already %4 · not found %5 · failed %6")
                            .arg(locale.toString(c.finished()), locale.toString(c.total),
                                 locale.toString(c.done), locale.toString(c.already),
                                 locale.toString(c.notFound), locale.toString(c.failed)));
    if (m_ended) {
        // The live rate falls to 0 once nothing is in flight: the whole job's average says more.
        const double average = p.elapsedMs > 0 ? c.finished() * 1000.0 / double(p.elapsedMs) : 0;
        const QString took = p.elapsedMs < 10000
                                 ? tr("%1 s").arg(locale.toString(p.elapsedMs / 1000.0, 'f', 2))
                                 : DurationText::ofMs(p.elapsedMs);
        m_rate->setText(
            tr("took %1 · %2/s on average").arg(took, locale.toString(average, 'f', 0)));
    } else {
        m_rate->setText(
            tr("%1/s · ETA %2 · %3 in flight")
                .arg(locale.toString(p.ratePerSecond, 'f', 0), DurationText::ofMs(p.etaMs))
                .arg(p.inFlightLimit));
    }
    m_chart->appendSample(double(p.elapsedMs) / 1000.0, c.finished(), c.done + c.already,
                          c.failed + c.notFound);
}

void AssignJobView::onFinished()
{
    m_ended = true;
    if (m_job)
        onProgress(m_job->progress());
    m_chart->flush();
    const BulkReport r = report();
    m_model->setReport(r);
    m_table->resizeColumnsToContents();
    retranslate();
    updateButtons();
}

void AssignJobView::updateButtons()
{
    const BulkJob::Status s = m_job ? m_job->status() : BulkJob::Status::Finished;
    const bool running = s == BulkJob::Status::Running || s == BulkJob::Status::Paused;
    m_pause->setVisible(!m_ended);
    m_stop->setVisible(!m_ended);
    m_pause->setEnabled(running);
    m_stop->setEnabled(running);
    const BulkCounts c = m_job ? m_job->counts() : BulkCounts();
    m_retry->setVisible(m_ended);
    m_export->setVisible(m_ended);
    m_undo->setVisible(m_ended);
    m_retry->setEnabled(m_ended && c.failed > 0);
    m_undo->setEnabled(m_ended && c.done > 0);
    m_summary->setVisible(m_ended);
    m_table->setVisible(m_ended);
}

void AssignJobView::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export report CSV"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    if (m_job)
        dialog->selectFile(m_job->id() + QStringLiteral("-report.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (exportReport(path, &error))
            m_message->showMessage(
                MessageBar::Kind::Information,
                tr("Saved the report to %1.").arg(QDir::toNativeSeparators(path)));
        else
            m_message->showMessage(MessageBar::Kind::Error,
                                   tr("The report could not be saved: %1").arg(error));
    });
    dialog->open();
}

void AssignJobView::retranslate()
{
    m_title->setText(m_job ? m_job->kind().displayName() : QString());
    m_where->setText(m_scope.text());
    m_pause->setText(m_job && m_job->status() == BulkJob::Status::Paused ? tr("&Resume")
                                                                         : tr("&Pause"));
    m_stop->setText(tr("&Stop"));
    m_retry->setText(tr("Retry &failed"));
    m_export->setText(tr("&Export report CSV…"));
    m_undo->setText(tr("&Undo this change"));
    m_undo->setToolTip(tr("Takes back what this job changed, as a job of its own with a report"));
    switch (m_job ? m_job->status() : BulkJob::Status::Finished) {
    case BulkJob::Status::Ready:
        m_state->setText(tr("Starting…"));
        break;
    case BulkJob::Status::Running:
        m_state->setText(tr("Sending…"));
        break;
    case BulkJob::Status::Paused:
        m_state->setText(tr("Paused: nothing new is sent; requests on the wire finish."));
        break;
    case BulkJob::Status::Stopping:
        m_state->setText(tr("Stopping: waiting for the requests on the wire."));
        break;
    case BulkJob::Status::Stopped:
        m_state->setText(tr("Stopped. The rest can be sent later: the app offers this job "
                            "again at its next start."));
        break;
    case BulkJob::Status::Finished:
        m_state->setText(tr("Finished."));
        break;
    }
    if (!m_ended)
        return;
    // The report's counts, from its rows, so the unsent ones are counted too.
    QMap<QString, int> byState;
    for (const BulkReport::Row &row : m_model->report().rows())
        ++byState[row.state];
    QStringList parts;
    const QList<QPair<QString, QString>> order = {
        {QStringLiteral("done"), tr("done %1")},
        {QStringLiteral("already"), tr("already had it %1")},
        {QStringLiteral("notFound"), tr("not found %1")},
        {QStringLiteral("notMatched"), tr("not matched %1")},
        {QStringLiteral("ambiguous"), tr("matched more than one member %1")},
        {QStringLiteral("badLine"), tr("bad lines %1")},
        {QStringLiteral("failed"), tr("failed %1")},
        {QStringLiteral("pending"), tr("not sent %1")}};
    for (const auto &[state, text] : order) {
        if (byState.value(state) > 0)
            parts.append(text.arg(QLocale().toString(byState.value(state))));
    }
    QString summary = parts.join(QStringLiteral(" · "));
    const QList<QPair<QString, int>> reasons = m_model->report().failureReasons();
    QStringList why;
    for (const auto &[reason, count] : reasons)
        why.append(tr("%1: %2").arg(reason.isEmpty() ? tr("no reason given") : reason).arg(count));
    if (!why.isEmpty())
        summary += QLatin1Char('\n') + tr("Failures: %1").arg(why.join(QStringLiteral("; ")));
    m_summary->setText(summary);
}

void AssignJobView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ra
