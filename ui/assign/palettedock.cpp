#include "assign/palettedock.h"

#include "assign/palettetile.h"
#include "assign/tileflowlayout.h"
#include "item/roletablemodel.h"
#include "stores/badgestore.h"
#include "stores/imagecache.h"
#include "stores/rolestore.h"
#include "stores/serverstore.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ra {

PaletteDock::PaletteDock(ServerStore &servers, RoleStore &roles, BadgeStore &badges,
                         ImageCache *images, QWidget *parent)
    : QDockWidget(parent)
    , m_servers(servers)
    , m_roles(roles)
    , m_badges(badges)
    , m_images(images)
{
    setObjectName(QStringLiteral("paletteDock")); // saveState() keys docks by object name
    setAllowedAreas(Qt::AllDockWidgetAreas);

    auto *body = new QWidget(this);
    body->setMinimumWidth(200);
    auto *layout = new QVBoxLayout(body);
    m_serverPicker = new QComboBox(body);
    m_serverPicker->setObjectName(QStringLiteral("paletteServerPicker"));
    m_search = new QLineEdit(body);
    m_search->setObjectName(QStringLiteral("paletteSearch"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_serverPicker);
    layout->addWidget(m_search);

    auto *scroll = new QScrollArea(body);
    scroll->setObjectName(QStringLiteral("paletteTiles"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);
    m_rolesTitle = new QLabel(content);
    m_roleBox = new QWidget(content);
    m_roleFlow = new TileFlowLayout(m_roleBox);
    m_roleFlow->setContentsMargins(0, 0, 0, 0);
    m_badgesTitle = new QLabel(content);
    m_badgeBox = new QWidget(content);
    m_badgeFlow = new TileFlowLayout(m_badgeBox);
    m_badgeFlow->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(content);
    m_empty->setWordWrap(true);
    m_empty->hide();
    for (QLabel *title : {m_rolesTitle, m_badgesTitle}) {
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
    }
    contentLayout->addWidget(m_rolesTitle);
    contentLayout->addWidget(m_roleBox);
    contentLayout->addWidget(m_badgesTitle);
    contentLayout->addWidget(m_badgeBox);
    contentLayout->addWidget(m_empty);
    contentLayout->addStretch(1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    m_hint = new QLabel(body);
    m_hint->setWordWrap(true);
    // The long hint wraps to the dock's width instead of asking for a wide dock.
    m_hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_hint->setEnabled(false); // the hint is secondary text
    layout->addWidget(m_hint);
    setWidget(body);

    connect(m_search, &QLineEdit::textChanged, this, &PaletteDock::applySearch);
    connect(m_serverPicker, &QComboBox::activated, this,
            [this](int index) { setServerId(m_serverPicker->itemData(index).toString()); });
    for (StoreBase *store :
         {static_cast<StoreBase *>(&m_roles), static_cast<StoreBase *>(&m_badges)})
        connect(store, &StoreBase::loaded, this, &PaletteDock::rebuild);
    connect(&m_roles, &RoleStore::added, this, &PaletteDock::rebuild);
    connect(&m_roles, &RoleStore::changed, this, &PaletteDock::rebuild);
    connect(&m_roles, &StoreBase::removed, this, &PaletteDock::rebuild);
    connect(&m_badges, &BadgeStore::added, this, &PaletteDock::rebuild);
    connect(&m_badges, &BadgeStore::changed, this, &PaletteDock::rebuild);
    connect(&m_badges, &StoreBase::removed, this, &PaletteDock::rebuild);
    connect(&m_servers, &StoreBase::loaded, this, &PaletteDock::refreshServers);
    connect(&m_servers, &ServerStore::changed, this, &PaletteDock::refreshServers);
    if (m_images)
        connect(m_images, &ImageCache::imageLoaded, this, &PaletteDock::onImageLoaded);
    retranslate();
    refreshServers();
    rebuild();
}

void PaletteDock::setCommunityId(const QString &communityId)
{
    m_communityId = communityId;
    // A new community starts on its own server again.
    m_roles.setServerId(QString());
    refreshServers();
    updateTitle();
}

QString PaletteDock::serverId() const
{
    return m_roles.serverId();
}

QString PaletteDock::serverName() const
{
    const QString id = serverId();
    const std::optional<Server> server = m_servers.server(id);
    return server && !server->name.isEmpty() ? server->name : id;
}

QString PaletteDock::communityName() const
{
    const std::optional<Server> server = m_servers.server(m_communityId);
    return server && !server->name.isEmpty() ? server->name : m_communityId;
}

void PaletteDock::setServerId(const QString &serverId)
{
    if (serverId.isEmpty() || serverId == m_roles.serverId())
        return;
    // The community's own server is the store's default (no server id set).
    m_roles.setServerId(serverId == m_communityId ? QString() : serverId);
    const int index = m_serverPicker->findData(m_roles.serverId());
    if (index >= 0)
        m_serverPicker->setCurrentIndex(index);
    updateTitle();
    rebuild();
    emit serverChanged(m_roles.serverId());
}

void PaletteDock::refreshServers()
{
    const QString current = serverId();
    m_serverPicker->clear();
    for (const Server &s : m_servers.servers())
        m_serverPicker->addItem(s.name.isEmpty() ? s.id : s.name, s.id);
    if (m_serverPicker->findData(current) < 0 && !current.isEmpty())
        m_serverPicker->addItem(current, current);
    m_serverPicker->setCurrentIndex(m_serverPicker->findData(current));
    m_serverPicker->setVisible(m_serverPicker->count() > 1);
    updateTitle();
}

PaletteTile *PaletteDock::addTile(const AssignTarget &target)
{
    auto *tile =
        new PaletteTile(target, target.kind == AssignTarget::Kind::Role ? m_roleBox : m_badgeBox);
    connect(tile, &PaletteTile::usersDropped, this, &PaletteDock::giveToUsers);
    connect(tile, &PaletteTile::listPasted, this, &PaletteDock::giveToList);
    connect(tile, &PaletteTile::csvDropped, this, &PaletteDock::giveToCsv);
    connect(tile, &PaletteTile::menuRequested, this, &PaletteDock::showMenu);
    (target.kind == AssignTarget::Kind::Role ? m_roleFlow : m_badgeFlow)->addWidget(tile);
    m_tiles.append(tile);
    return tile;
}

void PaletteDock::rebuild()
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    const QString server = m_roles.serverId();
    for (const Role &r : m_roles.roles()) {
        AssignTarget t;
        t.kind = AssignTarget::Kind::Role;
        t.id = r.id;
        t.name = r.title;
        t.serverId = server;
        addTile(t)->setSwatch(RoleTableModel::colorOf(r.colorClass));
    }
    for (const Badge &b : m_badges.badges()) {
        AssignTarget t;
        t.kind = AssignTarget::Kind::Badge;
        t.id = b.id;
        t.name = b.title;
        PaletteTile *tile = addTile(t);
        const QString url = !b.image.isEmpty() ? b.image : b.lightImage;
        tile->setImageUrl(url);
        if (m_images && !url.isEmpty())
            tile->setImage(m_images->image(url));
    }
    // Tab walks the tiles in the order shown.
    QWidget *previous = m_search;
    for (PaletteTile *tile : std::as_const(m_tiles)) {
        setTabOrder(previous, tile);
        previous = tile;
    }
    applySearch();
    updateTitle();
}

void PaletteDock::applySearch()
{
    const QString term = m_search->text().trimmed();
    int roles = 0;
    int badges = 0;
    for (PaletteTile *tile : std::as_const(m_tiles)) {
        const bool shown =
            term.isEmpty() || tile->target().name.contains(term, Qt::CaseInsensitive);
        tile->setVisible(shown);
        if (shown)
            ++(tile->target().kind == AssignTarget::Kind::Role ? roles : badges);
    }
    m_rolesTitle->setVisible(roles > 0);
    m_roleBox->setVisible(roles > 0);
    m_badgesTitle->setVisible(badges > 0);
    m_badgeBox->setVisible(badges > 0);
    m_empty->setVisible(roles + badges == 0);
    if (roles + badges == 0) {
        const bool loading = m_roles.isLoading() || m_badges.isLoading();
        m_empty->setText(loading          ? tr("Loading roles and badges…")
                         : term.isEmpty() ? tr("This server has no roles or badges yet.")
                                          : tr("No role or badge matches \"%1\".").arg(term));
    }
}

PaletteTile *PaletteDock::tile(AssignTarget::Kind kind, const QString &id) const
{
    for (PaletteTile *t : m_tiles) {
        if (t->target().kind == kind && t->target().id == id)
            return t;
    }
    return nullptr;
}

void PaletteDock::onImageLoaded(const QString &url)
{
    for (PaletteTile *t : std::as_const(m_tiles)) {
        if (t->imageUrl() == url && m_images)
            t->setImage(m_images->image(url));
    }
}

QMenu *PaletteDock::buildMenu(const AssignTarget &target, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const QStringList selected = m_selected ? m_selected() : QStringList();
    QAction *toSelected = menu->addAction(
        selected.isEmpty()
            ? tr("Give to selected users (none selected)")
            : tr("Give to selected users (%1)").arg(QLocale().toString(selected.size())));
    toSelected->setObjectName(QStringLiteral("giveToSelected"));
    toSelected->setEnabled(!selected.isEmpty());
    connect(toSelected, &QAction::triggered, this,
            [this, target, selected] { emit giveToUsers(target, selected); });

    const qint64 matching = m_filterCount ? m_filterCount() : -1;
    QAction *toFilter = menu->addAction(
        matching >= 0
            ? tr("Give to everyone matching the filter (%1)").arg(QLocale().toString(matching))
            : tr("Give to everyone matching the filter (counted before sending)"));
    toFilter->setObjectName(QStringLiteral("giveToFilter"));
    // Unknown is not none: the members are listed and counted in the preview first.
    toFilter->setEnabled(matching != 0);
    connect(toFilter, &QAction::triggered, this, [this, target] { emit giveToFilter(target); });

    QAction *toList = menu->addAction(tr("Give to…"));
    toList->setObjectName(QStringLiteral("giveToDialog"));
    connect(toList, &QAction::triggered, this,
            [this, target] { emit giveToDialogRequested(target); });
    QAction *toCsv = menu->addAction(tr("Give to users from a CSV file…"));
    toCsv->setObjectName(QStringLiteral("giveToCsv"));
    connect(toCsv, &QAction::triggered, this, [this, target] { chooseCsv(target); });
    return menu;
}

void PaletteDock::showMenu(const AssignTarget &target, const QPoint &globalPos)
{
    QMenu *menu = buildMenu(target, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

void PaletteDock::chooseCsv(const AssignTarget &target)
{
    auto *dialog =
        new QFileDialog(this, tr("Give %1 to users from a CSV file").arg(target.describe()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("CSV files (*.csv *.txt)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, target](const QString &path) { emit giveToCsv(target, path); });
    dialog->open();
}

void PaletteDock::updateTitle()
{
    const QString name = serverName();
    setWindowTitle(name.isEmpty() ? tr("Palette") : tr("Palette: %1").arg(name));
}

void PaletteDock::retranslate()
{
    m_search->setPlaceholderText(tr("Search roles and badges"));
    m_search->setAccessibleName(tr("Search roles and badges"));
    if (auto *tiles = findChild<QScrollArea *>(QStringLiteral("paletteTiles")))
        tiles->setAccessibleName(tr("Roles and badges to give"));
    m_serverPicker->setToolTip(tr("The server whose roles the palette shows"));
    m_rolesTitle->setText(tr("Roles"));
    m_badgesTitle->setText(tr("Badges"));
    m_hint->setText(tr("Drop members here, paste ids, usernames or e-mails (Ctrl+V), or drop a "
                       "CSV file on a tile. Drag a tile onto a member to give it to them."));
    updateTitle();
    applySearch();
}

void PaletteDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

} // namespace ra
