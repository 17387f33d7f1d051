#include "panes/rolespane.h"

#include "item/rolefiltermodel.h"
#include "item/roletablemodel.h"
#include "panes/createentitycommand.h"
#include "panes/deleteentitycommand.h"
#include "panes/editentitycommand.h"
#include "panes/roledialog.h"
#include "questionprovider.h"
#include "stores/rolestore.h"

#include <QAction>
#include <QTableView>
#include <QUndoCommand>

#include <algorithm>

namespace ra {

RolesPane::RolesPane(RoleStore &store, QuestionProvider &questions, QWidget *parent)
    : EntityPane(store, questions, parent)
    , m_store(store)
    , m_model(new RoleTableModel(&store, this))
    , m_proxy(new RoleFilterModel(this))
{
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
    initPane(m_model, m_proxy, QStringLiteral("roleTable"), QStringLiteral("roleSearch"),
             int(RoleTableModel::Column::Order), int(RoleTableModel::Column::Description));
    view()->setDragEnabled(true);
    view()->setAcceptDrops(true);
    view()->setDropIndicatorShown(true);
    view()->setDragDropMode(QAbstractItemView::DragDrop);
    view()->setDefaultDropAction(Qt::MoveAction);
}

RolesPane::~RolesPane() = default;

EntityPane::Texts RolesPane::texts() const
{
    Texts t;
    t.search = tr("Search roles (Ctrl+F)");
    t.searchName = tr("Search roles");
    t.newName = tr("New role");
    t.editName = tr("Edit role");
    t.deleteName = tr("Delete role");
    t.refreshName = tr("Refresh roles");
    t.viewName = tr("Roles");
    t.loading = tr("Loading roles…");
    t.notLoaded = tr("The roles could not be loaded.");
    t.empty = tr("This server has no roles yet. Press Ctrl+N to create one.");
    t.loadError = tr("Could not load the roles: %1");
    t.refreshError = tr("Could not refresh the roles: %1 The table shows the last loaded list.");
    return t;
}

void RolesPane::retranslateExtra()
{
    m_moveUpAction->setText(tr("Move Role Up"));
    m_moveDownAction->setText(tr("Move Role Down"));
}

void RolesPane::selectionChanged(bool selected)
{
    m_moveUpAction->setEnabled(selected);
    m_moveDownAction->setEnabled(selected);
}

void RolesPane::newItem()
{
    Role role;
    role.order = m_store.nextOrder();
    auto *dialog = new RoleDialog(role, true, questions(), this);
    connect(dialog, &RoleDialog::roleAccepted, this, [this](const Role &r) {
        pushCommand(
            new CreateEntityCommand<RoleStore>(m_store, r, tr("Create role \"%1\"").arg(r.title)));
    });
    dialog->open();
}

void RolesPane::editCurrent()
{
    const std::optional<Role> current = m_store.role(currentId());
    if (!current)
        return;
    auto *dialog = new RoleDialog(*current, false, questions(), this);
    connect(dialog, &RoleDialog::roleAccepted, this, [this, before = *current](const Role &r) {
        pushCommand(new EditEntityCommand<RoleStore>(m_store, before, r,
                                                     tr("Edit role \"%1\"").arg(before.title)));
    });
    dialog->open();
}

void RolesPane::deleteCurrent()
{
    const std::optional<Role> current = m_store.role(currentId());
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
    questions().confirm(this, q, this, [this, role = *current](bool confirmed) {
        if (confirmed)
            pushCommand(new DeleteEntityCommand<RoleStore>(
                m_store, role, tr("Delete role \"%1\"").arg(role.title)));
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
    const QString id = currentId();
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
        new EditEntityCommand<RoleStore>(m_store, sorted.at(i), after,
                                         tr("Edit role \"%1\"").arg(after.title), macro);
    }
    if (macro->childCount() == 0) {
        delete macro;
        return;
    }
    pushCommand(macro);
}

} // namespace ra
