#include "apilog/apilogpane.h"

#include "api/requestlog.h"
#include "api/requestlogmodel.h"
#include "item/apijobtablemodel.h"
#include "item/apilogentrytablemodel.h"
#include "messagebar.h"
#include "stores/apijobstore.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ra {

namespace {
QTableView *makeTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}
} // namespace

ApiLogPane::ApiLogPane(ApiJobStore &store, RequestLog *requestLog, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_jobsModel(new ApiJobTableModel(&store, this))
    , m_historyModel(new ApiLogEntryTableModel(this))
    , m_requestsModel(new RequestLogModel(requestLog, this))
    , m_tabs(new QTabWidget(this))
    , m_message(new MessageBar(this))
    , m_summary(new QLabel(this))
    , m_jobs(makeTable(this))
    , m_historyTitle(new QLabel(this))
    , m_history(makeTable(this))
    , m_requests(makeTable(this))
{
    m_message->hide();
    m_summary->setObjectName(QStringLiteral("jobsSummary"));
    m_historyTitle->setObjectName(QStringLiteral("historyTitle"));
    m_jobs->setModel(m_jobsModel);
    m_history->setModel(m_historyModel);
    m_requests->setModel(m_requestsModel);
    m_requests->setColumnWidth(RequestLogModel::TimeColumn, 110);
    m_requests->setColumnWidth(RequestLogModel::OperationColumn, 170);
    m_requests->setColumnWidth(RequestLogModel::MethodColumn, 70);
    m_requests->setColumnWidth(RequestLogModel::UrlColumn, 380);
    m_history->setColumnWidth(int(ApiLogEntryTableModel::Column::Time), 120);
    m_history->setColumnWidth(int(ApiLogEntryTableModel::Column::Level), 70);
    m_history->setColumnWidth(int(ApiLogEntryTableModel::Column::Row), 70);

    auto *jobsPage = new QWidget(m_tabs);
    auto *split = new QSplitter(Qt::Vertical, jobsPage);
    auto *historyBox = new QWidget(split);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_historyTitle);
    historyLayout->addWidget(m_history);
    split->addWidget(m_jobs);
    split->addWidget(historyBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *jobsLayout = new QVBoxLayout(jobsPage);
    jobsLayout->addWidget(m_summary);
    jobsLayout->addWidget(split);
    m_tabs->addTab(jobsPage, QString());
    m_tabs->addTab(m_requests, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs);

    connect(m_jobs->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApiLogPane::onSelectionChanged);
    connect(&store, &ApiJobStore::loaded, this, &ApiLogPane::onLoaded);
    connect(&store, &ApiJobStore::cleared, this, &ApiLogPane::onCleared);
    connect(&store, &ApiJobStore::loadFailed, this, [this](const ApiError &e) {
        m_message->showMessage(MessageBar::Kind::Error,
                               tr("The API log could not be read: %1").arg(e.userText()));
        // Not "Loading…" beside the error: nothing is on its way.
        if (!m_store.hasLoaded())
            m_summary->setText(tr("No jobs to show."));
    });
    connect(&store, &ApiJobStore::historyLoaded, this,
            [this](const QString &jobId, const QList<ApiLogEntry> &entries) {
                m_historyModel->setEntries(jobId, entries);
                m_history->scrollToBottom();
            });
    connect(&store, &ApiJobStore::historyFailed, this, [this](const QString &, const ApiError &e) {
        m_message->showMessage(MessageBar::Kind::Error,
                               tr("The job's history could not be read: %1").arg(e.userText()));
    });
    // New requests scroll into view while the user is at the bottom.
    connect(m_requestsModel, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_requests->isVisible())
            m_requests->scrollToBottom();
    });
    m_autoRefresh.setInterval(activeRefreshMs);
    connect(&m_autoRefresh, &QTimer::timeout, this, [this] {
        if (isVisible() && !m_store.isLoading())
            m_store.reload();
    });
    retranslateUi();
}

void ApiLogPane::refresh()
{
    m_message->hide();
    m_store.reload();
}

bool ApiLogPane::selectJob(const QString &id)
{
    const int row = m_jobsModel->rowOf(id);
    if (row < 0)
        return false;
    m_jobs->setCurrentIndex(m_jobsModel->index(row, 0));
    return true;
}

void ApiLogPane::onSelectionChanged()
{
    const QString id = m_jobsModel->idAt(m_jobs->currentIndex().row());
    if (id.isEmpty())
        return;
    m_historyTitle->setText(tr("History of job %1:").arg(id));
    m_store.loadHistory(id);
}

void ApiLogPane::onLoaded()
{
    m_message->hide();
    if (!m_sized && m_jobsModel->rowCount() > 0) {
        m_jobs->resizeColumnsToContents();
        m_sized = true;
    }
    int active = 0;
    for (const ImportJob &j : m_store.jobs()) {
        if (j.state == u"queued" || j.state == u"running")
            ++active;
    }
    m_summary->setText(tr("%n job(s) in the API log", nullptr, int(m_store.jobs().size())) +
                       (active > 0 ? tr(", %n still running", nullptr, active) : QString()));
    if (m_store.hasActiveJobs())
        m_autoRefresh.start();
    else
        m_autoRefresh.stop();
    // Keep the selected job's history current while it runs.
    const QString id = m_jobsModel->idAt(m_jobs->currentIndex().row());
    if (!id.isEmpty() && (m_historyModel->jobId() != id || m_store.hasActiveJobs()))
        m_store.loadHistory(id);
}

void ApiLogPane::onCleared()
{
    // Another profile: nothing of the old community's jobs may stay on screen.
    m_autoRefresh.stop();
    m_message->hide();
    m_historyModel->setEntries({}, {});
    m_sized = false;
    retranslateUi(); // the placeholders of an empty history and a list not loaded yet
}

void ApiLogPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_store.hasLoaded() && !m_store.isLoading())
        m_store.reload();
}

void ApiLogPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ApiLogPane::retranslateUi()
{
    m_tabs->setTabText(0, tr("Bulk jobs"));
    m_tabs->setTabText(1, tr("Requests of this app"));
    m_jobs->setAccessibleName(tr("Bulk jobs"));
    m_history->setAccessibleName(tr("Job history"));
    m_requests->setAccessibleName(tr("Request log"));
    if (m_historyModel->jobId().isEmpty())
        m_historyTitle->setText(tr("Select a job to see its history."));
    if (!m_store.hasLoaded())
        m_summary->setText(tr("Loading the API log…"));
}

} // namespace ra
