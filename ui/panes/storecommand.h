#pragma once

#include "panes/apiundocommand.h"

namespace ra {

// The base of the entity undo steps (create, edit, delete): the store they call, their text,
// and relay(), which turns a store callback into the step's outcome. Store is an
// EntityStore<T>; it outlives the command. GUI thread.
template<typename Store> class StoreCommand : public ApiUndoCommand
{
public:
    using T = typename Store::Item;

protected:
    StoreCommand(Store &store, const QString &text, QUndoCommand *parent)
        : ApiUndoCommand(parent)
        , m_store(store)
    {
        setText(text);
    }

    static typename Store::Done relay(Finished finished)
    {
        return [finished](const T &, const ApiError &error) {
            finished(error);
        };
    }

    Store &m_store;
};

} // namespace ra
