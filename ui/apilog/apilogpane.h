#pragma once

#include "panecommands.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace ra {

class ApiJobStore;
class ApiJobTableModel;
class ApiLogEntryTableModel;
class MessageBar;
class RequestLog;
class RequestLogModel;

// The API log pane: every bulk job of the community with its state and
// counts, the history (log entries) of the selected job, and on a second tab
// the client's own request log, live. Refreshes itself every few seconds
// while a job is queued or running and the pane is visible; F5 refreshes at
// once. Borrows the store and the request log; GUI thread.
class ApiLogPane : public QWidget, public PaneCommands
{
    Q_OBJECT

public:
    static constexpr int activeRefreshMs = 2000;

    ApiLogPane(ApiJobStore &store, RequestLog *requestLog, QWidget *parent = nullptr);

    bool canRefresh() const override { return true; }
    void refresh() override;

    QTableView *jobsView() const { return m_jobs; }
    QTableView *historyView() const { return m_history; }
    QTableView *requestsView() const { return m_requests; }
    ApiJobTableModel *jobsModel() const { return m_jobsModel; }
    ApiLogEntryTableModel *historyModel() const { return m_historyModel; }
    RequestLogModel *requestsModel() const { return m_requestsModel; }
    QTabWidget *tabs() const { return m_tabs; }
    // Selects job `id` and loads its history.
    bool selectJob(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onSelectionChanged();
    void onLoaded();
    void onCleared();
    void retranslateUi();

    ApiJobStore &m_store;
    ApiJobTableModel *m_jobsModel;
    ApiLogEntryTableModel *m_historyModel;
    RequestLogModel *m_requestsModel;
    QTabWidget *m_tabs;
    MessageBar *m_message;
    QLabel *m_summary;
    QTableView *m_jobs;
    QLabel *m_historyTitle;
    QTableView *m_history;
    QTableView *m_requests;
    QTimer m_autoRefresh;
    bool m_sized = false; // columns fitted to the first jobs loaded
};

} // namespace ra
