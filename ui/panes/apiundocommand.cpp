#include "panes/apiundocommand.h"

#include "panes/apiundostack.h"

namespace ra {

ApiUndoCommand::ApiUndoCommand(QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_self(std::make_shared<ApiUndoCommand *>(this))
{
}

ApiUndoCommand::~ApiUndoCommand() = default;

void ApiUndoCommand::setStack(ApiUndoStack *stack)
{
    m_stack = stack;
}

void ApiUndoCommand::redo()
{
    run(true);
}

void ApiUndoCommand::undo()
{
    run(false);
}

void ApiUndoCommand::run(bool forward)
{
    if (m_skipNext) {
        m_skipNext = false;
        return;
    }
    std::weak_ptr<ApiUndoCommand *> self = m_self;
    apply(forward, [self, forward](const ApiError &error) {
        const std::shared_ptr<ApiUndoCommand *> alive = self.lock();
        if (!alive || !error.isError())
            return;
        ApiUndoCommand *command = *alive;
        if (command->m_stack)
            command->m_stack->revertFailed(command, forward, error);
    });
}

} // namespace ra
