#include "userspanes.h"

#include "item/communityusertablemodel.h"
#include "item/usertablemodel.h"
#include "mainwindow.h"
#include "stores/useraccountstore.h"
#include "stores/userdetailstore.h"
#include "users/createuserdialog.h"
#include "users/restoreuserdialog.h"
#include "users/userdetailpanel.h"
#include "users/userspane.h"

#include <QPainter>
#include <QPixmap>

namespace ra {

namespace {
// IconFactory has no people glyph: a head and shoulders in its colour.
QIcon usersIcon()
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x44, 0x4b, 0x55));
    p.drawEllipse(QPointF(16, 10), 6, 6);
    p.drawRoundedRect(QRectF(5, 18, 22, 11), 6, 6);
    return QIcon(pixmap);
}
} // namespace

void UsersComposition::reloadAll() const
{
    if (details)
        details->showUser({});
    if (community) {
        const bool used = community->rowCount() > 0 || community->isLoading();
        community->clear();
        if (used)
            community->reload();
    }
    if (users) {
        users->clear();
        if (pane && pane->isVisible())
            users->reload();
    }
}

UsersComposition installUsersPane(MainWindow &window, ApiClient &client, AppSettings &settings,
                                  ProfileStore &profiles, QuestionProvider &questions,
                                  QObject *owner)
{
    UsersComposition c;
    c.users = new UserTableModel(client, owner);
    c.community = new CommunityUserTableModel(client, owner);
    c.details = new UserDetailStore(client, owner);
    c.accounts = new UserAccountStore(client, owner);
    c.detailPanel = new UserDetailPanel(*c.details, *c.accounts, questions);
    c.pane = new UsersPane(*c.users, *c.community, settings, profiles, c.detailPanel);
    UsersPane *pane = c.pane;
    UserAccountStore *accounts = c.accounts;
    QObject::connect(pane, &UsersPane::currentUserChanged, c.detailPanel,
                     &UserDetailPanel::showUser);
    QObject::connect(c.detailPanel, &UserDetailPanel::accountChanged, pane,
                     &UsersPane::refreshAfterAccountChange);
    QObject::connect(pane, &UsersPane::createUserRequested, pane, [pane, accounts, &questions] {
        auto *dialog = new CreateUserDialog(*accounts, questions, pane);
        QObject::connect(dialog, &CreateUserDialog::userCreated, pane,
                         &UsersPane::refreshAfterAccountChange);
        dialog->open();
    });
    UserDetailPanel *detail = c.detailPanel;
    QObject::connect(
        pane, &UsersPane::restoreUserRequested, pane, [pane, accounts, detail, &questions] {
            auto *dialog = new RestoreUserDialog(*accounts, questions, pane);
            QObject::connect(dialog, &RestoreUserDialog::userRestored, pane,
                             [pane, detail](const QString &who) {
                                 pane->refreshAfterAccountChange({});
                                 detail->showUser(who); // the restored account, as it is now
                             });
            dialog->open();
        });
    window.addPane(QStringLiteral("users"), UsersPane::tr("Users"), usersIcon(), pane);
    return c;
}

} // namespace ra
