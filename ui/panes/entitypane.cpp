#include "panes/entitypane.h"

#include "item/searchfiltermodel.h"
#include "messagebar.h"
#include "panes/apiundostack.h"
#include "panes/inlineeditdelegate.h"
#include "questionprovider.h"
#include "stores/storebase.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ra {

namespace {
// KeyedTableModel::IdRole: every entity table answers it with the row's id.
constexpr int idRole = Qt::UserRole + 1;
} // namespace

EntityPane::EntityPane(StoreBase &store, QuestionProvider &questions, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_questions(questions)
    , m_undo(new ApiUndoStack(this))
{
}

EntityPane::~EntityPane() = default;

QUndoStack *EntityPane::undoStack() const
{
    return m_undo;
}

void EntityPane::initPane(QAbstractItemModel *model, SearchFilterModel *proxy,
                          const QString &objectName, const QString &searchName, int sortColumn,
                          int stretchColumn, bool canDelete)
{
    m_model = model;
    m_proxy = proxy;
    m_proxy->setSourceModel(m_model);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(searchName);
    m_newButton = new QPushButton(this);
    m_editButton = new QPushButton(this);
    m_deleteButton = new QPushButton(this);
    m_deleteButton->setVisible(canDelete);
    m_refreshButton = new QPushButton(this);
    m_status = new QLabel(this);
    m_message = new MessageBar(this);
    m_message->hide();
    m_view = new QTableView(this);
    m_view->setObjectName(objectName);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Editing in place is deliberate: F2 (editInPlace()) or a double-click, never typing.
    m_view->setEditTriggers(m_inlineColumn >= 0 ? QAbstractItemView::DoubleClicked
                                                : QAbstractItemView::NoEditTriggers);
    if (m_inlineColumn >= 0) {
        m_proxy->setEditableColumn(m_inlineColumn);
        auto *delegate = new InlineEditDelegate(m_view);
        m_view->setItemDelegateForColumn(m_inlineColumn, delegate);
        connect(delegate, &InlineEditDelegate::editingStarted, this,
                [this] { m_status->setText(tr("Editing in place: Enter saves, Esc cancels")); });
        connect(delegate, &QAbstractItemDelegate::closeEditor, this, &EntityPane::updatePage);
        connect(delegate, &InlineEditDelegate::committed, this, &EntityPane::onInlineCommitted);
    }
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(sortColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_placeholder);

    m_bar = new QHBoxLayout;
    m_bar->addWidget(m_search, 1);
    m_bar->addWidget(m_status);
    m_bar->addWidget(m_newButton);
    m_bar->addWidget(m_editButton);
    m_bar->addWidget(m_deleteButton);
    m_bar->addWidget(m_refreshButton);
    m_layout = new QVBoxLayout(this);
    m_layout->addLayout(m_bar);
    m_layout->addWidget(m_message);
    m_layout->addWidget(m_pages, 1);
    buildActions(canDelete);

    connect(&m_store, &StoreBase::loadingChanged, this, [this] {
        updatePage();
        updateActions();
    });
    connect(&m_store, &StoreBase::loaded, this, &EntityPane::onLoaded);
    connect(&m_store, &StoreBase::cleared, this, [this] {
        // Another profile: its predecessor's errors and pending reselection mean nothing now.
        m_message->hide();
        m_message->clearActions();
        m_keptId.clear();
        m_keptScroll = -1;
        updatePage();
        updateActions();
    });
    connect(&m_store, &StoreBase::loadFailed, this, &EntityPane::onLoadFailed);
    connect(&m_store, &StoreBase::operationFailed, this,
            [this](const ApiError &error) { showError(error.userText()); });
    connect(m_undo, &ApiUndoStack::stepFailed, this, &EntityPane::onStepFailed);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EntityPane::updatePage);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &EntityPane::updatePage);
    retranslate();
    updateActions();
    if (m_store.hasLoaded())
        return;
    if (m_store.loadError().isError())
        onLoadFailed(m_store.loadError());
    else if (!m_store.isLoading())
        m_store.reload();
}

void EntityPane::buildActions(bool canDelete)
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_newAction);
    m_editAction = new QAction(this);
    if (m_inlineColumn < 0) {
        m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
        m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    } else {
        // F2 edits the cell in place; Enter (activated) and Shift+F2 still open the dialog.
        m_editAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F2));
        m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_inlineAction = new QAction(this);
        m_inlineAction->setShortcut(QKeySequence(Qt::Key_F2));
        m_inlineAction->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(m_inlineAction);
        connect(m_inlineAction, &QAction::triggered, this, &EntityPane::editInPlace);
    }
    addAction(m_editAction);
    // Delete only from the table, so it keeps deleting text in the search box.
    m_deleteAction = new QAction(this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    if (canDelete)
        m_view->addAction(m_deleteAction);
    m_retryAction = MessageBar::offer(new QAction(this));

    connect(m_newAction, &QAction::triggered, this, &EntityPane::newItem);
    connect(m_editAction, &QAction::triggered, this, &EntityPane::editCurrent);
    connect(m_deleteAction, &QAction::triggered, this, &EntityPane::deleteCurrent);
    connect(m_retryAction, &QAction::triggered, this, &EntityPane::refresh);
    connect(m_newButton, &QPushButton::clicked, this, &EntityPane::newItem);
    connect(m_editButton, &QPushButton::clicked, this, &EntityPane::editCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, &EntityPane::deleteCurrent);
    connect(m_refreshButton, &QPushButton::clicked, this, &EntityPane::refresh);
    // Enter/Return and double-click activate a row: edit it.
    connect(m_view, &QAbstractItemView::activated, this, &EntityPane::editCurrent);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &SearchFilterModel::setSearchText);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EntityPane::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EntityPane::updateActions);
}

void EntityPane::retranslate()
{
    m_texts = texts();
    const Texts &t = m_texts;
    m_search->setPlaceholderText(t.search);
    m_search->setAccessibleName(t.searchName);
    m_newButton->setText(tr("&New…"));
    m_newButton->setAccessibleName(t.newName);
    m_newButton->setToolTip(tr("%1 (Ctrl+N)").arg(t.newName));
    m_editButton->setText(tr("&Edit…"));
    m_editButton->setAccessibleName(t.editName);
    m_editButton->setToolTip(m_inlineAction ? tr("%1 (Enter or Shift+F2)").arg(t.editName)
                                            : tr("%1 (F2 or Enter)").arg(t.editName));
    if (m_inlineAction)
        m_inlineAction->setText(tr("Edit in place (F2)"));
    m_deleteButton->setText(tr("&Delete"));
    m_deleteButton->setAccessibleName(t.deleteName);
    m_deleteButton->setToolTip(tr("%1 (Delete)").arg(t.deleteName));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setAccessibleName(t.refreshName);
    m_refreshButton->setToolTip(tr("%1 (F5)").arg(t.refreshName));
    m_view->setAccessibleName(t.viewName);
    m_status->setAccessibleName(tr("%1 status").arg(t.viewName));
    m_newAction->setText(t.newName);
    m_editAction->setText(t.editName);
    m_deleteAction->setText(t.deleteName);
    m_retryAction->setText(tr("&Retry"));
    retranslateExtra();
    updatePage();
}

void EntityPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_view)
        retranslate();
    QWidget::changeEvent(event);
}

void EntityPane::find()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void EntityPane::refresh()
{
    m_keptId = currentId();
    m_keptScroll = m_view->verticalScrollBar()->value();
    m_store.reload();
}

void EntityPane::pushCommand(QUndoCommand *command)
{
    m_undo->pushCommand(command);
}

QString EntityPane::currentId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(idRole).toString();
}

bool EntityPane::selectId(const QString &id)
{
    return select(id, true);
}

bool EntityPane::select(const QString &id, bool scroll)
{
    if (id.isEmpty())
        return false;
    const QModelIndexList hits =
        m_proxy->match(m_proxy->index(0, 0), idRole, id, 1, Qt::MatchExactly);
    if (hits.isEmpty())
        return false;
    const QModelIndex index = hits.first();
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    if (scroll)
        m_view->scrollTo(index);
    return true;
}

bool EntityPane::editInPlace()
{
    const QModelIndex current = m_view->currentIndex();
    if (m_inlineColumn < 0 || !current.isValid() || currentId().isEmpty())
        return false;
    const QModelIndex cell = current.siblingAtColumn(m_inlineColumn);
    m_view->setCurrentIndex(cell);
    m_view->edit(cell);
    return m_view->indexWidget(cell) != nullptr;
}

void EntityPane::onInlineCommitted(const QPersistentModelIndex &index, const QString &value)
{
    if (!index.isValid())
        return;
    const QString id = index.data(idRole).toString();
    const QString before = index.data(Qt::DisplayRole).toString();
    if (id.isEmpty() || value.isEmpty() || value == before)
        return;
    if (!m_isProduction || !m_isProduction()) {
        applyInlineEdit(id, value);
        return;
    }
    QuestionProvider::Question q;
    q.title = tr("Change on production");
    q.text = m_texts.inlineConfirm.arg(before, value);
    q.informativeText = tr("The active profile is marked production: the change is sent to the "
                           "live community at once. Undo sends the old value back.");
    q.confirmText = tr("Send change");
    q.destructive = true;
    m_questions.confirm(this, q, this, [this, id, value](bool confirmed) {
        if (confirmed)
            applyInlineEdit(id, value);
    });
}

void EntityPane::updateActions()
{
    const bool selected = !currentId().isEmpty();
    m_editAction->setEnabled(selected);
    if (m_inlineAction)
        m_inlineAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
    m_editButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
    m_refreshButton->setEnabled(!m_store.isLoading());
    selectionChanged(selected);
}

void EntityPane::setHeader(QWidget *header)
{
    header->setParent(this);
    m_layout->insertWidget(0, header);
}

void EntityPane::updatePage()
{
    m_status->setText(m_store.isLoading() ? tr("Loading…") : QString());
    // Never an empty table that looks like "no data": say what the emptiness means.
    if (m_model->rowCount() > 0) {
        m_pages->setCurrentWidget(m_view);
        return;
    }
    const Texts &t = m_texts;
    if (m_store.isLoading())
        m_placeholder->setText(t.loading);
    else if (m_store.loadError().isError() && !m_store.hasLoaded())
        m_placeholder->setText(t.notLoaded);
    else if (!m_store.hasLoaded())
        m_placeholder->setText(tr("Waiting for the connection…"));
    else
        m_placeholder->setText(t.empty);
    m_pages->setCurrentWidget(m_placeholder);
}

void EntityPane::onLoaded()
{
    m_message->hide();
    m_message->clearActions();
    updatePage();
    // The model applied the reload as a diff; put back what the user was looking at in case
    // the row moved or the selection was dropped with a removed row.
    if (!m_keptId.isEmpty() && currentId() != m_keptId)
        select(m_keptId, false);
    if (m_keptScroll >= 0)
        m_view->verticalScrollBar()->setValue(m_keptScroll);
    m_keptId.clear();
    m_keptScroll = -1;
}

void EntityPane::onLoadFailed(const ApiError &error)
{
    m_keptId.clear();
    m_keptScroll = -1;
    const Texts &t = m_texts;
    m_message->clearActions();
    m_message->showMessage(
        MessageBar::Kind::Error,
        (m_model->rowCount() > 0 ? t.refreshError : t.loadError).arg(error.userText()));
    m_message->addActionButton(m_retryAction);
    m_message->show();
    updatePage();
}

void EntityPane::onStepFailed(const QString &text, bool undoing, bool reverted,
                              const ApiError &error)
{
    QString message = undoing ? tr("Could not undo \"%1\": %2").arg(text, error.userText())
                              : tr("Could not do \"%1\": %2").arg(text, error.userText());
    if (reverted)
        message += u'\n' + (undoing ? tr("The step stays in the undo history; Undo tries again.")
                                    : tr("Nothing was changed; Redo tries again."));
    showError(message);
}

void EntityPane::showError(const QString &text)
{
    m_message->clearActions();
    m_message->showMessage(MessageBar::Kind::Error, text);
    m_message->show();
}

} // namespace ra
