#pragma once

class QUndoStack;

namespace ra {

// Optional commands a pane offers to the main window's menus. A pane widget
// that also derives from PaneCommands gets Edit > Find (Ctrl+F), View >
// Refresh (F5) forwarded to it and its undo stack activated in the window's
// undo group while it is the current pane. Interface only; no ownership.
class PaneCommands
{
public:
    virtual ~PaneCommands() = default;

    virtual bool canFind() const { return false; }
    virtual void find() {}
    virtual bool canRefresh() const { return false; }
    virtual void refresh() {}
    virtual QUndoStack *undoStack() const { return nullptr; }
};

} // namespace ra
