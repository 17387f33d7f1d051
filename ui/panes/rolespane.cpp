#include "panes/rolespane.h"

#include "item/rolefiltermodel.h"
#include "item/roletablemodel.h"
#include "messagebar.h"
#include "panes/createrolecommand.h"
#include "panes/deleterolecommand.h"
#include "panes/editrolecommand.h"
#include "panes/roledialog.h"
#include "questionprovider.h"
#include "stores/rolestore.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace ra {

RolesPane::RolesPane(RoleStore &store, QuestionProvider &questions, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_questions(questions)
    , m_model(new RoleTableModel(&store, this))
    , m_proxy(new RoleFilterModel(this))
    , m_undo(new QUndoStack(this))
{
    m_proxy->setSourceModel(m_model);
    buildUi();
    connect(&store, &RoleStore::loadingChanged, this, [this] {
        updatePage();
        updateActions();
    });
    connect(&store, &RoleStore::loaded, this, [this] {
        m_message->hide();
        m_message->clearActions();
        updatePage();
    });
    connect(&store, &RoleStore::loadFailed, this, &RolesPane::onLoadFailed);
    connect(&store, &RoleStore::operationFailed, this, &RolesPane::showOperationError);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RolesPane::updatePage);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RolesPane::updatePage);
    retranslate();
    updatePage();
    updateActions();
    if (store.hasLoaded())
        return;
    if (store.loadError().isError())
        onLoadFailed(store.loadError());
    else if (!store.isLoading())
        store.reload();
}

RolesPane::~RolesPane() = default;

void RolesPane::buildUi()
{
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("roleSearch"));
    m_newButton = new QPushButton(this);
    m_editButton = new QPushButton(this);
    m_deleteButton = new QPushButton(this);
    m_refreshButton = new QPushButton(this);
    m_status = new QLabel(this);
    m_message = new MessageBar(this);
    m_message->hide();
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("roleTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(int(RoleTableModel::Column::Order), Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(int(RoleTableModel::Column::Description), QHeaderView::Stretch);
    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_placeholder);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_newButton);
    bar->addWidget(m_editButton);
    bar->addWidget(m_deleteButton);
    bar->addWidget(m_refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_pages, 1);

    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_newAction);
    m_editAction = new QAction(this);
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_editAction);
    // Delete only from the table, so it keeps deleting text in the search box.
    m_deleteAction = new QAction(this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_deleteAction);
    m_retryAction = new QAction(this);
    m_moveUpAction = new QAction(this);
    m_moveUpAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    m_moveUpAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_moveUpAction);
    m_moveDownAction = new QAction(this);
    m_moveDownAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    m_moveDownAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_moveDownAction);
    connect(m_moveUpAction, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_moveDownAction, &QAction::triggered, this, [this] { moveCurrent(1); });
    connect(m_model, &RoleTableModel::moveRequested, this, &RolesPane::moveRole);

    connect(m_newAction, &QAction::triggered, this, &RolesPane::newRole);
    connect(m_editAction, &QAction::triggered, this, &RolesPane::editCurrent);
    connect(m_deleteAction, &QAction::triggered, this, &RolesPane::deleteCurrent);
    connect(m_retryAction, &QAction::triggered, this, &RolesPane::refresh);
    connect(m_newButton, &QPushButton::clicked, this, &RolesPane::newRole);
    connect(m_editButton, &QPushButton::clicked, this, &RolesPane::editCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, &RolesPane::deleteCurrent);
    connect(m_refreshButton, &QPushButton::clicked, this, &RolesPane::refresh);
    // Enter/Return and double-click activate a row: edit it.
    connect(m_view, &QAbstractItemView::activated, this, &RolesPane::editCurrent);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &RoleFilterModel::setSearchText);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RolesPane::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RolesPane::updateActions);
}

void RolesPane::retranslate()
{
    m_search->setPlaceholderText(tr("Search roles (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search roles"));
    m_newButton->setText(tr("&New…"));
    m_newButton->setAccessibleName(tr("New role"));
    m_newButton->setToolTip(tr("New role (Ctrl+N)"));
    m_editButton->setText(tr("&Edit…"));
    m_editButton->setAccessibleName(tr("Edit role"));
    m_editButton->setToolTip(tr("Edit the selected role (F2 or Enter)"));
    m_deleteButton->setText(tr("&Delete"));
    m_deleteButton->setAccessibleName(tr("Delete role"));
    m_deleteButton->setToolTip(tr("Delete the selected role (Delete)"));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setAccessibleName(tr("Refresh roles"));
    m_refreshButton->setToolTip(tr("Load the roles again (F5)"));
    m_view->setAccessibleName(tr("Roles"));
    m_status->setAccessibleName(tr("Roles status"));
    m_newAction->setText(tr("New Role"));
    m_editAction->setText(tr("Edit Role"));
    m_deleteAction->setText(tr("Delete Role"));
    m_retryAction->setText(tr("&Retry"));
    m_moveUpAction->setText(tr("Move Role Up"));
    m_moveDownAction->setText(tr("Move Role Down"));
    updatePage();
}

void RolesPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RolesPane::find()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RolesPane::refresh()
{
    m_store.reload();
}

QString RolesPane::currentRoleId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(int(RoleTableModel::DataRole::Id)).toString();
}

bool RolesPane::selectRole(const QString &id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfId(id));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void RolesPane::updateActions()
{
    const bool selected = !currentRoleId().isEmpty();
    m_editAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
    m_moveUpAction->setEnabled(selected);
    m_moveDownAction->setEnabled(selected);
    m_editButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
    m_refreshButton->setEnabled(!m_store.isLoading());
}

void RolesPane::updatePage()
{
    m_status->setText(m_store.isLoading() ? tr("Loading…") : QString());
    // Never an empty table that looks like "no roles": say what the emptiness means.
    if (m_model->rowCount() > 0) {
        m_pages->setCurrentWidget(m_view);
        return;
    }
    if (m_store.isLoading())
        m_placeholder->setText(tr("Loading roles…"));
    else if (m_store.loadError().isError() && !m_store.hasLoaded())
        m_placeholder->setText(tr("The roles could not be loaded."));
    else
        m_placeholder->setText(tr("This server has no roles yet. Press Ctrl+N to create one."));
    m_pages->setCurrentWidget(m_placeholder);
}

void RolesPane::onLoadFailed(const ApiError &error)
{
    m_message->clearActions();
    m_message->showMessage(MessageBar::Kind::Error,
                           m_model->rowCount() > 0
                               ? tr("Could not refresh the roles: %1 The table shows the "
                                    "last loaded list.")
                                     .arg(error.userText())
                               : tr("Could not load the roles: %1").arg(error.userText()));
    m_message->addActionButton(m_retryAction);
    m_message->show();
    updatePage();
}

void RolesPane::showOperationError(const ApiError &error)
{
    m_message->clearActions();
    m_message->showMessage(MessageBar::Kind::Error, error.userText());
    m_message->show();
}

void RolesPane::newRole()
{
    Role role;
    role.order = m_store.nextOrder();
    auto *dialog = new RoleDialog(role, true, this);
    connect(dialog, &RoleDialog::roleAccepted, this,
            [this](const Role &r) { m_undo->push(new CreateRoleCommand(m_store, r)); });
    dialog->open();
}

void RolesPane::editCurrent()
{
    const std::optional<Role> current = m_store.role(currentRoleId());
    if (!current)
        return;
    auto *dialog = new RoleDialog(*current, false, this);
    connect(dialog, &RoleDialog::roleAccepted, this, [this, before = *current](const Role &r) {
        m_undo->push(new EditRoleCommand(m_store, before, r));
    });
    dialog->open();
}

void RolesPane::deleteCurrent()
{
    const std::optional<Role> current = m_store.role(currentRoleId());
    if (!current)
        return;
    QuestionProvider::Question q;
    q.title = tr("Delete Role");
    q.text = tr("Delete the role \"%1\"?").arg(current->title);
    const qint64 members = RoleTableModel::memberCount(*current);
    const QString holders = members >= 0
                                ? tr("%n member(s) hold this role and will lose its permissions.",
                                     nullptr, int(members))
                                : tr("Every member who holds this role will lose its permissions.");
    q.informativeText =
        holders + u' ' +
        tr("Undo re-creates the role with the same settings, but not its member assignments.");
    q.confirmText = tr("Delete");
    q.destructive = true;
    m_questions.confirm(this, q, this, [this, role = *current](bool confirmed) {
        if (confirmed)
            m_undo->push(new DeleteRoleCommand(m_store, role));
    });
}

namespace {
QList<Role> byHierarchy(QList<Role> roles)
{
    std::stable_sort(roles.begin(), roles.end(),
                     [](const Role &a, const Role &b) { return a.order < b.order; });
    return roles;
}
} // namespace

void RolesPane::moveCurrent(int step)
{
    const QString id = currentRoleId();
    const QList<Role> sorted = byHierarchy(m_store.roles());
    for (int i = 0; i < sorted.size(); ++i) {
        if (sorted.at(i).id == id) {
            const int to = i + step;
            if (to >= 0 && to < sorted.size())
                moveRole(id, sorted.at(to).id);
            return;
        }
    }
}

void RolesPane::moveRole(const QString &id, const QString &targetId)
{
    QList<Role> sorted = byHierarchy(m_store.roles());
    auto position = [&sorted](const QString &roleId) {
        for (int i = 0; i < sorted.size(); ++i) {
            if (sorted.at(i).id == roleId)
                return i;
        }
        return -1;
    };
    const int from = position(m_store.currentId(id));
    const int to = targetId.isEmpty() ? int(sorted.size()) - 1 : position(targetId);
    if (from < 0 || to < 0 || from == to)
        return;
    // Keep the order values in use, so roles outside the move keep theirs; renumber only when
    // they are not distinct (a swap of equal values would change nothing).
    QList<qint64> positions;
    for (const Role &r : sorted)
        positions.append(r.order);
    if (std::adjacent_find(positions.begin(), positions.end()) != positions.end()) {
        for (int i = 0; i < positions.size(); ++i)
            positions[i] = i;
    }
    const Role moving = sorted.takeAt(from);
    sorted.insert(to, moving);
    auto *macro = new QUndoCommand(tr("Move role \"%1\"").arg(moving.title));
    for (int i = 0; i < sorted.size(); ++i) {
        if (sorted.at(i).order == positions.at(i))
            continue;
        Role after = sorted.at(i);
        after.order = positions.at(i);
        new EditRoleCommand(m_store, sorted.at(i), after, macro);
    }
    if (macro->childCount() == 0) {
        delete macro;
        return;
    }
    m_undo->push(macro);
}

} // namespace ra
