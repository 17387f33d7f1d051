#pragma once

#include "domain/channel.h"

#include <QUndoCommand>

namespace ra {

class ChannelStore;

// Undoable "delete channel": keeps a copy of the channel; undo re-creates it from that copy
// with the same topic and type (the server gives it a new id, which the store maps from the
// old one). Its messages are not restored. The store outlives the command.
class DeleteChannelCommand : public QUndoCommand
{
public:
    DeleteChannelCommand(ChannelStore &store, const Channel &channel,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ChannelStore &m_store;
    Channel m_channel;
};

} // namespace ra
