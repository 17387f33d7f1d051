#include "panes/channelspane.h"

#include "item/channelfiltermodel.h"
#include "item/channeltablemodel.h"
#include "panes/channeldialog.h"
#include "panes/createentitycommand.h"
#include "panes/deleteentitycommand.h"
#include "panes/editentitycommand.h"
#include "questionprovider.h"
#include "stores/channelstore.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace ra {

ChannelsPane::ChannelsPane(ChannelStore &store, QuestionProvider &questions, QWidget *parent)
    : EntityPane(store, questions, parent)
    , m_store(store)
    , m_model(new ChannelTableModel(&store, this))
    , m_proxy(new ChannelFilterModel(this))
{
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("channelSource"));
    m_source->addItem(QString(), int(ChannelStore::Source::System));
    m_source->addItem(QString(), int(ChannelStore::Source::Integration));
    connect(m_source, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_store.setSource(ChannelStore::Source(m_source->itemData(index).toInt()));
    });
    initPane(m_model, m_proxy, QStringLiteral("channelTable"), QStringLiteral("channelSearch"),
             int(ChannelTableModel::Column::Topic), int(ChannelTableModel::Column::Topic));
    toolBar()->insertWidget(1, m_source);
}

ChannelsPane::~ChannelsPane() = default;

EntityPane::Texts ChannelsPane::texts() const
{
    Texts t;
    t.search = tr("Search channels (Ctrl+F)");
    t.searchName = tr("Search channels");
    t.newName = tr("New channel");
    t.editName = tr("Edit channel");
    t.deleteName = tr("Delete channel");
    t.refreshName = tr("Refresh channels");
    t.viewName = tr("Channels");
    t.loading = tr("Loading channels…");
    t.notLoaded = tr("The channels could not be loaded.");
    t.empty = tr("This server has no channels yet. Press Ctrl+N to create one.");
    t.loadError = tr("Could not load the channels: %1");
    t.refreshError = tr("Could not refresh the channels: %1 The table shows the last loaded list.");
    return t;
}

void ChannelsPane::retranslateExtra()
{
    m_source->setItemText(0, tr("System API list"));
    m_source->setItemText(1, tr("Integration API list"));
    m_source->setAccessibleName(tr("Channel list source"));
    m_source->setToolTip(tr("Which API lists the channels: the System \"get channels list\" or "
                            "the Integration \"Get Channels List\"."));
}

void ChannelsPane::newItem()
{
    Channel channel;
    channel.channelType = QStringLiteral("open");
    auto *dialog = new ChannelDialog(channel, true, questions(), this);
    connect(dialog, &ChannelDialog::channelAccepted, this, [this](const Channel &c) {
        pushCommand(new CreateEntityCommand<ChannelStore>(
            m_store, c, tr("Create channel \"%1\"").arg(c.topic)));
    });
    dialog->open();
}

void ChannelsPane::editCurrent()
{
    const std::optional<Channel> current = m_store.channel(currentId());
    if (!current)
        return;
    auto *dialog = new ChannelDialog(*current, false, questions(), this);
    connect(dialog, &ChannelDialog::channelAccepted, this,
            [this, before = *current](const Channel &c) {
                pushCommand(new EditEntityCommand<ChannelStore>(
                    m_store, before, c, tr("Edit channel \"%1\"").arg(before.topic)));
            });
    dialog->open();
}

void ChannelsPane::deleteCurrent()
{
    const std::optional<Channel> current = m_store.channel(currentId());
    if (!current)
        return;
    QuestionProvider::Question q;
    q.title = tr("Delete Channel");
    q.text = tr("Delete the channel \"%1\"?").arg(current->topic);
    q.informativeText = tr("Its messages and the members' access to it go with it. Undo "
                           "re-creates a channel with the same topic and type, but not its "
                           "messages.");
    q.confirmText = tr("Delete");
    q.destructive = true;
    questions().confirm(this, q, this, [this, channel = *current](bool confirmed) {
        if (confirmed)
            pushCommand(new DeleteEntityCommand<ChannelStore>(
                m_store, channel, tr("Delete channel \"%1\"").arg(channel.topic)));
    });
}

} // namespace ra
