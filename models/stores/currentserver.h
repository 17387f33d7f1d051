#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace ra {

class ServerStore;

// The one "current server" of the app: the server whose roles, channels and badges the panes
// show, and the community the active profile works on, each with the name the server list gives
// it. Choosing a server (the Servers pane's selection, a pane's server picker) calls setId();
// everything that depends on a server follows changed(). setCommunity() starts again on a newly
// bound profile: the current server becomes the community. Names come from the ServerStore it
// follows (the community is the server whose id is the profile's community id); until the list
// says, a name falls back to the id, and isNamed() says so. Owned by the composition root;
// borrows the server store; GUI thread.
class CurrentServer : public QObject
{
    Q_OBJECT

public:
    explicit CurrentServer(const ServerStore &servers, QObject *parent = nullptr);

    // The chosen server's id; the community's id until another server is chosen.
    QString id() const { return m_id.isEmpty() ? m_communityId : m_id; }
    // The chosen server's name, or its id while the server list does not name it.
    QString name() const;
    bool isCommunity() const { return id() == m_communityId; }

    QString communityId() const { return m_communityId; }
    // The community's name from the server list, or its id while the list does not name it.
    QString communityName() const;
    // True when communityName() comes from the API rather than being the id.
    bool isCommunityNamed() const;

    // Chooses a server; an empty id chooses the community again. Emits changed() when it moves.
    void setId(const QString &id);
    // A newly bound profile's community (empty: not connected): forgets the chosen server.
    void setCommunity(const QString &communityId);

signals:
    // The current server is now `id` (a different server, or the same id on another profile).
    void changed(const QString &id);
    // A name shown for the community or the current server may have changed.
    void namesChanged();

private:
    QString nameOf(const QString &id) const;

    QPointer<const ServerStore> m_servers;
    QString m_communityId;
    QString m_id; // empty: the community
};

} // namespace ra
