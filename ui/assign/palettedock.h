#pragma once

#include "assign/assigntarget.h"

#include <QDockWidget>
#include <QHash>
#include <QList>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QScrollArea;

namespace ra {

class BadgeStore;
class ImageCache;
class PaletteTile;
class RoleStore;
class ServerStore;
class TileFlowLayout;

// The palette: a dock with the chosen server's roles (colour swatch, name) and the community's
// badges (image through the ImageCache, name) as tiles, a search box and a server picker. The
// title names the server ("Palette: Trading Floor"). Tiles are drop targets and drag sources
// (PaletteTile); their context menu offers "Give to selected users", "Give to everyone matching
// the filter (N)", "Give to…" and "Give to users from a CSV file…". The palette sends nothing
// itself: every way of handing something out ends in one of its signals, which the composition
// root turns into a single change or a bulk job. Borrows the stores; the role store follows the
// server picker (RoleStore::setServerId()). GUI thread.
class PaletteDock : public QDockWidget
{
    Q_OBJECT

public:
    PaletteDock(ServerStore &servers, RoleStore &roles, BadgeStore &badges, ImageCache *images,
                QWidget *parent = nullptr);

    // The community the client is bound to: its server is the default choice and names the
    // community on every assignment screen.
    void setCommunityId(const QString &communityId);
    QString communityId() const { return m_communityId; }
    // The server whose roles the palette shows, and the names screens use.
    QString serverId() const;
    QString serverName() const;
    QString communityName() const;
    void setServerId(const QString &serverId);

    // What the context menu counts: the Users pane's selection and everyone its filter matches
    // (-1 while unknown).
    void setSelectionProvider(std::function<QStringList()> selected) { m_selected = selected; }
    void setFilterCountProvider(std::function<qint64()> count) { m_filterCount = count; }

    QList<PaletteTile *> tiles() const { return m_tiles; }
    PaletteTile *tile(AssignTarget::Kind kind, const QString &id) const;
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *serverPicker() const { return m_serverPicker; }
    // The context menu of `target`, built as it would be shown (tests look at its actions).
    QMenu *buildMenu(const AssignTarget &target, QWidget *parent);

signals:
    // Ids dropped on a tile (the Users table's selection) or the selection via the menu.
    void giveToUsers(const ra::AssignTarget &target, const QStringList &userIds);
    // "Give to everyone matching the filter".
    void giveToFilter(const ra::AssignTarget &target);
    // A list pasted (Ctrl+V), dropped as text or typed in "Give to…".
    void giveToList(const ra::AssignTarget &target, const QString &text);
    // A CSV file dropped on a tile or chosen in "Give to users from a CSV file…".
    void giveToCsv(const ra::AssignTarget &target, const QString &path);
    // "Give to…": the composition opens the dialog (it knows the community and server names).
    void giveToDialogRequested(const ra::AssignTarget &target);
    void serverChanged(const QString &serverId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void refreshServers();
    void applySearch();
    void updateTitle();
    void retranslate();
    void onImageLoaded(const QString &url);
    PaletteTile *addTile(const AssignTarget &target);
    void showMenu(const AssignTarget &target, const QPoint &globalPos);
    void chooseCsv(const AssignTarget &target);

    ServerStore &m_servers;
    RoleStore &m_roles;
    BadgeStore &m_badges;
    ImageCache *m_images;
    QString m_communityId;
    std::function<QStringList()> m_selected;
    std::function<qint64()> m_filterCount;

    QComboBox *m_serverPicker = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_rolesTitle = nullptr;
    QLabel *m_badgesTitle = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_roleBox = nullptr;
    QWidget *m_badgeBox = nullptr;
    TileFlowLayout *m_roleFlow = nullptr;
    TileFlowLayout *m_badgeFlow = nullptr;
    QList<PaletteTile *> m_tiles;
};

} // namespace ra
