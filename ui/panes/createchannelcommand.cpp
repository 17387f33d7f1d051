#include "panes/createchannelcommand.h"

#include "stores/channelstore.h"

#include <QCoreApplication>

namespace ra {

CreateChannelCommand::CreateChannelCommand(ChannelStore &store, const Channel &channel,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_state(std::make_shared<State>())
{
    m_state->channel = channel;
    m_state->channel.id.clear();
    setText(QCoreApplication::translate("ra::CreateChannelCommand", "Create channel \"%1\"")
                .arg(channel.topic));
}

void CreateChannelCommand::redo()
{
    // recreate() maps the id of an earlier round to the new one, so later commands that kept
    // it still find the channel.
    std::shared_ptr<State> state = m_state;
    m_store.recreate(state->channel, &m_store,
                     [state](const Channel &created, const ApiError &error) {
                         if (!error.isError())
                             state->channel = created;
                     });
}

void CreateChannelCommand::undo()
{
    m_store.remove(m_state->channel.id, &m_store);
}

} // namespace ra
