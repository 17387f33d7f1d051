#include "panes/editchannelcommand.h"

#include "stores/channelstore.h"

#include <QCoreApplication>

namespace ra {

EditChannelCommand::EditChannelCommand(ChannelStore &store, const Channel &before,
                                       const Channel &after, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_before(before)
    , m_after(after)
{
    m_after.id = before.id;
    setText(QCoreApplication::translate("ra::EditChannelCommand", "Edit channel \"%1\"")
                .arg(before.topic));
}

void EditChannelCommand::redo()
{
    m_store.update(m_after, &m_store);
}

void EditChannelCommand::undo()
{
    m_store.update(m_before, &m_store);
}

} // namespace ra
