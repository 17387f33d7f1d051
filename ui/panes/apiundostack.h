#pragma once

#include "api/apierror.h"

#include <QUndoStack>

namespace ra {

class ApiUndoCommand;

// The undo stack of a pane whose steps are API calls (ApiUndoCommand). pushCommand() ties every
// ApiUndoCommand of a step (a macro's children too) to the stack, so when a call fails the stack
// goes back to where it was before that redo or undo, and stepFailed() tells the pane what
// failed. Owned by its pane; GUI thread.
class ApiUndoStack : public QUndoStack
{
    Q_OBJECT

public:
    explicit ApiUndoStack(QObject *parent = nullptr);

    void pushCommand(QUndoCommand *command);
    // Called by a command whose call failed: reverts the index if the stack is still where that
    // call left it (the command skips its own reverting run), then emits stepFailed().
    void revertFailed(ApiUndoCommand *command, bool forward, const ApiError &error);

signals:
    // `text` is the step's text; `undoing` tells whether its undo or its redo failed.
    void stepFailed(const QString &text, bool undoing, bool reverted, const ra::ApiError &error);

private:
    void attach(const QUndoCommand *command);
    int topLevelIndexOf(const QUndoCommand *command) const;
};

} // namespace ra
