#pragma once

#include "domain/role.h"
#include "panes/entitypane.h"

namespace ra {

class RoleFilterModel;
class RoleStore;
class RoleTableModel;

// The Roles pane: a searchable, sortable table of the server's roles (colour, name,
// description, members where known, permissions, hierarchy position), New/Edit/Delete through
// RoleDialog and a confirmation, each change an undoable command on undoStack(). A failed load
// shows the error inline with Retry instead of an empty table. Drag a row onto another (or
// Ctrl+Shift+Up/Down) to change the hierarchy position; the API stores it as `order`. Works only
// through RoleStore; owns its widgets, models and undo stack. Shortcuts: Ctrl+N new, F2/Enter edit,
// Delete remove; the shared pane behaviour comes from EntityPane. GUI thread.
class RolesPane : public EntityPane
{
    Q_OBJECT

public:
    RolesPane(RoleStore &store, QuestionProvider &questions, QWidget *parent = nullptr);
    ~RolesPane() override;

    RoleTableModel *model() const { return m_model; }
    RoleFilterModel *proxy() const { return m_proxy; }
    // The id of the selected role, or empty.
    QString currentRoleId() const { return currentId(); }
    bool selectRole(const QString &id) { return selectId(id); }

    void newRole() { newItem(); }
    void newItem() override;
    void editCurrent() override;
    void deleteCurrent() override;
    // Gives role `id` the hierarchy position of `targetId` (empty: the last), shifting the
    // roles between; one undoable step that updates each changed order through the store.
    void moveRole(const QString &id, const QString &targetId);
    void moveCurrent(int step);

protected:
    Texts texts() const override;
    void selectionChanged(bool selected) override;
    void retranslateExtra() override;

private:
    RoleStore &m_store;
    RoleTableModel *m_model;
    RoleFilterModel *m_proxy;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
};

} // namespace ra
