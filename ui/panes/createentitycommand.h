#pragma once

#include "panes/storecommand.h"

#include <memory>

namespace ra {

// Undoable "create": redo creates the entity through the store (again after an undo: recreate()
// maps the id of an earlier round to the new one, so later steps that kept it still find it),
// undo deletes what the server created. Store needs remove(). GUI thread.
template<typename Store> class CreateEntityCommand : public StoreCommand<Store>
{
public:
    using T = typename Store::Item;
    using Finished = typename StoreCommand<Store>::Finished;

    CreateEntityCommand(Store &store, const T &item, const QString &text,
                        QUndoCommand *parent = nullptr)
        : StoreCommand<Store>(store, text, parent)
        , m_item(std::make_shared<T>(item))
    {
        m_item->id.clear();
    }

protected:
    void apply(bool forward, Finished finished) override
    {
        if (!forward)
            return this->m_store.remove(m_item->id, &this->m_store, this->relay(finished));
        std::shared_ptr<T> item = m_item;
        this->m_store.recreate(*item, &this->m_store,
                               [item, finished](const T &created, const ApiError &error) {
                                   if (!error.isError())
                                       *item = created;
                                   finished(error);
                               });
    }

private:
    std::shared_ptr<T> m_item; // id empty until the server answered the first create
};

} // namespace ra
