#include "palettesources.h"

#include "commandpalette/commandcatalog.h"
#include "item/usertablemodel.h"
#include "mainwindow.h"
#include "users/savedfiltermenu.h"
#include "users/userdetailpanel.h"
#include "users/userspane.h"
#include "userspanes.h"

#include <QCoreApplication>
#include <QPointer>

#include <algorithm>
#include <memory>

namespace ra {

namespace {

struct RecentMember
{
    QString id;
    QString name;
};

constexpr int recentMembersKept = 10;

} // namespace

void installPaletteSources(CommandCatalog &catalog, MainWindow &window,
                           const UsersComposition &users)
{
    QPointer<UsersPane> pane = users.pane;
    QPointer<UserDetailPanel> detail = users.detailPanel;
    if (!pane)
        return;
    const QString usersPane = QStringLiteral("users");
    auto recent = std::make_shared<QList<RecentMember>>();
    QObject::connect(pane, &UsersPane::currentUserChanged, pane, [pane, recent](const QString &id) {
        if (id.isEmpty())
            return;
        // Named as the Members table shows it (the row is there: it was just selected).
        const UserTableModel *model = pane->model();
        const int row = model->rowOfId(id);
        QString name =
            row < 0 ? QString()
                    : model->index(row, int(UserTableModel::Column::Username)).data().toString();
        if (name.isEmpty())
            name = id;
        recent->erase(std::remove_if(recent->begin(), recent->end(),
                                     [&id](const RecentMember &m) { return m.id == id; }),
                      recent->end());
        recent->prepend({id, name});
        while (recent->size() > recentMembersKept)
            recent->removeLast();
    });

    catalog.addSource([&window, pane, usersPane] {
        QList<PaletteCommand> out;
        if (!pane)
            return out;
        const QStringList names = pane->savedFilters()->names();
        for (const QString &name : names) {
            out.append({name,
                        QCoreApplication::translate("ra::PaletteSources", "Saved filter"),
                        {},
                        [&window, pane, usersPane, name] {
                            if (!pane)
                                return;
                            window.showPane(usersPane);
                            pane->savedFilters()->choose(name);
                        }});
        }
        return out;
    });
    catalog.addSource([&window, detail, recent, usersPane] {
        QList<PaletteCommand> out;
        for (const RecentMember &member : std::as_const(*recent)) {
            const QString id = member.id;
            out.append({member.name,
                        QCoreApplication::translate("ra::PaletteSources", "Recent member"),
                        {},
                        [&window, detail, usersPane, id] {
                            window.showPane(usersPane);
                            if (detail)
                                detail->showUser(id);
                        }});
        }
        return out;
    });
}

} // namespace ra
