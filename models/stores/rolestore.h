#pragma once

#include "domain/role.h"
#include "stores/entitystore.h"

namespace ra {

class ApiClient;

// The canonical list of one server's roles. Loads them with "role list of server", creates,
// updates and deletes through the API client and reports every change as a signal, so models
// and panes never call the client. The server is serverId() or, when none is set, the
// client's community. reload() refetches (call it after a profile switch: setConfig() on the
// client cancels calls in flight). Does not own the client; GUI thread.
class RoleStore : public EntityStore<Role>
{
    Q_OBJECT

public:
    explicit RoleStore(ApiClient &client, QObject *parent = nullptr);

    const QList<Role> &roles() const { return items(); }
    std::optional<Role> role(const QString &id) const { return item(id); }

    void setServerId(const QString &serverId);
    QString serverId() const;
    // The next free hierarchy position (one past the highest order).
    qint64 nextOrder() const;

    void reload() override;
    void create(const Role &role, QObject *context, Done done = {}) override;
    void update(const Role &role, QObject *context, Done done = {}) override;
    void remove(const QString &id, QObject *context, Done done = {});

signals:
    void added(const ra::Role &role);
    void changed(const ra::Role &role);

protected:
    void notifyAdded(const Role &role) override { emit added(role); }
    void notifyChanged(const Role &role) override { emit changed(role); }

private:
    ApiClient &m_client;
    QString m_serverId;
};

} // namespace ra
