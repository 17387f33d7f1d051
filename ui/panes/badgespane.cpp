#include "panes/badgespane.h"

#include "item/badgefiltermodel.h"
#include "item/badgetablemodel.h"
#include "panes/badgedialog.h"
#include "panes/createentitycommand.h"
#include "panes/deleteentitycommand.h"
#include "panes/editentitycommand.h"
#include "questionprovider.h"
#include "stores/badgestore.h"
#include "stores/imagecache.h"

#include <QHeaderView>
#include <QTableView>

namespace ra {

BadgesPane::BadgesPane(BadgeStore &store, ImageCache *images, QuestionProvider &questions,
                       QWidget *parent)
    : EntityPane(store, questions, parent)
    , m_store(store)
    , m_images(images)
    , m_model(new BadgeTableModel(&store, images, this))
    , m_proxy(new BadgeFilterModel(this))
{
    initPane(m_model, m_proxy, QStringLiteral("badgeTable"), QStringLiteral("badgeSearch"),
             int(BadgeTableModel::Column::Name), int(BadgeTableModel::Column::Description));
    const int thumb = BadgeTableModel::thumbnailSize;
    view()->setIconSize(QSize(thumb, thumb));
    view()->verticalHeader()->setDefaultSectionSize(thumb + 8);
    view()->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
}

BadgesPane::~BadgesPane() = default;

EntityPane::Texts BadgesPane::texts() const
{
    Texts t;
    t.search = tr("Search badges (Ctrl+F)");
    t.searchName = tr("Search badges");
    t.newName = tr("New badge");
    t.editName = tr("Edit badge");
    t.deleteName = tr("Delete badge");
    t.refreshName = tr("Refresh badges");
    t.viewName = tr("Badges");
    t.loading = tr("Loading badges…");
    t.notLoaded = tr("The badges could not be loaded.");
    t.empty = tr("This community has no badges yet. Press Ctrl+N to create one.");
    t.loadError = tr("Could not load the badges: %1");
    t.refreshError = tr("Could not refresh the badges: %1 The table shows the last loaded list.");
    return t;
}

void BadgesPane::newItem()
{
    Badge badge;
    badge.action = QStringLiteral("custom");
    auto *dialog = new BadgeDialog(badge, true, m_store, m_images, questions(), this);
    connect(dialog, &BadgeDialog::badgeAccepted, this, [this](const Badge &b) {
        pushCommand(new CreateEntityCommand<BadgeStore>(m_store, b,
                                                        tr("Create badge \"%1\"").arg(b.title)));
    });
    dialog->open();
}

void BadgesPane::editCurrent()
{
    const std::optional<Badge> current = m_store.badge(currentId());
    if (!current)
        return;
    auto *dialog = new BadgeDialog(*current, false, m_store, m_images, questions(), this);
    connect(dialog, &BadgeDialog::badgeAccepted, this, [this, before = *current](const Badge &b) {
        pushCommand(new EditEntityCommand<BadgeStore>(m_store, before, b,
                                                      tr("Edit badge \"%1\"").arg(before.title)));
    });
    dialog->open();
}

void BadgesPane::deleteCurrent()
{
    const std::optional<Badge> current = m_store.badge(currentId());
    if (!current)
        return;
    QuestionProvider::Question q;
    q.title = tr("Delete Badge");
    q.text = tr("Delete the badge \"%1\"?").arg(current->title);
    q.informativeText = tr("Members who hold it lose it. Undo re-creates a badge with the same "
                           "settings and image, but does not award it again.");
    q.confirmText = tr("Delete");
    q.destructive = true;
    questions().confirm(this, q, this, [this, badge = *current](bool confirmed) {
        if (confirmed)
            pushCommand(new DeleteEntityCommand<BadgeStore>(
                m_store, badge, tr("Delete badge \"%1\"").arg(badge.title)));
    });
}

} // namespace ra
