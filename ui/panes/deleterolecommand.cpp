#include "panes/deleterolecommand.h"

#include "stores/rolestore.h"

#include <QCoreApplication>

namespace ra {

DeleteRoleCommand::DeleteRoleCommand(RoleStore &store, const Role &role, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_role(role)
{
    setText(
        QCoreApplication::translate("ra::DeleteRoleCommand", "Delete role \"%1\"").arg(role.title));
}

void DeleteRoleCommand::redo()
{
    m_store.remove(m_role.id, &m_store);
}

void DeleteRoleCommand::undo()
{
    m_store.recreate(m_role, &m_store);
}

} // namespace ra
