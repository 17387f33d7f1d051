#pragma once

#include "domain/channel.h"

#include <QUndoCommand>

namespace ra {

class ChannelStore;

// Undoable "edit channel": redo sends the edited channel, undo sends the channel as it was. The
// store outlives the command and redirects the id if the channel was re-created meanwhile.
class EditChannelCommand : public QUndoCommand
{
public:
    EditChannelCommand(ChannelStore &store, const Channel &before, const Channel &after,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ChannelStore &m_store;
    Channel m_before;
    Channel m_after;
};

} // namespace ra
