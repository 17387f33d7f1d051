#include "panes/serverspane.h"

#include "item/channelfiltermodel.h"
#include "item/channeltablemodel.h"
#include "item/rolefiltermodel.h"
#include "item/roletablemodel.h"
#include "item/serverfiltermodel.h"
#include "item/servertablemodel.h"
#include "panes/detailtable.h"
#include "panes/editentitycommand.h"
#include "panes/serverdialog.h"
#include "stores/channelstore.h"
#include "stores/rolestore.h"
#include "stores/serverstore.h"

#include <QHeaderView>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ra {

ServersPane::ServersPane(ServerStore &store, RoleStore &roles, ChannelStore &channels,
                         QuestionProvider &questions, QWidget *parent)
    : EntityPane(store, questions, parent)
    , m_store(store)
    , m_roles(roles)
    , m_channels(channels)
    , m_model(new ServerTableModel(&store, this))
    , m_proxy(new ServerFilterModel(this))
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("serverTabs"));
    m_rolesTab = new DetailTable(
        roles, new RoleTableModel(&roles, this), new RoleFilterModel(this),
        [](int n) { return tr("%n role(s) on this server, in hierarchy order.", nullptr, n); },
        m_tabs);
    m_rolesTab->setObjectName(QStringLiteral("serverRolesTab"));
    m_rolesTab->view()->sortByColumn(int(RoleTableModel::Column::Order), Qt::AscendingOrder);
    m_channelsTab = new DetailTable(
        channels, new ChannelTableModel(&channels, this), new ChannelFilterModel(this),
        [](int n) { return tr("%n channel(s) on this server.", nullptr, n); }, m_tabs);
    m_channelsTab->setObjectName(QStringLiteral("serverChannelsTab"));
    m_channelsTab->view()->sortByColumn(int(ChannelTableModel::Column::Topic), Qt::AscendingOrder);
    m_rolesTab->view()->horizontalHeader()->setStretchLastSection(false);
    m_rolesTab->view()->horizontalHeader()->setSectionResizeMode(
        int(RoleTableModel::Column::Description), QHeaderView::Stretch);
    m_tabs->addTab(m_rolesTab, QString());
    m_tabs->addTab(m_channelsTab, QString());

    setInlineEditColumn(int(ServerTableModel::Column::Name));
    initPane(m_model, m_proxy, QStringLiteral("serverTable"), QStringLiteral("serverSearch"),
             int(ServerTableModel::Column::Name), int(ServerTableModel::Column::Description),
             false);
    // The server list above, the selected server's tabs below.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    // replaceWidget() hands back the layout item that held the pages: ours to delete.
    delete paneLayout()->replaceWidget(pages(), splitter);
    splitter->addWidget(pages());
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    paneLayout()->setStretchFactor(splitter, 1);
    connect(&store, &ServerStore::loaded, this, [this] {
        // Open on the preferred server, else the profile's community (the detail stores'
        // default server), else the first.
        const QString preferred = m_preferred.isEmpty() ? m_roles.serverId() : m_preferred;
        if (currentId().isEmpty() && !selectId(preferred) && m_proxy->rowCount() > 0)
            selectId(m_proxy->index(0, 0).data(int(ServerTableModel::DataRole::Id)).toString());
        showDetails();
    });
}

ServersPane::~ServersPane() = default;

EntityPane::Texts ServersPane::texts() const
{
    Texts t;
    t.search = tr("Search servers (Ctrl+F)");
    t.searchName = tr("Search servers");
    t.newName = tr("New server");
    t.editName = tr("Edit server");
    t.deleteName = tr("Delete server");
    t.refreshName = tr("Refresh servers");
    t.viewName = tr("Servers");
    t.loading = tr("Loading servers…");
    t.notLoaded = tr("The servers could not be loaded.");
    t.empty = tr("This account has no servers yet. Press Ctrl+N to create one.");
    t.loadError = tr("Could not load the servers: %1");
    t.refreshError = tr("Could not refresh the servers: %1 The table shows the last loaded list.");
    t.inlineConfirm = tr("Rename the server “%1” to “%2”?");
    return t;
}

void ServersPane::retranslateExtra()
{
    m_tabs->setTabText(0, tr("Roles"));
    m_tabs->setTabText(1, tr("Channels"));
    m_tabs->setAccessibleName(tr("Selected server"));
    m_rolesTab->view()->setAccessibleName(tr("Roles of the selected server"));
    m_channelsTab->view()->setAccessibleName(tr("Channels of the selected server"));
}

void ServersPane::preferServer(const QString &id)
{
    m_preferred = id;
    if (!id.isEmpty() && currentId() != id)
        selectId(id);
}

void ServersPane::refresh()
{
    EntityPane::refresh();
    if (!m_detailId.isEmpty()) {
        m_roles.reload();
        m_channels.reload();
    }
}

void ServersPane::selectionChanged(bool selected)
{
    Q_UNUSED(selected)
    showDetails();
}

void ServersPane::showDetails()
{
    const QString id = currentId();
    if (id == m_detailId)
        return;
    m_detailId = id;
    m_rolesTab->setActive(!id.isEmpty());
    m_channelsTab->setActive(!id.isEmpty());
    if (id.isEmpty())
        return;
    // Both stores reload for the new server; replies for an earlier one are dropped.
    m_roles.setServerId(id);
    m_channels.setServerId(id);
    emit serverSelected(id);
}

void ServersPane::newItem()
{
    auto *dialog = new ServerDialog(Server(), true, questions(), this);
    connect(dialog, &ServerDialog::serverAccepted, this, [this](const Server &s) {
        // Not an undo step: the API cannot delete a server, so there is no inverse to replay.
        m_store.create(s, this, [this](const Server &created, const ApiError &error) {
            if (!error.isError())
                selectId(created.id);
        });
    });
    dialog->open();
}

void ServersPane::applyInlineEdit(const QString &id, const QString &value)
{
    const std::optional<Server> current = m_store.server(id);
    if (!current)
        return;
    Server renamed = *current;
    renamed.name = value;
    pushCommand(new EditEntityCommand<ServerStore>(m_store, *current, renamed,
                                                   tr("Rename server \"%1\"").arg(current->name)));
}

void ServersPane::editCurrent()
{
    const std::optional<Server> current = m_store.server(currentId());
    if (!current)
        return;
    auto *dialog = new ServerDialog(*current, false, questions(), this);
    connect(dialog, &ServerDialog::serverAccepted, this,
            [this, before = *current](const Server &s) {
                pushCommand(new EditEntityCommand<ServerStore>(
                    m_store, before, s, tr("Edit server \"%1\"").arg(before.name)));
            });
    dialog->open();
}

} // namespace ra
