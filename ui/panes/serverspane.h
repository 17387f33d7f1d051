#pragma once

#include "domain/server.h"
#include "panes/entitypane.h"

class QTabWidget;

namespace ra {

class ChannelStore;
class DetailTable;
class RoleStore;
class ServerFilterModel;
class ServerStore;
class ServerTableModel;

// The Servers pane: the account's servers ("get my servers") in a searchable table, New/Edit
// through ServerDialog (edits are undoable; the API has no delete, so creates are not), and for
// the selected server two tabs: its roles ("role list of server") and its channels ("channel
// list of server"), read by the detail stores it is given, which it points at the selected
// server. The name can be edited in place (F2 or double-click; see EntityPane), as an undo step.
// Shared pane behaviour comes from EntityPane. Borrows the stores; GUI thread.
class ServersPane : public EntityPane
{
    Q_OBJECT

public:
    // `roles` and `channels` are detail stores (channels with ChannelStore::Source::Server).
    ServersPane(ServerStore &store, RoleStore &roles, ChannelStore &channels,
                QuestionProvider &questions, QWidget *parent = nullptr);
    ~ServersPane() override;

    ServerTableModel *model() const { return m_model; }
    ServerFilterModel *proxy() const { return m_proxy; }
    QTabWidget *tabs() const { return m_tabs; }
    DetailTable *rolesTab() const { return m_rolesTab; }
    DetailTable *channelsTab() const { return m_channelsTab; }

    // The server to select when the list loads with none selected (the app's current server);
    // selects it now if it is listed. Without one the pane opens on the detail stores' server.
    void preferServer(const QString &id);

    // Reloads the servers and the selected server's roles and channels.
    void refresh() override;
    // Creates a server through the dialog (not undoable: the API has no delete).
    void newItem() override;
    void editCurrent() override;

signals:
    // The user (or the first load) selected server `id`: the app makes it the current server.
    void serverSelected(const QString &id);

protected:
    Texts texts() const override;
    void selectionChanged(bool selected) override;
    void retranslateExtra() override;
    void applyInlineEdit(const QString &id, const QString &value) override;

private:
    void showDetails();

    ServerStore &m_store;
    RoleStore &m_roles;
    ChannelStore &m_channels;
    ServerTableModel *m_model;
    ServerFilterModel *m_proxy;
    QTabWidget *m_tabs = nullptr;
    DetailTable *m_rolesTab = nullptr;
    DetailTable *m_channelsTab = nullptr;
    QString m_detailId;
    QString m_preferred;
};

} // namespace ra
