#pragma once

class QObject;

namespace ra {

class ApiClient;
class BadgeStore;
class ChannelStore;
class CurrentServer;
class ImageCache;
class MainWindow;
class ProfileStore;
class QuestionProvider;
class RoleStore;
class ServerStore;
class UserFieldStore;

// The stores the structure panes run on, so the composition root can reload them when the
// client is re-targeted (a profile switch). Pointers owned by the `owner` passed below.
struct StructureStores
{
    ServerStore *servers = nullptr;
    RoleStore *roles = nullptr;
    ChannelStore *channels = nullptr;
    BadgeStore *badges = nullptr;
    // The community's custom user fields (the User Fields pane; the Users pane reads them).
    UserFieldStore *userFields = nullptr;
    // The selected server's roles and channels in the Servers pane.
    RoleStore *serverRoles = nullptr;
    ChannelStore *serverChannels = nullptr;
    // Badge images, downloaded with the client's network manager.
    ImageCache *images = nullptr;
    // The app's current server: the Servers pane's selection and the pickers of the Roles,
    // Channels and Badges panes set it; those three stores follow it.
    CurrentServer *current = nullptr;

    // Refetches every list; call after ApiClient::setConfig(). A store whose client has no
    // address yet shows nothing instead. The Servers pane's detail stores follow its selection.
    void reloadAll() const;
    // Empties every list and detail view (a profile switch, before the client is re-targeted).
    void clearAll() const;
};

// Composition root of issue 6's panes: builds the stores (parented to `owner`) and the panes
// (Servers, Roles, Channels, Badges, User Fields), and adds the panes to `window`. In-place edits
// ask first while the active profile of `profiles` is production. Roles, Channels and Badges show
// the current server (a heading with a server picker). Returns the stores.
StructureStores installStructurePanes(MainWindow &window, ApiClient &client,
                                      const ProfileStore &profiles, QuestionProvider &questions,
                                      QObject *owner);

} // namespace ra
