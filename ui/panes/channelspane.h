#pragma once

#include "domain/channel.h"
#include "panes/entitypane.h"

class QComboBox;

namespace ra {

class ChannelFilterModel;
class ChannelStore;
class ChannelTableModel;

// The Channels pane: a searchable, sortable table of the server's channels (topic, type,
// created, updated), read from the System or the Integration channel list (a selector),
// New/Edit/Delete through ChannelDialog and a confirmation, each change an undoable command on
// undoStack(). The shared behaviour (inline load error with Retry, F5 keeping the selection,
// shortcuts) comes from EntityPane. Works only through ChannelStore; owns its widgets, models
// and undo stack. GUI thread.
class ChannelsPane : public EntityPane
{
    Q_OBJECT

public:
    ChannelsPane(ChannelStore &store, QuestionProvider &questions, QWidget *parent = nullptr);
    ~ChannelsPane() override;

    ChannelTableModel *model() const { return m_model; }
    ChannelFilterModel *proxy() const { return m_proxy; }
    QString currentChannelId() const { return currentId(); }
    bool selectChannel(const QString &id) { return selectId(id); }

    void newChannel() { newItem(); }
    void newItem() override;
    void editCurrent() override;
    void deleteCurrent() override;

protected:
    Texts texts() const override;
    void retranslateExtra() override;

private:
    ChannelStore &m_store;
    ChannelTableModel *m_model;
    ChannelFilterModel *m_proxy;
    QComboBox *m_source = nullptr;
};

} // namespace ra
