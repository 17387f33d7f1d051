#include "stores/rolestore.h"

#include "api/apiclient.h"
#include "stores/rolepermissioncatalog.h"

#include <algorithm>

namespace ra {

RoleStore::RoleStore(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

std::optional<Role> RoleStore::role(const QString &id) const
{
    const int i = indexOf(currentId(id));
    if (i < 0)
        return std::nullopt;
    return m_roles.at(i);
}

void RoleStore::setServerId(const QString &serverId)
{
    if (m_serverId == serverId)
        return;
    m_serverId = serverId;
    reload();
}

QString RoleStore::serverId() const
{
    return m_serverId.isEmpty() ? m_client.config().communityId : m_serverId;
}

QString RoleStore::currentId(const QString &id) const
{
    QString out = id;
    // Chains are short (one entry per undo of a delete); the bound guards against cycles.
    for (int i = 0; i < 64 && m_aliases.contains(out); ++i)
        out = m_aliases.value(out);
    return out;
}

qint64 RoleStore::nextOrder() const
{
    qint64 highest = 0;
    for (const Role &r : m_roles)
        highest = std::max(highest, r.order);
    return highest + 1;
}

void RoleStore::reload()
{
    const int generation = ++m_generation;
    setLoading(true);
    m_client.getServerRoles(serverId())
        ->then(
            this,
            [this, generation](const QList<Role> &roles) {
                if (generation != m_generation)
                    return;
                m_roles = roles;
                m_loadError = {};
                m_loaded = true;
                setLoading(false);
                emit loaded();
            },
            [this, generation](const ApiError &error) {
                if (generation != m_generation)
                    return;
                m_loadError = error;
                setLoading(false);
                emit loadFailed(error);
            });
}

void RoleStore::create(const Role &role, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    m_client.createRole(RolePermissionCatalog::requestBody(role))
        ->then(
            this,
            [this, guard, done](const Role &created) {
                if (indexOf(created.id) < 0) {
                    m_roles.append(created);
                    emit added(created);
                }
                finish(guard, done, created, {});
            },
            [this, guard, done](const ApiError &error) {
                emit operationFailed(error);
                finish(guard, done, {}, error);
            });
}

void RoleStore::recreate(const Role &role, QObject *context, Done done)
{
    const QString oldId = role.id;
    QPointer<QObject> guard(context);
    create(role, this, [this, oldId, guard, done](const Role &created, const ApiError &error) {
        if (!error.isError() && !oldId.isEmpty() && created.id != oldId)
            m_aliases.insert(oldId, created.id);
        finish(guard, done, created, error);
    });
}

void RoleStore::update(const Role &role, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    m_client.updateRole(currentId(role.id), RolePermissionCatalog::requestBody(role))
        ->then(
            this,
            [this, guard, done](const Role &updated) {
                const int i = indexOf(updated.id);
                if (i >= 0) {
                    m_roles[i] = updated;
                    emit changed(updated);
                } else {
                    m_roles.append(updated);
                    emit added(updated);
                }
                finish(guard, done, updated, {});
            },
            [this, guard, done](const ApiError &error) {
                emit operationFailed(error);
                finish(guard, done, {}, error);
            });
}

void RoleStore::remove(const QString &id, QObject *context, Done done)
{
    const QString target = currentId(id);
    QPointer<QObject> guard(context);
    m_client.deleteRole(target)->then(
        this,
        [this, target, guard, done](const ApiResponse &) {
            Role gone;
            const int i = indexOf(target);
            if (i >= 0) {
                gone = m_roles.takeAt(i);
                emit removed(target);
            }
            finish(guard, done, gone, {});
        },
        [this, guard, done](const ApiError &error) {
            emit operationFailed(error);
            finish(guard, done, {}, error);
        });
}

void RoleStore::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

int RoleStore::indexOf(const QString &id) const
{
    for (int i = 0; i < m_roles.size(); ++i) {
        if (m_roles.at(i).id == id)
            return i;
    }
    return -1;
}

void RoleStore::finish(QObject *context, const Done &done, const Role &role, const ApiError &error)
{
    // A callback whose context died (a closed dialog, a deleted command owner) is dropped.
    if (done && context)
        done(role, error);
}

} // namespace ra
