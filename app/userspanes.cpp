#include "userspanes.h"

#include "iconfactory.h"
#include "item/communityusertablemodel.h"
#include "item/usertablemodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "questionprovider.h"
#include "stores/useraccountstore.h"
#include "stores/userdetailstore.h"
#include "stores/userfieldstore.h"
#include "users/createuserdialog.h"
#include "users/customfieldsview.h"
#include "users/restoreuserdialog.h"
#include "users/userdetailpanel.h"
#include "users/userfilterbar.h"
#include "users/userspane.h"

#include <QPainter>

#include <memory>

namespace ra {

namespace {
// IconFactory has no people glyph: a head and shoulders in the theme's text colour.
QIcon usersIcon()
{
    return IconFactory::painted([](QPainter &p, const QColor &c) {
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(QPointF(16, 10), 6, 6);
        p.drawRoundedRect(QRectF(5, 18, 22, 11), 6, 6);
    });
}
// The question names whom: up to five names, then how many more.
QString deleteQuestion(const QStringList &names)
{
    const int shown = int(std::min<qsizetype>(names.size(), 5));
    QString list = QStringList(names.mid(0, shown)).join(QStringLiteral(", "));
    if (names.size() > shown)
        list = UsersPane::tr("%1 and %n more", nullptr, int(names.size()) - shown).arg(list);
    return UsersPane::tr("Delete %n member(s): %1?", nullptr, int(names.size())).arg(list);
}

// Delete on the Users pane: asks, naming the highlighted members, then deletes each account
// and says how many went and which did not, with the server's reason.
void deleteUsers(UsersPane *pane, UserAccountStore *accounts, QuestionProvider &questions,
                 const QStringList &ids, const QStringList &names)
{
    QuestionProvider::Question q;
    q.title = UsersPane::tr("Delete Users");
    q.text = deleteQuestion(names);
    q.informativeText = UsersPane::tr(
        "They can no longer sign in. You can restore an account later (Restore User…).");
    q.confirmText = UsersPane::tr("Delete");
    q.destructive = true;
    questions.confirm(pane, q, pane, [pane, accounts, ids, names](bool confirmed) {
        if (!confirmed)
            return;
        struct Tally
        {
            int pending = 0;
            int deleted = 0;
            QStringList failures;
        };
        auto tally = std::make_shared<Tally>();
        tally->pending = int(ids.size());
        for (int i = 0; i < ids.size(); ++i) {
            const QString name = names.value(i, ids.at(i));
            accounts->manageUser(
                UserAccountStore::Action::Delete, name, ids.at(i), pane,
                [pane, tally, name](const ApiError &error) {
                    if (error.isError())
                        tally->failures.append(UsersPane::tr("%1: %2").arg(name, error.userText()));
                    else
                        ++tally->deleted;
                    if (--tally->pending > 0)
                        return;
                    pane->refreshAfterAccountChange({});
                    QString text = UsersPane::tr("Deleted %n member(s).", nullptr, tally->deleted);
                    if (!tally->failures.isEmpty())
                        text +=
                            QLatin1Char(' ') + UsersPane::tr("Not deleted: %1")
                                                   .arg(tally->failures.join(QStringLiteral("; ")));
                    pane->messageBar()->clearActions();
                    pane->messageBar()->showMessage(tally->failures.isEmpty()
                                                        ? MessageBar::Kind::Information
                                                        : MessageBar::Kind::Error,
                                                    text);
                });
        }
    });
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

void UsersComposition::clearAll() const
{
    if (details)
        details->showUser({});
    if (community)
        community->clear();
    if (users)
        users->clear();
}

void UsersComposition::setUserFields(UserFieldStore *fields) const
{
    if (detailPanel)
        detailPanel->setUserFields(fields);
    if (pane)
        pane->filterBar()->setUserFields(fields);
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
    UserDetailPanel *panel = c.detailPanel;
    QObject::connect(pane, &UsersPane::createUserRequested, pane,
                     [pane, panel, accounts, &questions] {
                         auto *dialog = new CreateUserDialog(*accounts, questions, pane);
                         if (const UserFieldStore *fields = panel->customFieldsView()->userFields())
                             dialog->setUserFields(fields->fields());
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
    QObject::connect(
        pane, &UsersPane::deleteUsersRequested, pane,
        [pane, accounts, &questions](const QStringList &ids, const QStringList &names) {
            deleteUsers(pane, accounts, questions, ids, names);
        });
    window.addPane(
        QStringLiteral("users"), [] { return UsersPane::tr("Users"); }, usersIcon(), pane);
    return c;
}

} // namespace ra
