#pragma once

#include "api/apierror.h"
#include "panecommands.h"

#include <QPersistentModelIndex>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QUndoCommand;
class QUndoStack;
class QVBoxLayout;

namespace ra {

class ApiUndoStack;
class MessageBar;
class QuestionProvider;
class SearchFilterModel;
class StoreBase;

// What every entity pane (roles, channels, badges, servers) shares: a search box (Ctrl+F via
// PaneCommands), New / Edit / Delete / Refresh buttons and actions (Ctrl+N, F2 or Enter, Delete
// from the table), a sortable table over a SearchFilterModel, a placeholder that says why the
// table is empty, the inline MessageBar with Retry for a failed load, F5 refresh that keeps the
// selection and scroll position, and an ApiUndoStack whose failed steps are reported inline.
// Subclasses build their models, call initPane() at the end of their constructor and supply
// texts() and the New/Edit/Delete behaviour. Owns its widgets and undo stack; borrows the store
// and the question provider. GUI thread.
class EntityPane : public QWidget, public PaneCommands
{
    Q_OBJECT

public:
    ~EntityPane() override;

    bool canFind() const override { return true; }
    void find() override;
    bool canRefresh() const override { return true; }
    void refresh() override;
    QUndoStack *undoStack() const override;

    QTableView *view() const { return m_view; }
    MessageBar *messageBar() const { return m_message; }
    // The id of the selected row, or empty.
    QString currentId() const;
    // Selects the row of `id` and scrolls to it; false when no row has it.
    bool selectId(const QString &id);

    // Says whether the active profile is production; in-place edits ask first when it is.
    void setProductionCheck(std::function<bool()> isProduction)
    {
        m_isProduction = std::move(isProduction);
    }
    // Opens the in-place editor on the current row's inline column (F2); false without one.
    bool editInPlace();
    // Puts `header` (e.g. a heading with a server picker) above the tool bar; takes ownership.
    void setHeader(QWidget *header);

    virtual void newItem() = 0;
    virtual void editCurrent() = 0;
    virtual void deleteCurrent() {}

protected:
    // Every user-visible string that names the entity, set by the subclass.
    struct Texts
    {
        QString search;        // placeholder of the search box
        QString searchName;    // accessible name of the search box
        QString newName;       // accessible name of New (also the action text)
        QString editName;      // ... of Edit
        QString deleteName;    // ... of Delete
        QString refreshName;   // ... of Refresh
        QString viewName;      // accessible name of the table
        QString loading;       // placeholder while the first load runs
        QString notLoaded;     // placeholder after a failed first load
        QString empty;         // placeholder for a loaded, empty list
        QString loadError;     // message bar after a failed first load; %1 is the error
        QString refreshError;  // message bar after a failed reload over loaded rows; %1
        QString inlineConfirm; // production question for an in-place edit; %1 old, %2 new
    };

    EntityPane(StoreBase &store, QuestionProvider &questions, QWidget *parent = nullptr);

    // Builds the widgets over `model` filtered by `proxy` (both owned by the subclass);
    // `objectName` names the table (e.g. "roleTable"), `searchName` the search box. Call once,
    // at the end of the subclass constructor.
    void initPane(QAbstractItemModel *model, SearchFilterModel *proxy, const QString &objectName,
                  const QString &searchName, int sortColumn, int stretchColumn,
                  bool canDelete = true);
    virtual Texts texts() const = 0;
    // Lets `column` (of the proxy) be edited in place; call before initPane().
    void setInlineEditColumn(int column) { m_inlineColumn = column; }
    // Sends the in-place edit of row `id` (the text differs from the shown one and is not
    // empty), e.g. as an undo step.
    virtual void applyInlineEdit(const QString &id, const QString &value)
    {
        Q_UNUSED(id)
        Q_UNUSED(value)
    }
    // Enables subclass actions that need a selection.
    virtual void selectionChanged(bool selected) { Q_UNUSED(selected) }
    // Retranslates subclass widgets (called after the shared ones).
    virtual void retranslateExtra() {}

    QHBoxLayout *toolBar() const { return m_bar; }
    QVBoxLayout *paneLayout() const { return m_layout; }
    QStackedWidget *pages() const { return m_pages; }
    QuestionProvider &questions() const { return m_questions; }
    // Pushes an undo step whose API failures revert the stack and show inline.
    void pushCommand(QUndoCommand *command);
    void showError(const QString &text);
    void changeEvent(QEvent *event) override;
    void updateActions();

private:
    void buildActions(bool canDelete);
    void retranslate();
    void updatePage();
    void onLoaded();
    void onLoadFailed(const ApiError &error);
    void onStepFailed(const QString &text, bool undoing, bool reverted, const ApiError &error);
    bool select(const QString &id, bool scroll);
    void onInlineCommitted(const QPersistentModelIndex &index, const QString &value);

    StoreBase &m_store;
    QAbstractItemModel *m_model = nullptr;
    SearchFilterModel *m_proxy = nullptr;
    QuestionProvider &m_questions;
    ApiUndoStack *m_undo;

    QHBoxLayout *m_bar = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QLineEdit *m_search = nullptr;
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
    QAction *m_inlineAction = nullptr;
    int m_inlineColumn = -1;
    std::function<bool()> m_isProduction;

    Texts m_texts; // texts() as of the last retranslation
    // What refresh() keeps across the reload.
    QString m_keptId;
    int m_keptScroll = -1;
};

} // namespace ra
