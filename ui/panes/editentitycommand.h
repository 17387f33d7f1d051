#pragma once

#include "panes/storecommand.h"

namespace ra {

// Undoable "edit": redo sends the edited entity, undo sends it as it was. The store redirects
// the id if the entity was re-created meanwhile. GUI thread.
template<typename Store> class EditEntityCommand : public StoreCommand<Store>
{
public:
    using T = typename Store::Item;
    using Finished = typename StoreCommand<Store>::Finished;

    EditEntityCommand(Store &store, const T &before, const T &after, const QString &text,
                      QUndoCommand *parent = nullptr)
        : StoreCommand<Store>(store, text, parent)
        , m_before(before)
        , m_after(after)
    {
        m_after.id = before.id;
    }

protected:
    void apply(bool forward, Finished finished) override
    {
        this->m_store.update(forward ? m_after : m_before, &this->m_store, this->relay(finished));
    }

private:
    T m_before;
    T m_after;
};

} // namespace ra
