#pragma once

#include "api/apierror.h"
#include "domain/role.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace ra {

class ApiClient;

// The canonical list of one server's roles. Loads them with "role list of server", creates,
// updates and deletes through the API client and reports every change as a signal, so models
// and panes never call the client. The server is serverId() or, when none is set, the
// client's community. reload() refetches (call it after a profile switch: setConfig() on the
// client cancels calls in flight). Does not own the client; GUI thread.
class RoleStore : public QObject
{
    Q_OBJECT

public:
    // Called once with the role as the server returned it, or with an error.
    using Done = std::function<void(const Role &role, const ApiError &error)>;

    explicit RoleStore(ApiClient &client, QObject *parent = nullptr);

    const QList<Role> &roles() const { return m_roles; }
    std::optional<Role> role(const QString &id) const;
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }
    const ApiError &loadError() const { return m_loadError; }

    void setServerId(const QString &serverId);
    QString serverId() const;

    // The id a role has now: a role deleted and re-created by undo gets a new id, and commands
    // that kept the old one are redirected.
    QString currentId(const QString &id) const;
    // The next free hierarchy position (one past the highest order).
    qint64 nextOrder() const;

    void reload();
    void create(const Role &role, QObject *context, Done done = {});
    // Creates `role` again after a delete and remembers the new id for its old one.
    void recreate(const Role &role, QObject *context, Done done = {});
    void update(const Role &role, QObject *context, Done done = {});
    void remove(const QString &id, QObject *context, Done done = {});

signals:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const ra::ApiError &error);
    void added(const ra::Role &role);
    void changed(const ra::Role &role);
    void removed(const QString &id);
    // A create, update or delete the server refused.
    void operationFailed(const ra::ApiError &error);

private:
    void setLoading(bool loading);
    int indexOf(const QString &id) const;
    void finish(QObject *context, const Done &done, const Role &role, const ApiError &error);

    ApiClient &m_client;
    QString m_serverId;
    QList<Role> m_roles;
    QHash<QString, QString> m_aliases; // old id -> id after re-creation
    ApiError m_loadError;
    bool m_loading = false;
    bool m_loaded = false;
    int m_generation = 0; // drops replies of superseded loads
};

} // namespace ra
