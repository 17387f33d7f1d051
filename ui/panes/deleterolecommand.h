#pragma once

#include "domain/role.h"

#include <QUndoCommand>

namespace ra {

class RoleStore;

// Undoable "delete role": keeps a copy of the role; undo re-creates it from that copy (the
// server gives it a new id, which the store maps from the old one). Member assignments are not
// restored: the API has no call to list a role's members. The store outlives the command.
class DeleteRoleCommand : public QUndoCommand
{
public:
    DeleteRoleCommand(RoleStore &store, const Role &role, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    RoleStore &m_store;
    Role m_role;
};

} // namespace ra
