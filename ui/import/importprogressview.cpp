#include "import/importprogressview.h"

#include "charts/importprogresschart.h"
#include "durationtext.h"
#include "import/failedrowsmodel.h"
#include "import/importdocument.h"
#include "import/importprogress.h"
#include "import/importrunner.h"
#include "import/importsession.h"
#include "messagebar.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ra {

ImportProgressView::ImportProgressView(ImportSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_state(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_counters(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_chart(new ImportProgressChart(this))
    , m_failedTitle(new QLabel(this))
    , m_failedView(new QTableView(this))
    , m_cancel(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_message(new MessageBar(this))
{
    QFont bold = m_state->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_state->setFont(bold);
    m_state->setWordWrap(true);
    m_counters->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_failedView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_failedView->horizontalHeader()->setStretchLastSection(true);
    m_failedView->verticalHeader()->hide();
    m_failedView->setAlternatingRowColors(true);
    m_export->setEnabled(false);
    m_cancel->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_failedTitle, 1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_state);
    layout->addWidget(m_bar);
    layout->addWidget(m_counters);
    layout->addWidget(m_rate);
    layout->addWidget(m_chart, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_failedView, 2);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(150);
    connect(&m_refresh, &QTimer::timeout, this, &ImportProgressView::refresh);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_session.cancel();
        refresh();
    });
    connect(m_export, &QPushButton::clicked, this, &ImportProgressView::chooseExportFile);
    connect(&session, &ImportSession::sendingStarted, this, &ImportProgressView::attach);
    retranslateUi();
    attach();
}

void ImportProgressView::attach()
{
    ImportProgress *progress = m_session.progress();
    if (!progress || progress == m_progress)
        return;
    m_progress = progress;
    m_chart->clear();
    for (const ImportProgress::Sample &s : progress->samples())
        m_chart->appendSample(s.seconds, s.processed, s.succeeded, s.failed);
    connect(progress, &ImportProgress::sampleAdded, m_chart,
            [this](const ImportProgress::Sample &s) {
                m_chart->appendSample(s.seconds, s.processed, s.succeeded, s.failed);
            });
    connect(progress, &ImportProgress::changed, this, &ImportProgressView::scheduleRefresh);
    connect(progress, &ImportProgress::finished, this, [this] {
        m_chart->flush();
        refresh();
    });
    connect(progress, &ImportProgress::problem, this, [this](const QString &text) {
        m_message->showMessage(MessageBar::Kind::Warning,
                               tr("Checking the job failed, retrying: %1").arg(text));
    });
    m_failedView->setModel(progress->failedRows());
    m_failedView->setColumnWidth(FailedRowsModel::RowColumn, 70);
    m_failedView->setColumnWidth(FailedRowsModel::ReasonColumn, 320);
    m_failedView->setColumnWidth(FailedRowsModel::RecordColumn, 320);
    connect(progress->failedRows(), &QAbstractItemModel::rowsInserted, this,
            &ImportProgressView::scheduleRefresh);
    refresh();
    // sendingStarted() comes just before the runner starts: look again once it has, so Stop is
    // enabled as soon as sending is under way rather than at the first throttled refresh.
    QMetaObject::invokeMethod(this, &ImportProgressView::refresh, Qt::QueuedConnection);
}

void ImportProgressView::scheduleRefresh()
{
    if (!m_refresh.isActive())
        m_refresh.start();
}

QString ImportProgressView::stateText() const
{
    return m_state->text();
}

QString ImportProgressView::countersText() const
{
    return m_counters->text();
}

void ImportProgressView::refresh()
{
    if (!m_progress) {
        m_state->setText(tr("Not sent yet."));
        return;
    }
    const ImportProgress &p = *m_progress;
    const QLocale locale;
    m_state->setText(p.stateText());
    if (p.state() == ImportProgress::State::Failed)
        m_message->showMessage(MessageBar::Kind::Error, p.errorText());
    else if (p.isFinished())
        m_message->hide();
    const qint64 planned = qMax<qint64>(1, p.planned());
    m_bar->setRange(0, 1000);
    m_bar->setValue(int(1000 * qMin(p.processed(), planned) / planned));
    m_bar->setFormat(
        tr("%1 of %2 rows").arg(locale.toString(p.processed()), locale.toString(p.planned())));
    m_counters->setText(tr("Sent: %1 · Processed: %2 · Created: %3 · Updated: %4 · Failed: %5 · "
                           "Jobs: %6")
                            .arg(locale.toString(p.submitted()), locale.toString(p.processed()),
                                 locale.toString(p.created()), locale.toString(p.updated()),
                                 locale.toString(p.failed()), locale.toString(p.jobCount())));
    if (p.isFinished() && (p.notSent() > 0 || p.unconfirmed() > 0)) {
        // What the server's records cannot vouch for, said plainly at the end.
        m_counters->setText(m_counters->text() + tr(" · Not sent: %1 · Unconfirmed: %2")
                                                     .arg(locale.toString(p.notSent()),
                                                          locale.toString(p.unconfirmed())));
    }
    const ImportDocument *doc = m_session.document();
    if (p.isFinished() && doc && doc->sendableRowCount() < doc->rowCount()) {
        // The rows the wizard left out never reach the server's records: without this line the
        // end of a 500-row import showing 489 of 489 looks like the whole file went.
        const qint64 problems = doc->rowCount() - doc->skippedRowCount() - doc->sendableRowCount();
        m_counters->setText(m_counters->text() + u'\n' +
                            tr("Left out of the file's %1 rows, not sent: %2 with problems, "
                               "%3 skipped by you.")
                                .arg(locale.toString(doc->rowCount()), locale.toString(problems),
                                     locale.toString(doc->skippedRowCount())));
    }
    m_rate->setText(tr("%1 rows/s · time left: %2")
                        .arg(locale.toString(p.rowsPerSecond(), 'f', 0),
                             DurationText::ofSeconds(p.etaSeconds())));
    const int failedRows = p.failedRows()->rowCount();
    m_failedTitle->setText(
        failedRows == 0
            ? (p.isFinished() ? tr("No row failed on the server.") : tr("No failed rows so far."))
            : tr("%n failed row(s), with the server's reason:", nullptr, failedRows));
    m_export->setEnabled(failedRows > 0);
    const bool sending = m_session.runner() && m_session.runner()->isSending() &&
                         !m_session.runner()->session().cancelled;
    m_cancel->setEnabled(sending);
}

bool ImportProgressView::exportFailedRows(const QString &path, QString *error)
{
    if (!m_progress) {
        *error = tr("Nothing was sent yet.");
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return m_progress->failedRows()->writeCsv(&file, error);
}

void ImportProgressView::chooseExportFile()
{
    auto *dialog =
        new QFileDialog(this, tr("Export failed rows"), QString(), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(tr("failed-rows.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (exportFailedRows(path, &error))
            m_message->showMessage(MessageBar::Kind::Information,
                                   tr("Failed rows written to %1.").arg(path));
        else
            m_message->showMessage(MessageBar::Kind::Error, error);
    });
    dialog->open();
}

void ImportProgressView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ImportProgressView::retranslateUi()
{
    m_cancel->setText(tr("&Stop sending"));
    m_cancel->setToolTip(tr("Send no further chunks; rows already sent are still processed."));
    m_export->setText(tr("&Export failed rows…"));
    m_failedView->setAccessibleName(tr("Failed rows"));
    m_bar->setAccessibleName(tr("Import progress"));
    refresh();
}

} // namespace ra
