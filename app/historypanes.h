#pragma once

#include <QObject>

namespace ra {

class ApiClient;
class FieldHistoryModel;
class FieldHistoryPane;
class FieldHistorySeries;
class FieldHistoryStore;
class MainWindow;
class UserDetailPanel;

// Composition root of issue 15's Field history pane: builds its store, timeline model and chart
// series (children of this object), the pane (owned by the window, after Users in the
// navigation), and the History action on the detail panel's custom fields, which opens the pane
// filtered to that member and field. GUI thread.
class HistoryPanes : public QObject
{
    Q_OBJECT

public:
    HistoryPanes(MainWindow &window, ApiClient &client, UserDetailPanel *detailPanel,
                 QObject *parent = nullptr);

    FieldHistoryPane *pane() const { return m_pane; }
    // Drops what the old profile showed (a profile switch).
    void clear();
    // The client was re-targeted: loads again where the pane was in use.
    void onBound(bool connected);

private:
    void openFor(const QString &userId, const QString &field);
    void show(const QString &userId, const QString &field);

    MainWindow &m_window;
    FieldHistoryStore *m_store;
    FieldHistoryModel *m_model;
    FieldHistorySeries *m_series;
    FieldHistoryPane *m_pane;
    UserDetailPanel *m_detail;
};

} // namespace ra
