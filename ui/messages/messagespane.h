#pragma once

#include "panecommands.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QToolButton;

namespace ra {

class ChannelStore;
class ImageCache;
class MessageActions;
class MessageBar;
class MessageComposer;
class MessageDelegate;
class MessageDrafts;
class MessageFeed;
class QuestionProvider;

// The Messages pane: a channel picker (the channel store's list), the channel's recent messages
// (MessageFeed drawn by MessageDelegate, newest at the bottom, replies under their parent), and
// the composer. Scrolling to the top asks the feed for more (a larger count, Get Messages has no
// cursor) and keeps the message that was at the top where it was; new messages arriving while
// the view is at the bottom keep it at the bottom. Refresh (F5, the button) and a gentle timer
// (refreshIntervalMs, only while the pane is visible) ask again without moving the view. Reply
// and React act on the selected message (also from its context menu); Announce… asks the
// composition root for the announcement window (announceRequested()). Keyboard: Up/Down move
// between messages in the list, R replies to the selected one, F5 refreshes; in the composer
// Ctrl+Return sends and Esc discards. Older rows arrive in batches (MessageFeed): the place is
// kept after each batch. Borrows everything; GUI thread.
class MessagesPane : public QWidget, public PaneCommands
{
    Q_OBJECT

public:
    static constexpr int defaultRefreshIntervalMs = 30000;

    MessagesPane(MessageFeed &feed, ChannelStore &channels, MessageActions &actions,
                 MessageDrafts &drafts, ImageCache *images, QWidget *parent = nullptr);

    MessageFeed &feed() const { return m_feed; }
    MessageComposer *composer() const { return m_composer; }
    QListView *view() const { return m_view; }
    QComboBox *channelPicker() const { return m_channels; }

    void setProfileId(const QString &profileId);
    // The composer asks through `questions` before an unsent message is thrown away.
    void setQuestionProvider(QuestionProvider &questions);
    // Shows `channelId` (when the channel list has it).
    bool chooseChannel(const QString &channelId);
    QString channelId() const;
    void setRefreshInterval(int ms) { m_timer.setInterval(ms); }
    QTimer &refreshTimer() { return m_timer; }

    // The selected message's id, or empty.
    QString selectedId() const;
    void replyToSelected();
    void reactToSelected(const QString &shortcode);
    QString statusText() const;

    bool canRefresh() const override { return true; }
    void refresh() override;

signals:
    void announceRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fillChannels();
    void onChannelPicked();
    void rememberPlace();
    void restorePlace();
    void onScrolled(int value);
    void setStatus(const QString &text);
    void showContextMenu(const QPoint &pos);
    void updateActions();

    MessageFeed &m_feed;
    ChannelStore &m_store;
    MessageActions &m_actions;
    QLabel *m_channelLabel;
    QComboBox *m_channels;
    QPushButton *m_refresh;
    QPushButton *m_reply;
    QToolButton *m_react;
    QPushButton *m_announce;
    QLabel *m_status;
    MessageBar *m_bar;
    QListView *m_view;
    MessageDelegate *m_delegate;
    MessageComposer *m_composer;
    QTimer m_timer;
    // Where the view was before the feed changed.
    bool m_placeSaved = false;
    bool m_atBottom = true;
    // The view follows the newest message: kept at the bottom when its range changes (a later
    // layout, a resize), until the manager scrolls away.
    bool m_stick = true;
    QString m_anchorId;
    int m_anchorTop = 0;
};

} // namespace ra
