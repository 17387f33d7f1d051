#pragma once

#include "domain/role.h"

#include <QUndoCommand>

#include <memory>

namespace ra {

class RoleStore;

// Undoable "create role": redo creates it through the store (again, after an undo), undo
// deletes the role the server created. Keeps the created copy; the store outlives the command.
class CreateRoleCommand : public QUndoCommand
{
public:
    CreateRoleCommand(RoleStore &store, const Role &role, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    struct State
    {
        Role role; // id empty until the server answered the first create
    };
    RoleStore &m_store;
    std::shared_ptr<State> m_state;
};

} // namespace ra
