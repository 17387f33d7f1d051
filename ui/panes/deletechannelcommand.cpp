#include "panes/deletechannelcommand.h"

#include "stores/channelstore.h"

#include <QCoreApplication>

namespace ra {

DeleteChannelCommand::DeleteChannelCommand(ChannelStore &store, const Channel &channel,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_channel(channel)
{
    setText(QCoreApplication::translate("ra::DeleteChannelCommand", "Delete channel \"%1\"")
                .arg(channel.topic));
}

void DeleteChannelCommand::redo()
{
    m_store.remove(m_channel.id, &m_store);
}

void DeleteChannelCommand::undo()
{
    m_store.recreate(m_channel, &m_store);
}

} // namespace ra
