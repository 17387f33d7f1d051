#pragma once

class QObject;
class QString;

namespace ra {

class AnnounceOffer;
class ApiClient;
class ChannelStore;
class MainWindow;
class MessageActions;
class MessageDrafts;
class MessageFeed;
class MessagesPane;
class ProfileStore;
class QuestionProvider;
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
    AnnounceOffer *announce = nullptr; // the announcement window and the resume offer

    // Empties the channel list and the feed (a profile switch).
    void clearAll() const;
    // The client talks to `profileId` now: its drafts and sender, and the channel list again.
    void reloadAll(const QString &profileId) const;
    // The client is bound: offers unfinished announcements the first time it can send.
    void onBound() const;
};

// Composition root of issue 16's messages: the channel store, feed, actions and drafts (kept in
// message-drafts.json in the app's data folder, or `draftsPath` when given), the Messages pane
// (added to `window`, badge images through the structure panes' ImageCache) and the announcement
// window (AnnounceOffer), opened from the pane with its own BulkClientPool copied from `client`.
// The composer and the announcement window ask through `questions` before an unsent message is
// thrown away.
MessagesComposition installMessagesPane(MainWindow &window, ApiClient &client,
                                        const StructureStores &structure,
                                        const ProfileStore &profiles, QuestionProvider &questions,
                                        QObject *owner, const QString &draftsPath);

} // namespace ra
