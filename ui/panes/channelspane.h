#pragma once

#include "api/apierror.h"
#include "domain/channel.h"
#include "panecommands.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace ra {

class MessageBar;
class QuestionProvider;
class ChannelFilterModel;
class ChannelStore;
class ChannelTableModel;

// The Channels pane: a searchable, sortable table of the server's channels (topic, type,
// created, updated), read from the System or the Integration channel list (a selector),
// New/Edit/Delete through ChannelDialog and a confirmation, each change an undoable command on
// undoStack(). A failed load shows the error inline with Retry instead of an empty table. Works
// only through ChannelStore; owns its widgets, models and undo stack. Shortcuts: Ctrl+N new,
// F2/Enter edit, Delete remove; Ctrl+F and F5 arrive from the main window. GUI thread.
class ChannelsPane : public QWidget, public PaneCommands
{
    Q_OBJECT

public:
    ChannelsPane(ChannelStore &store, QuestionProvider &questions, QWidget *parent = nullptr);
    ~ChannelsPane() override;

    bool canFind() const override { return true; }
    void find() override;
    bool canRefresh() const override { return true; }
    void refresh() override;
    QUndoStack *undoStack() const override { return m_undo; }

    QTableView *view() const { return m_view; }
    ChannelTableModel *model() const { return m_model; }
    ChannelFilterModel *proxy() const { return m_proxy; }
    // The id of the selected channel, or empty.
    QString currentChannelId() const;
    bool selectChannel(const QString &id);

    void newChannel();
    void editCurrent();
    void deleteCurrent();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void updateActions();
    void updatePage();
    void onLoadFailed(const ApiError &error);
    void showOperationError(const ApiError &error);

    ChannelStore &m_store;
    QuestionProvider &m_questions;
    ChannelTableModel *m_model = nullptr;
    ChannelFilterModel *m_proxy = nullptr;
    QUndoStack *m_undo = nullptr;

    QLineEdit *m_search = nullptr;
    QComboBox *m_source = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QLabel *m_status = nullptr;
    MessageBar *m_message = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_placeholder = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_retryAction = nullptr;
};

} // namespace ra
