#include "panes/apiundostack.h"

#include "panes/apiundocommand.h"

namespace ra {

namespace {
bool contains(const QUndoCommand *root, const QUndoCommand *command)
{
    if (root == command)
        return true;
    for (int i = 0; i < root->childCount(); ++i) {
        if (contains(root->child(i), command))
            return true;
    }
    return false;
}
} // namespace

ApiUndoStack::ApiUndoStack(QObject *parent)
    : QUndoStack(parent)
{
}

void ApiUndoStack::pushCommand(QUndoCommand *command)
{
    attach(command);
    push(command);
}

void ApiUndoStack::attach(const QUndoCommand *command)
{
    // QUndoCommand only hands out its children as const; the stack owns them all.
    if (auto *api = dynamic_cast<ApiUndoCommand *>(const_cast<QUndoCommand *>(command)))
        api->setStack(this);
    for (int i = 0; i < command->childCount(); ++i)
        attach(command->child(i));
}

int ApiUndoStack::topLevelIndexOf(const QUndoCommand *command) const
{
    for (int i = 0; i < count(); ++i) {
        if (contains(this->command(i), command))
            return i;
    }
    return -1;
}

void ApiUndoStack::revertFailed(ApiUndoCommand *command, bool forward, const ApiError &error)
{
    const int top = topLevelIndexOf(command);
    if (top < 0)
        return;
    const QString text = this->command(top)->text();
    // Only while the stack still stands right after the failed step: a later step may have
    // been based on it, and moving under it would replay the wrong calls.
    bool reverted = false;
    if (forward && index() == top + 1) {
        command->skipNextRun();
        undo();
        reverted = true;
    } else if (!forward && index() == top) {
        command->skipNextRun();
        redo();
        reverted = true;
    }
    emit stepFailed(text, !forward, reverted, error);
}

} // namespace ra
