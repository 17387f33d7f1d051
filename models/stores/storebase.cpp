#include "stores/storebase.h"

namespace ra {

StoreBase::StoreBase(QObject *parent)
    : QObject(parent)
{
}

QString StoreBase::currentId(const QString &id) const
{
    QString out = id;
    // Chains are short (one entry per undo of a delete); the bound guards against cycles.
    for (int i = 0; i < 64 && m_aliases.contains(out); ++i)
        out = m_aliases.value(out);
    return out;
}

int StoreBase::beginLoad()
{
    setLoading(true);
    return ++m_generation;
}

void StoreBase::finishLoad()
{
    m_loadError = {};
    m_loaded = true;
    setLoading(false);
    emit loaded();
}

void StoreBase::failLoad(const ApiError &error)
{
    m_loadError = error;
    setLoading(false);
    emit loadFailed(error);
}

void StoreBase::resetLoad()
{
    ++m_generation;
    m_loadError = {};
    m_loaded = false;
    setLoading(false);
    emit cleared();
}

void StoreBase::addAlias(const QString &oldId, const QString &newId)
{
    if (!oldId.isEmpty() && oldId != newId)
        m_aliases.insert(oldId, newId);
}

void StoreBase::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

} // namespace ra
