#include "panes/editrolecommand.h"

#include "stores/rolestore.h"

#include <QCoreApplication>

namespace ra {

EditRoleCommand::EditRoleCommand(RoleStore &store, const Role &before, const Role &after,
                                 QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_before(before)
    , m_after(after)
{
    m_after.id = before.id;
    setText(
        QCoreApplication::translate("ra::EditRoleCommand", "Edit role \"%1\"").arg(before.title));
}

void EditRoleCommand::redo()
{
    m_store.update(m_after, &m_store);
}

void EditRoleCommand::undo()
{
    m_store.update(m_before, &m_store);
}

} // namespace ra
