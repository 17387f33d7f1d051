#pragma once

#include "domain/channel.h"

#include <QUndoCommand>

#include <memory>

namespace ra {

class ChannelStore;

// Undoable "create channel": redo creates it through the store (again, after an undo), undo
// deletes the channel the server created. Keeps the created copy; the store outlives the command.
class CreateChannelCommand : public QUndoCommand
{
public:
    CreateChannelCommand(ChannelStore &store, const Channel &channel,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    struct State
    {
        Channel channel; // id empty until the server answered the first create
    };
    ChannelStore &m_store;
    std::shared_ptr<State> m_state;
};

} // namespace ra
