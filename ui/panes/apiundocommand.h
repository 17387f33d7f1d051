#pragma once

#include "api/apierror.h"

#include <QPointer>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace ra {

class ApiUndoStack;

// An undo step whose redo and undo are API calls that finish later. The subclass starts the call
// in apply() and reports its outcome through `finished`; a failure goes to the ApiUndoStack the
// command was pushed on, which puts the stack's index back so the history never claims a change
// the server refused (the reverting undo()/redo() of this command is skipped, its siblings in a
// macro are replayed). Owned by its stack or parent command; outcomes that arrive after the
// command was deleted are dropped. GUI thread.
class ApiUndoCommand : public QUndoCommand
{
public:
    explicit ApiUndoCommand(QUndoCommand *parent = nullptr);
    ~ApiUndoCommand() override;

    void redo() final;
    void undo() final;

    void setStack(ApiUndoStack *stack);
    // The next redo()/undo() only moves the stack's index: it reverts a step that failed.
    void skipNextRun() { m_skipNext = true; }

protected:
    using Finished = std::function<void(const ApiError &error)>;
    // Starts the call for redo (forward) or undo and calls `finished` once with its outcome.
    virtual void apply(bool forward, Finished finished) = 0;

private:
    void run(bool forward);

    QPointer<ApiUndoStack> m_stack;
    std::shared_ptr<ApiUndoCommand *> m_self; // outcomes hold a weak_ptr: dropped after deletion
    bool m_skipNext = false;
};

} // namespace ra
