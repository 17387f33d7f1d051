#pragma once

#include "domain/role.h"

#include <QUndoCommand>

namespace ra {

class RoleStore;

// Undoable "edit role": redo sends the edited role, undo sends the role as it was. The store
// outlives the command and redirects the id if the role was re-created meanwhile.
class EditRoleCommand : public QUndoCommand
{
public:
    EditRoleCommand(RoleStore &store, const Role &before, const Role &after,
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    RoleStore &m_store;
    Role m_before;
    Role m_after;
};

} // namespace ra
