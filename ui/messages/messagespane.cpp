#include "messages/messagespane.h"

#include "messagebar.h"
#include "messages/messageactions.h"
#include "messages/messagecomposer.h"
#include "messages/messagedelegate.h"
#include "messages/messagefeed.h"
#include "messages/messagetext.h"
#include "stores/channelstore.h"
#include "stores/imagecache.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace ra {

MessagesPane::MessagesPane(MessageFeed &feed, ChannelStore &channels, MessageActions &actions,
                           MessageDrafts &drafts, ImageCache *images, QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_store(channels)
    , m_actions(actions)
    , m_channelLabel(new QLabel(this))
    , m_channels(new QComboBox(this))
    , m_refresh(new QPushButton(this))
    , m_reply(new QPushButton(this))
    , m_react(new QToolButton(this))
    , m_announce(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_bar(new MessageBar(this))
    , m_view(new QListView(this))
    , m_delegate(new MessageDelegate(images, this))
    , m_composer(new MessageComposer(actions, drafts, this))
{
    m_channels->setObjectName(QStringLiteral("channelPicker"));
    m_view->setObjectName(QStringLiteral("messageView"));
    m_reply->setObjectName(QStringLiteral("replyButton"));
    m_react->setObjectName(QStringLiteral("reactButton"));
    m_announce->setObjectName(QStringLiteral("announceButton"));
    m_status->setObjectName(QStringLiteral("messagesStatus"));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_channels->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_channels->setMinimumContentsLength(16);
    m_react->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_react);
    for (const auto &[code, glyph] : MessageText::commonReactions()) {
        QAction *action = menu->addAction(QStringLiteral("%1  %2").arg(glyph, code));
        const QString shortcode = code;
        connect(action, &QAction::triggered, this,
                [this, shortcode] { reactToSelected(shortcode); });
    }
    m_react->setMenu(menu);

    m_view->setModel(&m_feed);
    m_view->setItemDelegate(m_delegate);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setUniformItemSizes(false);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Always there, so the rows' width (and so their heights) does not change when it appears.
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->viewport()->installEventFilter(this);
    m_view->verticalScrollBar()->setSingleStep(20);
    m_bar->hide();
    auto *replyKey = new QShortcut(QKeySequence(Qt::Key_R), m_view);
    replyKey->setContext(Qt::WidgetShortcut);
    connect(replyKey, &QShortcut::activated, this, &MessagesPane::replyToSelected);

    auto *top = new QHBoxLayout;
    top->addWidget(m_channelLabel);
    top->addWidget(m_channels);
    top->addWidget(m_refresh);
    top->addStretch(1);
    top->addWidget(m_reply);
    top->addWidget(m_react);
    top->addWidget(m_announce);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_composer);
    splitter->setStretchFactor(0, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    m_timer.setInterval(defaultRefreshIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_feed.isLoading())
            m_feed.refresh();
    });
    connect(m_channels, &QComboBox::currentIndexChanged, this, &MessagesPane::onChannelPicked);
    connect(m_refresh, &QPushButton::clicked, this, &MessagesPane::refresh);
    connect(m_reply, &QPushButton::clicked, this, &MessagesPane::replyToSelected);
    connect(m_announce, &QPushButton::clicked, this, &MessagesPane::announceRequested);
    connect(m_view, &QListView::customContextMenuRequested, this, &MessagesPane::showContextMenu);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &MessagesPane::onScrolled);
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (m_stick)
            m_view->verticalScrollBar()->setValue(max);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MessagesPane::updateActions);
    connect(&m_feed, &QAbstractItemModel::rowsAboutToBeInserted, this,
            &MessagesPane::rememberPlace);
    connect(&m_feed, &QAbstractItemModel::modelAboutToBeReset, this, &MessagesPane::rememberPlace);
    connect(&m_feed, &MessageFeed::loaded, this, [this] {
        restorePlace();
        m_bar->hide();
        setStatus(m_feed.total() >= 0 ? tr("%1 of %n message(s) shown", nullptr,
                                           int(qMin<qint64>(m_feed.total(), INT_MAX)))
                                            .arg(QLocale().toString(m_feed.rowCount()))
                                      : QString());
        updateActions();
    });
    connect(&m_feed, &MessageFeed::loadingChanged, this, [this](bool loading) {
        if (loading)
            setStatus(m_feed.rowCount() > 0 ? tr("Loading older messages…")
                                            : tr("Loading messages…"));
    });
    connect(&m_feed, &MessageFeed::loadFailed, this, [this](const QString &reason) {
        m_bar->showMessage(MessageBar::Kind::Error,
                           tr("The messages could not be read: %1").arg(reason));
        setStatus({});
    });
    connect(m_composer, &MessageComposer::sent, this, [this](const QString &channel) {
        if (channel != m_feed.channelId())
            return;
        m_atBottom = true; // the new message is to be seen
        m_placeSaved = true;
        m_feed.refresh();
    });
    if (images) {
        connect(images, &ImageCache::imageLoaded, m_view->viewport(),
                qOverload<>(&QWidget::update));
        connect(images, &ImageCache::imageFailed, m_view->viewport(),
                qOverload<>(&QWidget::update));
    }
    for (auto signal : {&StoreBase::loaded, &StoreBase::cleared})
        connect(&m_store, signal, this, &MessagesPane::fillChannels);
    connect(&m_store, &ChannelStore::added, this, &MessagesPane::fillChannels);
    connect(&m_store, &ChannelStore::changed, this, &MessagesPane::fillChannels);
    connect(&m_store, &StoreBase::removed, this, &MessagesPane::fillChannels);
    // Older rows come in batches: keep the place after each one, before anything is painted.
    connect(&m_feed, &QAbstractItemModel::rowsInserted, this, &MessagesPane::restorePlace);
    connect(&m_feed, &QAbstractItemModel::modelReset, this, &MessagesPane::restorePlace);
    setTabOrder(m_channels, m_refresh);
    setTabOrder(m_refresh, m_reply);
    setTabOrder(m_reply, m_react);
    setTabOrder(m_react, m_announce);
    setTabOrder(m_announce, m_view);
    setTabOrder(m_view, m_composer);
    retranslate();
    fillChannels();
    updateActions();
}

void MessagesPane::setQuestionProvider(QuestionProvider &questions)
{
    m_composer->setQuestionProvider(questions);
}

void MessagesPane::retranslate()
{
    m_channelLabel->setText(tr("Channel:"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Read the channel again (F5)"));
    m_reply->setText(tr("Reply"));
    m_reply->setToolTip(tr("Reply to the selected message (R)"));
    m_react->setText(tr("React"));
    m_react->setToolTip(tr("Add a reaction to the selected message"));
    m_announce->setText(tr("Announce…"));
    m_announce->setToolTip(tr("Send one message to several channels"));
    m_channels->setAccessibleName(tr("Channel"));
    m_refresh->setAccessibleName(tr("Refresh"));
    m_reply->setAccessibleName(tr("Reply"));
    m_react->setAccessibleName(tr("React"));
    m_announce->setAccessibleName(tr("Announce"));
    m_status->setAccessibleName(tr("Messages status"));
    m_view->setAccessibleName(tr("Messages"));
    m_view->setAccessibleDescription(
        tr("Up and Down move between messages; R replies to the selected one"));
    m_delegate->clearCache();
}

void MessagesPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MessagesPane::setProfileId(const QString &profileId)
{
    m_composer->setProfileId(profileId);
}

void MessagesPane::fillChannels()
{
    const QString current = m_channels->currentData().toString();
    const QSignalBlocker block(m_channels);
    m_channels->clear();
    for (const Channel &channel : m_store.channels()) {
        const QString name = channel.topic.isEmpty() ? channel.id : channel.topic;
        m_channels->addItem(QStringLiteral("# ") + name, channel.id);
    }
    int index = m_channels->findData(current);
    if (index < 0 && m_channels->count() > 0)
        index = 0;
    m_channels->setCurrentIndex(index);
    if (m_channels->count() == 0)
        setStatus(m_store.isLoading() ? tr("Loading channels…") : tr("No channels to show."));
    onChannelPicked();
}

bool MessagesPane::chooseChannel(const QString &channelId)
{
    const int index = m_channels->findData(channelId);
    if (index < 0)
        return false;
    m_channels->setCurrentIndex(index);
    onChannelPicked();
    return true;
}

QString MessagesPane::channelId() const
{
    return m_feed.channelId();
}

void MessagesPane::onChannelPicked()
{
    const QString id = m_channels->currentData().toString();
    if (id == m_feed.channelId())
        return;
    m_bar->hide();
    m_placeSaved = true;
    m_atBottom = true;
    m_stick = true;
    m_anchorId.clear();
    m_feed.setChannel(id);
    m_composer->setChannel(id);
    if (isVisible() && !id.isEmpty())
        m_timer.start();
}

void MessagesPane::refresh()
{
    if (!m_feed.channelId().isEmpty())
        m_feed.refresh();
}

void MessagesPane::rememberPlace()
{
    if (m_placeSaved)
        return;
    m_placeSaved = true;
    const QScrollBar *bar = m_view->verticalScrollBar();
    m_atBottom = bar->value() >= bar->maximum() - 4;
    const QModelIndex top = m_view->indexAt(QPoint(4, 1));
    m_anchorId = top.isValid() ? top.data(MessageFeed::IdRole).toString() : QString();
    m_anchorTop = top.isValid() ? m_view->visualRect(top).top() : 0;
}

void MessagesPane::restorePlace()
{
    if (!m_placeSaved)
        return;
    m_placeSaved = false;
    m_delegate->setWidth(m_view->viewport()->width());
    // Lay the rows out now, so the anchor's place is known before anything is painted.
    m_view->doItemsLayout();
    QScrollBar *bar = m_view->verticalScrollBar();
    if (m_atBottom || m_anchorId.isEmpty()) {
        m_stick = true;
        bar->setValue(bar->maximum());
        return;
    }
    m_stick = false;
    const int row = m_feed.rowOf(m_anchorId);
    if (row < 0)
        return;
    const QRect rect = m_view->visualRect(m_feed.index(row));
    const QSignalBlocker block(bar); // moving back to the anchor is not a scroll to the top
    bar->setValue(bar->value() + rect.top() - m_anchorTop);
    m_view->viewport()->update();
}

void MessagesPane::onScrolled(int value)
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    m_stick = value >= bar->maximum() - 4;
    if (value > bar->minimum() || bar->maximum() == bar->minimum() || m_feed.isLoading() ||
        !m_feed.canLoadOlder())
        return;
    rememberPlace();
    m_feed.loadOlder();
}

bool MessagesPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        const int width = static_cast<QResizeEvent *>(event)->size().width();
        // Before the view lays its rows out again at the new width (ResizeMode Adjust).
        m_delegate->setWidth(width);
    }
    return QWidget::eventFilter(watched, event);
}

void MessagesPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_feed.channelId().isEmpty())
        m_timer.start();
}

void MessagesPane::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    QWidget::hideEvent(event);
}

QString MessagesPane::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedIndexes();
    return rows.isEmpty() ? QString() : rows.first().data(MessageFeed::IdRole).toString();
}

void MessagesPane::updateActions()
{
    const bool any = !selectedId().isEmpty();
    m_reply->setEnabled(any);
    m_react->setEnabled(any);
}

void MessagesPane::replyToSelected()
{
    const QString id = selectedId();
    if (!id.isEmpty())
        m_composer->setReplyTo(id, m_feed.authorOf(id));
}

void MessagesPane::reactToSelected(const QString &shortcode)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const QString sender = m_composer->sender();
    if (sender.isEmpty()) {
        m_bar->showMessage(MessageBar::Kind::Warning,
                           tr("Say who reacts: a member's username or e-mail in \"Send as\"."));
        return;
    }
    m_actions.react(id, shortcode, sender, this, [this, shortcode](const ApiError &error) {
        if (error.isError()) {
            m_bar->showMessage(MessageBar::Kind::Error,
                               tr("The reaction %1 was not added: %2")
                                   .arg(MessageText::glyphOf(shortcode), errorText(error)));
            return;
        }
        m_feed.refresh();
    });
}

void MessagesPane::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(tr("Reply"), this, &MessagesPane::replyToSelected);
    QMenu *react = menu.addMenu(tr("React"));
    for (const auto &[code, glyph] : MessageText::commonReactions()) {
        const QString shortcode = code;
        react->addAction(QStringLiteral("%1  %2").arg(glyph, code), this,
                         [this, shortcode] { reactToSelected(shortcode); });
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void MessagesPane::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString MessagesPane::statusText() const
{
    return m_status->text();
}

} // namespace ra
