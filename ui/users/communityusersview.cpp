#include "users/communityusersview.h"

#include "item/communityusertablemodel.h"
#include "messagebar.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ra {

CommunityUsersView::CommunityUsersView(CommunityUserTableModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("communitySearch"));
    m_search->setClearButtonEnabled(true);
    m_status = new QLabel(this);
    m_about = new QLabel(this);
    m_about->setObjectName(QStringLiteral("communityAbout"));
    m_about->setWordWrap(true);
    m_message = new MessageBar(this);
    m_message->hide();
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("communityTable"));
    m_view->setModel(&model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);
    m_retry = MessageBar::offer(new QAction(this));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_about);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_model.setSearch(m_search->text()); });
    connect(m_retry, &QAction::triggered, this, [this] {
        m_message->hide();
        m_model.retry();
    });
    connect(&model, &CommunityUserTableModel::loadFailed, this, &CommunityUsersView::onLoadFailed);
    connect(&model, &CommunityUserTableModel::refreshFailed, this,
            [this](const QString &, const ApiError &error) {
                m_message->clearActions();
                m_message->showMessage(
                    MessageBar::Kind::Warning,
                    tr("Could not read the member again: %1").arg(error.userText()));
            });
    connect(&model, &CommunityUserTableModel::pageLoaded, this, [this] {
        m_message->hide();
        updateStatus();
    });
    connect(&model, &CommunityUserTableModel::loadingChanged, this,
            &CommunityUsersView::updateStatus);
    connect(&model, &QAbstractItemModel::modelReset, this, &CommunityUsersView::updateStatus);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString id = m_model.idAt(current.row());
                if (id.isEmpty())
                    return;
                m_model.refreshUser(id); // Get user: the freshest view of the member
                emit currentUserChanged(id);
            });
    retranslate();
}

QString CommunityUsersView::currentUserId() const
{
    return m_model.idAt(m_view->currentIndex().row());
}

void CommunityUsersView::ensureLoaded()
{
    if (m_model.rowCount() == 0 && !m_model.isLoading() && !m_model.lastError().isError())
        m_model.reload();
}

void CommunityUsersView::refresh()
{
    m_message->hide();
    m_model.reload();
}

void CommunityUsersView::retranslate()
{
    m_search->setPlaceholderText(tr("Search members by username, e-mail or display name"));
    m_search->setAccessibleName(tr("Search community members"));
    m_view->setAccessibleName(tr("Community members"));
    m_status->setAccessibleName(tr("Community members status"));
    m_retry->setText(tr("&Retry"));
    // Two APIs list the same people under two ids (docs: Get Users with Filters and Get
    // User Data give the numeric userId; the Application API's Get user gives _id and id).
    m_about->setText(tr("The same members as the Members tab, as the Application API lists "
                        "them: ID here is the member's 24-character ObjectId, while the Members "
                        "tab shows the numeric user id of the Integration API. Both name the "
                        "same person; search here by username or e-mail to find a member from "
                        "the other tab."));
    updateStatus();
}

void CommunityUsersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CommunityUsersView::updateStatus()
{
    const int loaded = m_model.rowCount();
    QString text = m_model.totalCount() >= 0 ? tr("%1 of %2 members")
                                                   .arg(QLocale().toString(loaded),
                                                        QLocale().toString(m_model.totalCount()))
                                             : tr("%n member(s)", nullptr, loaded);
    if (m_model.isLoading())
        text += QStringLiteral(" · ") + tr("loading…");
    m_status->setText(text);
}

void CommunityUsersView::onLoadFailed(const ApiError &error)
{
    m_message->clearActions();
    m_message->showMessage(MessageBar::Kind::Error,
                           tr("Could not load the community members: %1").arg(error.userText()));
    m_message->addActionButton(m_retry);
    updateStatus();
}

} // namespace ra
