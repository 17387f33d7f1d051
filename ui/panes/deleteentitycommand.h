#pragma once

#include "panes/storecommand.h"

namespace ra {

// Undoable "delete": keeps a copy of the entity; undo re-creates it from that copy (the server
// gives it a new id, which the store maps from the old one). What the API cannot re-create
// (members of a role, messages of a channel, awards of a badge) is not restored. Store needs
// remove(). GUI thread.
template<typename Store> class DeleteEntityCommand : public StoreCommand<Store>
{
public:
    using T = typename Store::Item;
    using Finished = typename StoreCommand<Store>::Finished;

    DeleteEntityCommand(Store &store, const T &item, const QString &text,
                        QUndoCommand *parent = nullptr)
        : StoreCommand<Store>(store, text, parent)
        , m_item(item)
    {
    }

protected:
    void apply(bool forward, Finished finished) override
    {
        if (forward)
            this->m_store.remove(m_item.id, &this->m_store, this->relay(finished));
        else
            this->m_store.recreate(m_item, &this->m_store, this->relay(finished));
    }

private:
    T m_item;
};

} // namespace ra
