#pragma once

#include "api/apierror.h"
#include "domain/role.h"
#include "panecommands.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace ra {

class MessageBar;
class QuestionProvider;
class RoleFilterModel;
class RoleStore;
class RoleTableModel;

// The Roles pane: a searchable, sortable table of the server's roles (colour, name,
// description, members where known, permissions, hierarchy position), New/Edit/Delete through
// RoleDialog and a confirmation, each change an undoable command on undoStack(). A failed load
// shows the error inline with Retry instead of an empty table. Drag a row onto another (or
// Ctrl+Shift+Up/Down) to change the hierarchy position; the API stores it as `order`. Works only
// through RoleStore; owns its widgets, models and undo stack. Shortcuts: Ctrl+N new, F2/Enter edit,
// Delete remove; Ctrl+F and F5 arrive from the main window through PaneCommands. GUI thread.
class RolesPane : public QWidget, public PaneCommands
{
    Q_OBJECT

public:
    RolesPane(RoleStore &store, QuestionProvider &questions, QWidget *parent = nullptr);
    ~RolesPane() override;

    bool canFind() const override { return true; }
    void find() override;
    bool canRefresh() const override { return true; }
    void refresh() override;
    QUndoStack *undoStack() const override { return m_undo; }

    QTableView *view() const { return m_view; }
    RoleTableModel *model() const { return m_model; }
    RoleFilterModel *proxy() const { return m_proxy; }
    // The id of the selected role, or empty.
    QString currentRoleId() const;
    bool selectRole(const QString &id);

    void newRole();
    void editCurrent();
    void deleteCurrent();
    // Gives role `id` the hierarchy position of `targetId` (empty: the last), shifting the
    // roles between; one undoable step that updates each changed order through the store.
    void moveRole(const QString &id, const QString &targetId);
    void moveCurrent(int step);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void updateActions();
    void updatePage();
    void onLoadFailed(const ApiError &error);
    void showOperationError(const ApiError &error);

    RoleStore &m_store;
    QuestionProvider &m_questions;
    RoleTableModel *m_model = nullptr;
    RoleFilterModel *m_proxy = nullptr;
    QUndoStack *m_undo = nullptr;

    QLineEdit *m_search = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QLabel *m_status = nullptr;
    MessageBar *m_message = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_placeholder = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
};

} // namespace ra
