#pragma once

#include "panecommands.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QToolButton;

namespace ra {

class FieldHistoryChart;
class FieldHistoryModel;
class FieldHistorySeries;
class FieldHistoryStore;
class MessageBar;
struct FieldHistoryQuery;

// The Field history pane: the timeline of custom-field changes (FieldHistoryModel, paged as the
// table scrolls) with filters by field, member and date range that narrow the server's request,
// a chart of one member's number or date field over time (FieldHistoryChart) and Add Entry
// (AddHistoryEntryDialog). Asks for nothing until it is first shown. showMemberField() is the
// detail panel's History action. Borrows the store, model and series; GUI thread.
class FieldHistoryPane : public QWidget, public PaneCommands
{
    Q_OBJECT

public:
    FieldHistoryPane(FieldHistoryStore &store, FieldHistoryModel &model, FieldHistorySeries &series,
                     QWidget *parent = nullptr);
    ~FieldHistoryPane() override;

    // Filters the timeline to `userId` and `fieldId` (empty: any) and charts them when the
    // field is a number or date field.
    void showMemberField(const QString &userId, const QString &fieldId);
    // Applies the filter widgets now (they also apply as they change).
    void applyFilters();
    FieldHistoryQuery filterQuery() const;

    QTableView *table() const { return m_table; }
    QComboBox *fieldFilter() const { return m_field; }
    QLineEdit *memberFilter() const { return m_member; }
    QCheckBox *fromCheck() const { return m_fromCheck; }
    QDateEdit *fromDate() const { return m_from; }
    QCheckBox *toCheck() const { return m_toCheck; }
    QDateEdit *toDate() const { return m_to; }
    QAction *chartAction() const { return m_chartAction; }
    QAction *addEntryAction() const { return m_addAction; }
    FieldHistoryChart *chart() const { return m_chart; }
    MessageBar *messageBar() const { return m_message; }
    QString countText() const;

    bool canRefresh() const override { return true; }
    void refresh() override;

public slots:
    // Opens the Add History Entry dialog for the filtered member and field.
    void addEntry();
    // Shows or hides the chart of the filtered member and field.
    void setChartVisible(bool visible);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void fillFields();
    void updateCount();
    void updateChartAction();
    void loadChart();

    FieldHistoryStore &m_store;
    FieldHistoryModel &m_model;
    FieldHistorySeries &m_series;
    QComboBox *m_field = nullptr;
    QLineEdit *m_member = nullptr;
    QCheckBox *m_fromCheck = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toCheck = nullptr;
    QDateEdit *m_to = nullptr;
    QToolButton *m_addButton = nullptr;
    QToolButton *m_chartButton = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_chartAction = nullptr;
    QLabel *m_fieldLabel = nullptr;
    QLabel *m_memberLabel = nullptr;
    QLabel *m_count = nullptr;
    MessageBar *m_message = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    FieldHistoryChart *m_chart = nullptr;
    bool m_filling = false;
};

} // namespace ra
