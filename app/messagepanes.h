#pragma once

class QObject;
class QString;

namespace ra {

class ApiClient;
class ChannelStore;
class MainWindow;
class MessageActions;
class MessageDrafts;
class MessageFeed;
class MessagesPane;
class ProfileStore;
struct StructureStores;

// What the Messages pane runs on, so the composition root can clear it on a profile switch and
// reload it once the client is bound. Pointers owned by the `owner` passed below (the pane by
// the window).
struct MessagesComposition
{
    ChannelStore *channels = nullptr; // the community's channels (Integration "Get Channels List")
    MessageFeed *feed = nullptr;
    MessageActions *actions = nullptr;
    MessageDrafts *drafts = nullptr;
    MessagesPane *pane = nullptr;

    // Empties the channel list and the feed (a profile switch).
    void clearAll() const;
    // The client talks to `profileId` now: its drafts and sender, and the channel list again.
    void reloadAll(const QString &profileId) const;
};

// Composition root of issue 16's messages: the channel store, feed, actions and drafts (kept in
// message-drafts.json in the app's data folder, or `draftsPath` when given), the Messages pane
// (added to `window`, badge images through the structure panes' ImageCache) and the announcement
// window, opened from the pane with its own BulkClientPool copied from `client`.
MessagesComposition installMessagesPane(MainWindow &window, ApiClient &client,
                                        const StructureStores &structure,
                                        const ProfileStore &profiles, QObject *owner,
                                        const QString &draftsPath);

} // namespace ra
