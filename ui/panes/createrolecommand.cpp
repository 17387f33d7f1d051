#include "panes/createrolecommand.h"

#include "stores/rolestore.h"

#include <QCoreApplication>

namespace ra {

CreateRoleCommand::CreateRoleCommand(RoleStore &store, const Role &role, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_state(std::make_shared<State>())
{
    m_state->role = role;
    m_state->role.id.clear();
    setText(
        QCoreApplication::translate("ra::CreateRoleCommand", "Create role \"%1\"").arg(role.title));
}

void CreateRoleCommand::redo()
{
    // recreate() maps the id of an earlier round to the new one, so later commands that kept
    // it still find the role.
    std::shared_ptr<State> state = m_state;
    m_store.recreate(state->role, &m_store, [state](const Role &created, const ApiError &error) {
        if (!error.isError())
            state->role = created;
    });
}

void CreateRoleCommand::undo()
{
    m_store.remove(m_state->role.id, &m_store);
}

} // namespace ra
