#pragma once

#include "api/apierror.h"
#include "stores/userdetailstore.h"

#include <QWidget>

class QAbstractItemView;
class QAction;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;
class QVBoxLayout;

namespace ra {

class CustomFieldsView;
class GamificationChart;
class GamificationSeriesModel;
class MessageBar;
class UserActivityView;
class QuestionProvider;
class UserAccountStore;
class UserFieldStore;

// The side panel of the Users pane for the selected user: the details of Get User Data (ids,
// names, XP, coins, today's XP and coins, roles, highest role, language, counters, login
// streak), the custom fields, the user's roles on the current server, and two charts over a
// chosen date range (daily XP and coins; daily messages, replies, reactions and socials) with a
// table of the same data. Delete and Restore (Manage User account) ask first through the
// QuestionProvider, naming the user. Works only through the stores it is given; owns its
// widgets and the chart data model. Shortcuts: Ctrl+Shift+Delete delete, Ctrl+Shift+R restore.
// GUI thread.
class UserDetailPanel : public QWidget
{
    Q_OBJECT

public:
    UserDetailPanel(UserDetailStore &details, UserAccountStore &accounts,
                    QuestionProvider &questions, QWidget *parent = nullptr);
    ~UserDetailPanel() override;

    QString userId() const { return m_details.userId(); }
    GamificationSeriesModel *seriesModel() const { return m_series; }
    GamificationChart *historyChart() const;
    GamificationChart *statsChart() const;
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *restoreAction() const { return m_restoreAction; }
    // Sets the chart range (what the date editors do).
    void setRange(const QDate &start, const QDate &end);
    // Puts `view` (the role and badge chips) under the member's name; the panel owns it.
    void setHoldingsView(QWidget *view);
    // The typed list of the member's custom fields (its rows carry the field keys and emit
    // CustomFieldsView::fieldHistoryRequested()); it reads the definitions from `fields`.
    CustomFieldsView *customFieldsView() const { return m_customFields; }
    void setUserFields(UserFieldStore *fields);
    // Adds `page` as a tab of its own after the built-in ones; the tab is named by the page's
    // windowTitle() and follows it. The panel owns the page.
    void addPage(QWidget *page);

public slots:
    // Shows `userId` (empty: a hint to pick a user).
    void showUser(const QString &userId);
    void deleteUser();
    void restoreByName();
    void restoreUser();

signals:
    // The account of `userId` was deleted or restored.
    void accountChanged(const QString &userId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    QWidget *buildDetailsTab();
    void retranslate();
    void showDetails(const UserData &user);
    void showRoles();
    void updateSeries();
    void updateActions();
    void onLoadFailed(UserDetailStore::Part part, const ApiError &error);
    void manage(bool restore);
    QString displayName() const;

    UserDetailStore &m_details;
    UserAccountStore &m_accounts;
    QuestionProvider &m_questions;
    GamificationSeriesModel *m_series = nullptr;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QVBoxLayout *m_pageLayout = nullptr;
    MessageBar *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    QFormLayout *m_form = nullptr;
    QList<QLabel *> m_values;
    CustomFieldsView *m_customFields = nullptr;
    QListWidget *m_roles = nullptr;
    UserActivityView *m_activity = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_restoreByNameAction = nullptr; // on "not found": the restore dialog, prefilled
    QString m_missingUser; // the user Get User Data answered 404 for, while it is shown
    bool m_busy = false;
};

} // namespace ra
