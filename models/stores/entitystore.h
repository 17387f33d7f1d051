#pragma once

#include "api/apireply.h"
#include "api/apiresponse.h"
#include "stores/storebase.h"

#include <QList>
#include <QPointer>

#include <functional>
#include <optional>

namespace ra {

// The canonical list of one kind of entity (T has a QString `id`) and the bookkeeping around the
// client's replies that every store repeats: a load replaces the list (replies of a superseded
// load are dropped), a created entity is appended, an updated one replaced, a deleted one taken
// out, each reported by a signal, and the caller's `done` callback runs once unless its context
// died. Concrete stores say which API calls to make and emit their typed added/changed signals
// through notifyAdded()/notifyChanged(). Does not own the client; GUI thread.
template<typename T> class EntityStore : public StoreBase
{
public:
    using Item = T;
    // Called once with the entity as the server returned it, or with an error.
    using Done = std::function<void(const T &item, const ApiError &error)>;

    using StoreBase::StoreBase;

    const QList<T> &items() const { return m_items; }
    std::optional<T> item(const QString &id) const
    {
        const int i = indexOf(currentId(id));
        if (i < 0)
            return std::nullopt;
        return m_items.at(i);
    }

    void clear() override
    {
        m_items.clear();
        resetLoad();
    }

    virtual void create(const T &item, QObject *context, Done done = {}) = 0;
    virtual void update(const T &item, QObject *context, Done done = {}) = 0;

    // Creates `item` again after a delete and remembers the new id for its old one.
    void recreate(const T &item, QObject *context, Done done = {})
    {
        const QString oldId = item.id;
        QPointer<QObject> guard(context);
        create(item, this, [this, oldId, guard, done](const T &created, const ApiError &error) {
            if (!error.isError())
                addAlias(oldId, created.id);
            finish(guard, done, created, error);
        });
    }

protected:
    virtual void notifyAdded(const T &item) = 0;
    virtual void notifyChanged(const T &item) = 0;

    int indexOf(const QString &id) const
    {
        for (int i = 0; i < m_items.size(); ++i) {
            if (m_items.at(i).id == id)
                return i;
        }
        return -1;
    }

    void trackLoad(ApiReply<QList<T>> *reply)
    {
        const int generation = beginLoad();
        reply->then(
            this,
            [this, generation](const QList<T> &items) {
                if (!isCurrentLoad(generation))
                    return;
                m_items = items;
                finishLoad();
            },
            [this, generation](const ApiError &error) {
                if (isCurrentLoad(generation))
                    failLoad(error);
            });
    }

    void trackCreate(ApiReply<T> *reply, QObject *context, Done done)
    {
        QPointer<QObject> guard(context);
        reply->then(
            this,
            [this, guard, done](const T &created) {
                if (indexOf(created.id) < 0) {
                    m_items.append(created);
                    notifyAdded(created);
                }
                finish(guard, done, created, {});
            },
            failure(guard, done));
    }

    void trackUpdate(ApiReply<T> *reply, QObject *context, Done done)
    {
        QPointer<QObject> guard(context);
        reply->then(
            this,
            [this, guard, done](const T &updated) {
                const int i = indexOf(updated.id);
                if (i >= 0) {
                    m_items[i] = updated;
                    notifyChanged(updated);
                } else {
                    m_items.append(updated);
                    notifyAdded(updated);
                }
                finish(guard, done, updated, {});
            },
            failure(guard, done));
    }

    void trackRemove(ApiReply<ApiResponse> *reply, const QString &target, QObject *context,
                     Done done)
    {
        QPointer<QObject> guard(context);
        reply->then(
            this,
            [this, target, guard, done](const ApiResponse &) {
                T gone{};
                const int i = indexOf(target);
                if (i >= 0) {
                    gone = m_items.takeAt(i);
                    emit removed(target);
                }
                finish(guard, done, gone, {});
            },
            failure(guard, done));
    }

private:
    std::function<void(const ApiError &)> failure(const QPointer<QObject> &guard, Done done)
    {
        return [this, guard, done](const ApiError &error) {
            emit operationFailed(error);
            finish(guard, done, T{}, error);
        };
    }

    static void finish(QObject *context, const Done &done, const T &item, const ApiError &error)
    {
        // A callback whose context died (a closed dialog, a deleted command owner) is dropped.
        if (done && context)
            done(item, error);
    }

    QList<T> m_items;
};

} // namespace ra
