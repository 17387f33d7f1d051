#pragma once

#include "api/apierror.h"
#include "item/userfilterspec.h"
#include "panecommands.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace ra {

class ApiUndoStack;
class AppSettings;
class ColumnChooser;
class CommunityUserTableModel;
class CommunityUsersView;
class MessageBar;
class ProfileStore;
class SavedFilterMenu;
class UserFilterBar;
class UserFilterModel;
class UserTableModel;

// The Users pane. Members tab: the community's users from Get Users with Filters, paged as the
// table scrolls (cursor or page mode), with the server filter bar, saved filters per profile, a
// quick local filter over the loaded rows (Ctrl+F), sorting by any column, a column chooser on
// the header's context menu and Export to CSV of exactly the rows and columns shown (Ctrl+E).
// Community tab: the Application API's member list. A failed load shows inline with Retry. The
// right side of the splitter holds the detail panel given to the constructor (not owned by the
// caller any more: reparented into the splitter). Emits currentUserChanged() when the selection
// changes and createUserRequested() for Ctrl+N. Works only through the models it is given (not
// owned); owns its widgets and proxy. F5 and Ctrl+F arrive through PaneCommands. GUI thread.
class UsersPane : public QWidget, public PaneCommands
{
    Q_OBJECT

public:
    UsersPane(UserTableModel &users, CommunityUserTableModel &community, AppSettings &settings,
              ProfileStore &profiles, QWidget *detailPanel = nullptr, QWidget *parent = nullptr);
    ~UsersPane() override;

    bool canFind() const override { return true; }
    void find() override;
    bool canRefresh() const override { return true; }
    void refresh() override;
    // Single-member role and badge changes (and their undo) go on this stack.
    QUndoStack *undoStack() const override;
    ApiUndoStack *apiUndoStack() const { return m_undo; }

    UserTableModel *model() const { return &m_users; }
    UserFilterModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    UserFilterBar *filterBar() const { return m_filterBar; }
    SavedFilterMenu *savedFilters() const { return m_savedMenu; }
    ColumnChooser *columnChooser() const { return m_columns; }
    CommunityUsersView *communityView() const { return m_community; }
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *quickFilterBox() const { return m_quickFilter; }
    MessageBar *messageBar() const { return m_message; }
    QString currentUserId() const;
    // The member under a point of the view's viewport.
    QString userIdAt(const QPoint &viewportPos) const;
    bool selectUser(const QString &id);
    // The highlighted rows of the Members table, in the table's order: ids and, for naming them
    // in questions, usernames (the id where a row has none).
    QStringList selectedUserIds() const;
    QStringList selectedUserNames() const;
    QAction *deleteSelectedAction() const { return m_deleteAction; }

    void applyFilter(const UserFilterSpec &spec);
    // Writes every member the filter matches, in the columns shown, to `path` (CSV): the rows
    // shown (sorted as shown) once all are loaded, else all pages read on from the server with
    // the quick filter applied, with progress and Cancel. exportFinished() follows.
    void exportTo(const QString &path);
    void cancelExport();
    bool isExporting() const { return !m_export.isNull(); }

public slots:
    // Reloads the lists after an account was created, deleted or restored; keeps `userId`
    // selected when it is still listed.
    void refreshAfterAccountChange(const QString &userId);
    void exportCsv();
    void saveCurrentFilter();
    // Delete (the key, or the table's context menu): asks the app to delete the highlighted
    // members, never the one the detail panel happens to show.
    void deleteSelected();

signals:
    void currentUserChanged(const QString &userId);
    void createUserRequested();
    // "Restore User…": deleted accounts are in no list, so they are restored by name.
    void restoreUserRequested();
    // Delete the accounts of these members (ids and, in the same order, their names).
    void deleteUsersRequested(const QStringList &userIds, const QStringList &names);
    // `rows`: members written (0 after an error).
    void exportFinished(const QString &path, const QString &error, int rows = 0);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi(QWidget *detailPanel);
    void fitStatus(const QString &text);
    void retranslate();
    void updateStatus();
    void onLoadFailed(const ApiError &error);
    void onPageLoaded();
    void saveHeader();
    // One column of the highlighted rows, in the table's order (the id where a cell is empty).
    QStringList selectedColumn(int column, int role) const;

    UserTableModel &m_users;
    CommunityUserTableModel &m_communityModel;
    AppSettings &m_settings;
    ProfileStore &m_profiles;
    UserFilterModel *m_proxy = nullptr;
    ApiUndoStack *m_undo = nullptr;

    QSplitter *m_splitter = nullptr;
    // Below this width the detail panel goes under the table rather than beside it, so neither
    // the filter row nor the detail panel is cut (a docked palette leaves the pane ~750 px).
    static constexpr int sideBySideMinWidth = 980;
    QTabWidget *m_tabs = nullptr;
    UserFilterBar *m_filterBar = nullptr;
    SavedFilterMenu *m_savedMenu = nullptr;
    QLineEdit *m_quickFilter = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    MessageBar *m_message = nullptr;
    QTableView *m_view = nullptr;
    ColumnChooser *m_columns = nullptr;
    CommunityUsersView *m_community = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_deleteAction = nullptr;
    void exportDone(QObject *job, const QString &path, int rows, const QString &error,
                    bool serverOrder);

    QPointer<QObject> m_export; // a CsvExportJob or a MemberExportJob
    std::function<void()> m_cancelExport;
    QAction *m_cancelExportAction = nullptr;
    int m_exportWritten = 0;
    qint64 m_exportTotal = -1;
    QString m_reselect; // user id to select again once it is loaded
    QString m_lastEmitted;
};

} // namespace ra
