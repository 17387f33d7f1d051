#include "users/userdetailpanel.h"

#include "charts/gamificationchart.h"
#include "item/gamificationseriesmodel.h"
#include "item/usertablemodel.h"
#include "messagebar.h"
#include "questionprovider.h"
#include "stores/useraccountstore.h"
#include "users/customfieldsview.h"
#include "users/restoreuserdialog.h"
#include "users/useractivityview.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ra {

namespace {
// The rows of the details form, in order; labels are set by retranslate().
enum class Detail {
    UserId,
    Username,
    Email,
    FirstName,
    LastName,
    Xp,
    Coins,
    XpToday,
    CoinsToday,
    HighestRole,
    Roles,
    Language,
    Country,
    JoinDate,
    Messages,
    Reactions,
    Replies,
    Visits,
    TimeSpent,
    LoginStreak,
    Count
};

} // namespace

UserDetailPanel::UserDetailPanel(UserDetailStore &details, UserAccountStore &accounts,
                                 QuestionProvider &questions, QWidget *parent)
    : QWidget(parent)
    , m_details(details)
    , m_accounts(accounts)
    , m_questions(questions)
    , m_series(new GamificationSeriesModel(this))
{
    buildUi();
    connect(&m_details, &UserDetailStore::userChanged, this, [this] {
        m_series->clear();
        m_message->hide();
        m_pages->setCurrentIndex(m_details.userId().isEmpty() ? 0 : 1);
        showDetails(m_details.user());
        showRoles();
    });
    connect(&m_details, &UserDetailStore::userLoaded, this, &UserDetailPanel::showDetails);
    connect(&m_details, &UserDetailStore::rolesLoaded, this, &UserDetailPanel::showRoles);
    connect(&m_details, &UserDetailStore::historyLoaded, this,
            [this] { m_series->setHistory(m_details.history()); });
    connect(&m_details, &UserDetailStore::statsLoaded, this,
            [this] { m_series->setStats(m_details.stats()); });
    connect(&m_details, &UserDetailStore::loadFailed, this, &UserDetailPanel::onLoadFailed);
    connect(&m_details, &UserDetailStore::loadingChanged, this,
            [this] { showDetails(m_details.user()); });
    for (GamificationChart *chart : {m_activity->historyChart(), m_activity->statsChart()}) {
        connect(chart, &GamificationChart::exportFailed, this, [this](const QString &message) {
            m_message->showMessage(MessageBar::Kind::Error, message);
        });
        connect(chart, &GamificationChart::exported, this, [this](const QString &path) {
            m_message->showMessage(MessageBar::Kind::Information,
                                   tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
        });
    }
    retranslate();
    m_pages->setCurrentIndex(m_details.userId().isEmpty() ? 0 : 1);
    showDetails(m_details.user());
    showRoles();
    m_series->setHistory(m_details.history());
    m_series->setStats(m_details.stats());
}

UserDetailPanel::~UserDetailPanel() = default;

void UserDetailPanel::setUserFields(UserFieldStore *fields)
{
    m_customFields->setUserFields(fields);
}

void UserDetailPanel::setHoldingsView(QWidget *view)
{
    view->setParent(m_pageLayout->parentWidget());
    m_pageLayout->insertWidget(1, view); // under the header, above messages and tabs
}

void UserDetailPanel::addPage(QWidget *page)
{
    m_tabs->addTab(page, page->windowTitle());
    page->installEventFilter(this);
}

bool UserDetailPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::WindowTitleChange) {
        if (auto *page = qobject_cast<QWidget *>(watched); page && m_tabs->indexOf(page) >= 0)
            m_tabs->setTabText(m_tabs->indexOf(page), page->windowTitle());
    }
    return QWidget::eventFilter(watched, event);
}

GamificationChart *UserDetailPanel::historyChart() const
{
    return m_activity->historyChart();
}

GamificationChart *UserDetailPanel::statsChart() const
{
    return m_activity->statsChart();
}

void UserDetailPanel::buildUi()
{
    m_pages = new QStackedWidget(this);
    m_placeholder = new QLabel(m_pages);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_pages->addWidget(m_placeholder);

    auto *page = new QWidget(m_pages);
    m_title = new QLabel(page);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(page);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deleteAction = new QAction(this);
    m_deleteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    m_restoreAction = new QAction(this);
    m_restoreAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    for (QAction *a : {m_deleteAction, m_restoreAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    m_restoreByNameAction = MessageBar::offer(new QAction(this));
    connect(m_restoreByNameAction, &QAction::triggered, this, &UserDetailPanel::restoreByName);
    connect(m_deleteAction, &QAction::triggered, this, &UserDetailPanel::deleteUser);
    connect(m_restoreAction, &QAction::triggered, this, &UserDetailPanel::restoreUser);
    m_deleteButton = new QPushButton(page);
    m_restoreButton = new QPushButton(page);
    connect(m_deleteButton, &QPushButton::clicked, m_deleteAction, &QAction::trigger);
    connect(m_restoreButton, &QPushButton::clicked, m_restoreAction, &QAction::trigger);

    auto *header = new QHBoxLayout;
    auto *names = new QVBoxLayout;
    names->addWidget(m_title);
    names->addWidget(m_subtitle);
    header->addLayout(names, 1);
    header->addWidget(m_restoreButton, 0, Qt::AlignTop);
    header->addWidget(m_deleteButton, 0, Qt::AlignTop);

    m_message = new MessageBar(page);
    m_message->hide();
    m_tabs = new QTabWidget(page);
    m_tabs->addTab(buildDetailsTab(), QString());
    m_activity = new UserActivityView(m_details, m_series, m_tabs);
    m_tabs->addTab(m_activity, QString());

    auto *layout = new QVBoxLayout(page);
    m_pageLayout = layout;
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    m_pages->addWidget(page);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
}

QWidget *UserDetailPanel::buildDetailsTab()
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int i = 0; i < int(Detail::Count); ++i) {
        auto *value = new QLabel(content);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_values.append(value);
        m_form->addRow(new QLabel(content), value);
    }
    m_roles = new QListWidget(content);
    m_roles->setMaximumHeight(120);
    m_customFields = new CustomFieldsView(content);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(m_form);
    layout->addWidget(new QLabel(content));
    layout->addWidget(m_roles);
    layout->addWidget(new QLabel(content));
    layout->addWidget(m_customFields, 1);
    scroll->setWidget(content);
    return scroll;
}

void UserDetailPanel::retranslate()
{
    m_placeholder->setText(tr("Select a user to see their details and activity."));
    m_tabs->setTabText(0, tr("&Details"));
    m_tabs->setTabText(1, tr("&Activity"));
    const QString labels[] = {
        tr("User id:"),      tr("Username:"),     tr("E-mail:"),     tr("First name:"),
        tr("Last name:"),    tr("XP:"),           tr("Coins:"),      tr("XP today:"),
        tr("Coins today:"),  tr("Highest role:"), tr("Roles:"),      tr("Language:"),
        tr("Country:"),      tr("Joined:"),       tr("Messages:"),   tr("Reactions:"),
        tr("Replies sent:"), tr("Visits:"),       tr("Time spent:"), tr("Login streak:")};
    for (int i = 0; i < int(Detail::Count); ++i) {
        if (auto *label =
                qobject_cast<QLabel *>(m_form->itemAt(i, QFormLayout::LabelRole)->widget()))
            label->setText(labels[i]);
        m_values.at(i)->setAccessibleName(labels[i].chopped(1));
    }
    // The API gives this counter without a unit; say so rather than guess one.
    m_values.at(int(Detail::TimeSpent))
        ->setToolTip(tr("As the server reports it: the Returning.AI API does not say whether "
                        "this is in seconds or minutes."));
    const QList<QLabel *> headings =
        m_roles->parentWidget()->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly);
    // The two section headings are the only labels outside the form.
    int heading = 0;
    for (QLabel *label : headings) {
        if (m_form->indexOf(label) >= 0)
            continue;
        label->setText(heading++ == 0 ? tr("<b>Roles on this server</b>")
                                      : tr("<b>Custom fields</b>"));
    }
    m_roles->setAccessibleName(tr("Roles on this server"));
    m_deleteAction->setText(tr("&Delete User…"));
    m_restoreAction->setText(tr("&Restore User…"));
    m_restoreByNameAction->setText(tr("Restore…"));
    m_deleteButton->setText(tr("Delete…"));
    m_restoreButton->setText(tr("Restore…"));
    m_deleteButton->setAccessibleName(tr("Delete user"));
    m_restoreButton->setAccessibleName(tr("Restore user"));
    m_deleteButton->setToolTip(tr("Delete this user's account (Ctrl+Shift+Del)"));
    m_restoreButton->setToolTip(tr("Restore this deleted account (Ctrl+Shift+R)"));
    showDetails(m_details.user());
}

void UserDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString UserDetailPanel::displayName() const
{
    const UserData &u = m_details.user();
    for (const QString &name :
         {u.displayName, QString(u.firstName + QLatin1Char(' ') + u.lastName).trimmed(),
          u.username})
        if (!name.isEmpty())
            return name;
    return m_details.userId();
}

void UserDetailPanel::showDetails(const UserData &user)
{
    const bool loaded = m_details.hasUser();
    const QLocale locale;
    const auto number = [&locale, loaded](qint64 n) {
        return loaded ? locale.toString(n) : QString();
    };
    const QString values[] = {
        loaded ? user.userId : m_details.userId(),
        user.username,
        user.email,
        user.firstName,
        user.lastName,
        number(user.xp),
        number(user.coins),
        number(user.xpEarnedToday),
        number(user.coinsEarnedToday),
        user.highestRole,
        user.roles.join(QStringLiteral(", ")),
        user.language,
        user.country,
        UserTableModel::localDate(user.joinDate),
        number(user.totalMessages),
        number(user.totalReactions),
        number(user.replySent),
        number(user.visitCount),
        // No documented unit: say so beside the number, and in more words in the tooltip.
        loaded ? tr("%1 (no unit given by the API)").arg(number(user.timeSpent)) : QString(),
        loaded ? tr("%n day(s)", nullptr, int(user.loginStreak)) : QString(),
    };
    for (int i = 0; i < int(Detail::Count); ++i)
        m_values.at(i)->setText(values[i]);

    m_customFields->showValues(loaded ? m_details.userId() : QString(), user.customFields);

    if (!loaded) {
        m_title->setText(m_details.isLoading() ? tr("Loading…") : m_details.userId());
        m_subtitle->clear();
    } else {
        m_title->setText(displayName());
        QString subtitle = user.email.isEmpty() ? user.username : user.email;
        if (user.deleted)
            subtitle = tr("%1 — deleted").arg(subtitle);
        m_subtitle->setText(subtitle);
    }
    updateActions();
}

void UserDetailPanel::showRoles()
{
    m_roles->clear();
    for (const Role &role : m_details.roles()) {
        auto *item = new QListWidgetItem(role.title, m_roles);
        item->setToolTip(role.description);
    }
    if (m_details.roles().isEmpty() && m_details.error(UserDetailStore::Part::Roles).isError())
        m_roles->addItem(tr("(could not be loaded)"));
}

void UserDetailPanel::updateActions()
{
    const bool known = m_details.hasUser() && !m_busy;
    m_deleteAction->setEnabled(known && !m_details.user().deleted);
    m_restoreAction->setEnabled(known && m_details.user().deleted);
    m_deleteButton->setVisible(!m_details.hasUser() || !m_details.user().deleted);
    m_restoreButton->setVisible(m_details.hasUser() && m_details.user().deleted);
    m_deleteButton->setEnabled(m_deleteAction->isEnabled());
    m_restoreButton->setEnabled(m_restoreAction->isEnabled());
}

void UserDetailPanel::setRange(const QDate &start, const QDate &end)
{
    m_activity->setRange(start, end);
}

void UserDetailPanel::showUser(const QString &userId)
{
    m_missingUser.clear();
    m_details.showUser(userId);
}

void UserDetailPanel::onLoadFailed(UserDetailStore::Part part, const ApiError &error)
{
    QString what;
    switch (part) {
    case UserDetailStore::Part::User:
        what = tr("The user could not be loaded: %1");
        break;
    case UserDetailStore::Part::Roles:
        what = tr("The user's roles could not be loaded: %1");
        showRoles();
        break;
    case UserDetailStore::Part::History:
        what = tr("The XP and coins history could not be loaded: %1");
        break;
    case UserDetailStore::Part::Stats:
        what = tr("The activity stats could not be loaded: %1");
        break;
    }
    if (!m_missingUser.isEmpty() && m_missingUser == m_details.userId()) {
        showDetails(m_details.user()); // the other parts fail because the user is missing
        return;
    }
    m_message->clearActions();
    if (part == UserDetailStore::Part::User && error.httpStatus == 404) {
        m_missingUser = m_details.userId();
        // Deleted accounts read as "not found": offer to restore it under the same name.
        m_message->showMessage(MessageBar::Kind::Warning,
                               tr("No user \"%1\": the account does not exist or was deleted.")
                                   .arg(m_details.userId()));
        m_message->addActionButton(m_restoreByNameAction);
    } else {
        m_message->showMessage(MessageBar::Kind::Error, what.arg(error.userText()));
    }
    showDetails(m_details.user());
}

void UserDetailPanel::restoreByName()
{
    auto *dialog = new RestoreUserDialog(m_accounts, m_questions, this);
    dialog->setIdentifier(m_details.userId());
    connect(dialog, &RestoreUserDialog::userRestored, this, [this](const QString &who) {
        m_message->hide();
        showUser(who);
        emit accountChanged(who);
    });
    dialog->open();
}

void UserDetailPanel::deleteUser()
{
    manage(false);
}

void UserDetailPanel::restoreUser()
{
    manage(true);
}

void UserDetailPanel::manage(bool restore)
{
    if (!m_details.hasUser() || m_busy || m_details.user().deleted != restore)
        return;
    const UserData user = m_details.user();
    const QString name = displayName();
    QuestionProvider::Question q;
    if (restore) {
        q.title = tr("Restore User");
        q.text = tr("Restore the account of \"%1\" (%2)?").arg(name, user.username);
        q.informativeText = tr("The user can sign in again.");
        q.confirmText = tr("Restore");
    } else {
        q.title = tr("Delete User");
        q.text = tr("Delete the account of \"%1\" (%2)?").arg(name, user.username);
        q.informativeText = tr("The user can no longer sign in. You can restore the account "
                               "later.");
        q.confirmText = tr("Delete");
        q.destructive = true;
    }
    m_questions.confirm(this, q, this, [this, restore, user, name](bool confirmed) {
        if (!confirmed || user.userId != m_details.user().userId)
            return;
        m_busy = true;
        updateActions();
        const auto action =
            restore ? UserAccountStore::Action::Restore : UserAccountStore::Action::Delete;
        const QString who = user.username.isEmpty() ? user.userId : user.username;
        m_accounts.manageUser(
            action, who, user.userId, this, [this, restore, user, name](const ApiError &error) {
                m_busy = false;
                if (error.isError()) {
                    m_message->showMessage(MessageBar::Kind::Error,
                                           (restore ? tr("\"%1\" was not restored: %2")
                                                    : tr("\"%1\" was not deleted: %2"))
                                               .arg(name, error.userText()));
                    updateActions();
                    return;
                }
                if (user.userId == m_details.userId())
                    m_details.setDeleted(!restore);
                m_message->showMessage(MessageBar::Kind::Information,
                                       restore ? tr("\"%1\" was restored.").arg(name)
                                               : tr("\"%1\" was deleted.").arg(name));
                updateActions();
                emit accountChanged(user.userId);
            });
    });
}

} // namespace ra
