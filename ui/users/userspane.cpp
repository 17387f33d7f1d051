#include "users/userspane.h"

#include "panes/apiundostack.h"

#include "item/communityusertablemodel.h"
#include "item/csvexportjob.h"
#include "item/memberexportjob.h"
#include "item/userfiltermodel.h"
#include "item/usertablemodel.h"
#include "messagebar.h"
#include "plaintextdelegate.h"
#include "settings/appsettings.h"
#include "users/columnchooser.h"
#include "users/communityusersview.h"
#include "users/savedfiltermenu.h"
#include "users/userfilterbar.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace ra {

UsersPane::UsersPane(UserTableModel &users, CommunityUserTableModel &community,
                     AppSettings &settings, ProfileStore &profiles, QWidget *detailPanel,
                     QWidget *parent)
    : QWidget(parent)
    , m_users(users)
    , m_communityModel(community)
    , m_settings(settings)
    , m_profiles(profiles)
    , m_proxy(new UserFilterModel(this))
    , m_undo(new ApiUndoStack(this))
{
    m_proxy->setUserModel(&users);
    buildUi(detailPanel);
    connect(&users, &UserTableModel::loadFailed, this, &UsersPane::onLoadFailed);
    connect(&users, &UserTableModel::pageLoaded, this, &UsersPane::onPageLoaded);
    connect(&users, &UserTableModel::loadingChanged, this, &UsersPane::updateStatus);
    connect(&users, &UserTableModel::totalChanged, this, &UsersPane::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &UsersPane::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &UsersPane::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UsersPane::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &UsersPane::updateStatus);
    retranslate();
}

UsersPane::~UsersPane() = default;

QUndoStack *UsersPane::undoStack() const
{
    return m_undo;
}

QString UsersPane::userIdAt(const QPoint &viewportPos) const
{
    const QModelIndex index = m_view->indexAt(viewportPos);
    return index.isValid() ? m_users.idAt(m_proxy->mapToSource(index).row()) : QString();
}

void UsersPane::buildUi(QWidget *detailPanel)
{
    m_filterBar = new UserFilterBar(this);
    m_filterBar->setMoreFiltersShown(m_settings.usersMoreFilters());
    m_savedMenu = new SavedFilterMenu(m_settings, m_profiles, this);
    m_filterBar->savedFiltersButton()->setMenu(m_savedMenu);
    m_quickFilter = new QLineEdit(this);
    m_quickFilter->setObjectName(QStringLiteral("quickFilter"));
    m_quickFilter->setClearButtonEnabled(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("usersStatus"));
    m_newButton = new QPushButton(this);
    m_restoreButton = new QPushButton(this);
    m_restoreButton->setObjectName(QStringLiteral("restoreUserButton"));
    m_exportButton = new QPushButton(this);
    m_refreshButton = new QPushButton(this);
    m_message = new MessageBar(this);
    m_message->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("usersTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Actions apply to the highlighted rows, so several can be highlighted (Shift, Ctrl); they can
    // also be dragged onto a palette tile (their ids travel as AssignTarget::userIdsMimeType).
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setItemDelegate(new PlainTextDelegate(m_view));
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures a million rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setDefaultSectionSize(130);
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder); // server order until a header is clicked
    m_view->setSortingEnabled(true);
    if (!header->restoreState(m_settings.usersHeaderState())) {
        // First run: the columns a manager scans most, sized for their content.
        for (auto column : {UserTableModel::Column::Country, UserTableModel::Column::Language,
                            UserTableModel::Column::Phone})
            header->setSectionHidden(int(column), true);
        header->resizeSection(int(UserTableModel::Column::UserId), 80);
        header->resizeSection(int(UserTableModel::Column::Email), 230);
        header->resizeSection(int(UserTableModel::Column::Username), 160);
        header->resizeSection(int(UserTableModel::Column::JoinDate), 95);
        header->resizeSection(int(UserTableModel::Column::Xp), 85);
        header->resizeSection(int(UserTableModel::Column::Coins), 85);
    }
    m_columns = new ColumnChooser(header);
    connect(m_columns, &ColumnChooser::changed, this, &UsersPane::saveHeader);
    connect(header, &QHeaderView::sectionMoved, this, &UsersPane::saveHeader);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &UsersPane::saveHeader);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_quickFilter, 1);
    bar->addWidget(m_newButton);
    bar->addWidget(m_restoreButton);
    bar->addWidget(m_exportButton);
    bar->addWidget(m_refreshButton);
    // Buttons keep their whole text (German and Malay run longer); the filter box gives way.
    for (QPushButton *button : {m_newButton, m_restoreButton, m_exportButton, m_refreshButton})
        button->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    auto *members = new QWidget(this);
    auto *membersLayout = new QVBoxLayout(members);
    membersLayout->addWidget(m_filterBar);
    membersLayout->addLayout(bar);
    membersLayout->addWidget(m_message);
    membersLayout->addWidget(m_view, 1);
    membersLayout->addWidget(m_status); // under the table, as a status line

    m_community = new CommunityUsersView(m_communityModel, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("usersTabs"));
    m_tabs->addTab(members, QString());
    m_tabs->addTab(m_community, QString());
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("usersSplitter"));
    m_splitter->addWidget(m_tabs);
    if (detailPanel) {
        // In a scroll area: the panel needs more room than a narrow pane (a docked palette) or
        // the lower half of the splitter has, and scrolls rather than squeezing the table.
        auto *detailScroll = new QScrollArea(this);
        detailScroll->setObjectName(QStringLiteral("userDetailScroll"));
        detailScroll->setFrameShape(QFrame::NoFrame);
        detailScroll->setWidgetResizable(true);
        detailScroll->setWidget(detailPanel);
        m_splitter->addWidget(detailScroll);
        m_splitter->setStretchFactor(0, 3);
        m_splitter->setStretchFactor(1, 2);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_newAction);
    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_exportAction);
    m_retryAction = MessageBar::offer(new QAction(this));
    m_cancelExportAction = MessageBar::offer(new QAction(this));
    connect(m_cancelExportAction, &QAction::triggered, this, &UsersPane::cancelExport);
    m_deleteAction = new QAction(this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteAction->setEnabled(false);
    m_view->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, &UsersPane::deleteSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_deleteAction->setEnabled(m_view->selectionModel()->hasSelection()); });

    connect(m_newAction, &QAction::triggered, this, &UsersPane::createUserRequested);
    connect(m_newButton, &QPushButton::clicked, this, &UsersPane::createUserRequested);
    connect(m_restoreButton, &QPushButton::clicked, this, &UsersPane::restoreUserRequested);
    connect(m_exportAction, &QAction::triggered, this, &UsersPane::exportCsv);
    connect(m_exportButton, &QPushButton::clicked, this, &UsersPane::exportCsv);
    connect(m_refreshButton, &QPushButton::clicked, this, &UsersPane::refresh);
    connect(m_retryAction, &QAction::triggered, this, [this] {
        m_message->hide();
        m_users.retry();
    });
    connect(m_quickFilter, &QLineEdit::textChanged, m_proxy, &UserFilterModel::setQuickFilter);
    connect(m_quickFilter, &QLineEdit::textChanged, this, &UsersPane::updateStatus);
    connect(m_filterBar, &UserFilterBar::applied, this, &UsersPane::applyFilter);
    connect(m_filterBar, &UserFilterBar::pagingChanged, &m_users, &UserTableModel::setPaging);
    connect(m_filterBar, &UserFilterBar::moreFiltersToggled, &m_settings,
            &AppSettings::setUsersMoreFilters);
    connect(m_savedMenu, &SavedFilterMenu::chosen, this, [this](const UserFilterSpec &spec) {
        m_filterBar->setSpec(spec);
        applyFilter(spec);
    });
    connect(m_savedMenu, &SavedFilterMenu::saveRequested, this, &UsersPane::saveCurrentFilter);
    connect(m_savedMenu, &SavedFilterMenu::failed, this, [this](const QString &text) {
        m_message->clearActions();
        m_message->showMessage(MessageBar::Kind::Warning, text);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString id = current.data(int(UserTableModel::DataRole::Id)).toString();
                if (id.isEmpty() || id == m_lastEmitted)
                    return;
                m_lastEmitted = id;
                emit currentUserChanged(id);
            });
    connect(m_community, &CommunityUsersView::currentUserChanged, this, [this](const QString &id) {
        m_lastEmitted = id;
        emit currentUserChanged(id);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_community)
            m_community->ensureLoaded();
    });
}

void UsersPane::retranslate()
{
    m_quickFilter->setPlaceholderText(tr("Quick filter over the loaded users (Ctrl+F)"));
    m_quickFilter->setAccessibleName(tr("Quick filter"));
    if (auto *detail = findChild<QScrollArea *>(QStringLiteral("userDetailScroll")))
        detail->setAccessibleName(tr("Member details"));
    m_newButton->setText(tr("&New User…"));
    m_newButton->setAccessibleName(tr("New user"));
    m_newButton->setToolTip(tr("Create a user (Ctrl+N)"));
    m_restoreButton->setText(tr("Res&tore User…"));
    m_restoreButton->setAccessibleName(tr("Restore a deleted user"));
    m_restoreButton->setToolTip(tr("Restore a deleted account by username, e-mail or id"));
    m_exportButton->setText(tr("E&xport CSV…"));
    m_exportButton->setAccessibleName(tr("Export to CSV"));
    m_exportButton->setToolTip(
        tr("Save every member the filter matches, in the columns shown, as CSV (Ctrl+E)"));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setAccessibleName(tr("Refresh users"));
    m_refreshButton->setToolTip(tr("Load the users again (F5)"));
    m_view->setAccessibleName(tr("Users"));
    m_view->horizontalHeader()->setToolTip(tr("Click to sort; right-click to choose columns"));
    m_status->setAccessibleName(tr("Users status"));
    m_newAction->setText(tr("New User"));
    m_exportAction->setText(tr("Export Users to CSV"));
    m_retryAction->setText(tr("&Retry"));
    m_cancelExportAction->setText(tr("&Cancel Export"));
    m_deleteAction->setText(tr("&Delete Selected Users…"));
    m_deleteAction->setToolTip(tr("Delete the accounts of the highlighted rows (Del)"));
    m_tabs->setTabText(0, tr("&Members"));
    m_tabs->setTabText(1, tr("C&ommunity"));
    // Room for a large community while loading, so the label does not grow page by page.
    const QLocale locale;
    fitStatus(tr("%1 of %2 matching").arg(locale.toString(999999), locale.toString(9999999)) +
              QStringLiteral(" · ") + tr("loading…"));
    updateStatus();
}

void UsersPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UsersPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_splitter || m_splitter->count() < 2)
        return;
    const Qt::Orientation wanted = width() < sideBySideMinWidth ? Qt::Vertical : Qt::Horizontal;
    if (m_splitter->orientation() == wanted)
        return;
    m_splitter->setOrientation(wanted);
    // The table keeps the larger share in either arrangement (the splitter fills the pane, and
    // its own geometry is not laid out yet here).
    const int length = wanted == Qt::Vertical ? height() : width();
    m_splitter->setSizes({length * 3 / 5, length - length * 3 / 5});
}

void UsersPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The first page is asked for when the pane is first seen, not at start-up.
    if (m_users.rowCount() == 0)
        m_users.fetchMore({}); // does nothing while loading, complete or failed
}

void UsersPane::find()
{
    m_tabs->setCurrentIndex(0);
    m_quickFilter->setFocus(Qt::ShortcutFocusReason);
    m_quickFilter->selectAll();
}

void UsersPane::refresh()
{
    m_message->hide();
    m_reselect = currentUserId();
    if (m_tabs->currentWidget() == m_community)
        m_community->refresh();
    else
        m_users.reload();
}

void UsersPane::refreshAfterAccountChange(const QString &userId)
{
    m_message->hide();
    m_reselect = userId.isEmpty() ? currentUserId() : userId;
    m_users.reload();
    if (m_communityModel.rowCount() > 0)
        m_community->refresh();
}

void UsersPane::applyFilter(const UserFilterSpec &spec)
{
    m_message->hide();
    m_lastEmitted.clear();
    m_users.setFilter(spec);
}

QString UsersPane::currentUserId() const
{
    return m_view->currentIndex().data(int(UserTableModel::DataRole::Id)).toString();
}

QStringList UsersPane::selectedColumn(int column, int role) const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QStringList out;
    for (int row : rows) {
        const QString value = m_proxy->index(row, column).data(role).toString();
        out.append(value.isEmpty()
                       ? m_proxy->index(row, 0).data(int(UserTableModel::DataRole::Id)).toString()
                       : value);
    }
    return out;
}

QStringList UsersPane::selectedUserIds() const
{
    return selectedColumn(0, int(UserTableModel::DataRole::Id));
}

QStringList UsersPane::selectedUserNames() const
{
    return selectedColumn(int(UserTableModel::Column::Username), Qt::DisplayRole);
}

void UsersPane::deleteSelected()
{
    const QStringList ids = selectedUserIds();
    if (!ids.isEmpty())
        emit deleteUsersRequested(ids, selectedUserNames());
}

bool UsersPane::selectUser(const QString &id)
{
    const int row = m_users.rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_users.index(row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void UsersPane::onPageLoaded()
{
    m_message->hide();
    if (!m_reselect.isEmpty() && selectUser(m_reselect))
        m_reselect.clear();
    updateStatus();
}

void UsersPane::onLoadFailed(const ApiError &error)
{
    m_message->clearActions();
    m_message->showMessage(MessageBar::Kind::Error,
                           tr("Could not load the users: %1").arg(error.userText()));
    m_message->addActionButton(m_retryAction);
    updateStatus();
}

void UsersPane::updateStatus()
{
    const int loaded = m_users.rowCount();
    // The server's total of matching members when it gives one (page mode); cursor pages
    // carry none, and the loaded rows are not a total.
    QString text;
    if (m_users.totalCount() >= 0 && m_users.isTotalApproximate())
        text = tr("%1 of at most %2 matching")
                   .arg(QLocale().toString(loaded), QLocale().toString(m_users.totalCount()));
    else if (m_users.totalCount() >= 0)
        text = tr("%1 of %2 matching")
                   .arg(QLocale().toString(loaded), QLocale().toString(m_users.totalCount()));
    else if (m_users.isComplete())
        text = tr("%1 matching").arg(QLocale().toString(loaded));
    else
        text = tr("%1 loaded, total unknown").arg(QLocale().toString(loaded));
    if (!m_proxy->quickFilter().isEmpty())
        text += QStringLiteral(" · ") + tr("%n shown", nullptr, m_proxy->rowCount());
    if (m_users.isLoading())
        text += QStringLiteral(" · ") + tr("loading…");
    else if (m_users.isComplete())
        text += QStringLiteral(" · ") + tr("all loaded");
    if (m_export) {
        const QLocale locale;
        text += QStringLiteral(" · ") +
                (m_exportTotal >= 0
                     ? tr("exporting: %1 of %2 written")
                           .arg(locale.toString(m_exportWritten), locale.toString(m_exportTotal))
                     : tr("exporting: %1 written").arg(locale.toString(m_exportWritten)));
    }
    m_status->setText(text);
    fitStatus(text);
}

void UsersPane::fitStatus(const QString &text)
{
    // A fixed size keeps setText() from relayouting the pane: a label that grows by a digit
    // would otherwise resize the tabs in the splitter and repaint the whole pane on every page.
    // The width only grows, in steps, so it settles after the first pages.
    const int needed = m_status->fontMetrics().horizontalAdvance(text) + 2 * m_status->margin() +
                       m_status->fontMetrics().averageCharWidth();
    if (needed <= m_status->minimumWidth() && m_status->minimumHeight() > 0)
        return;
    const int step = 8 * m_status->fontMetrics().averageCharWidth();
    m_status->setFixedSize(qMax(m_status->minimumWidth(), (needed + step - 1) / step * step),
                           m_status->sizeHint().height());
}

void UsersPane::saveHeader()
{
    m_settings.setUsersHeaderState(m_view->horizontalHeader()->saveState());
}

void UsersPane::saveCurrentFilter()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save Filter"));
    dialog->setLabelText(tr("Name of the filter:"));
    const UserFilterSpec spec = m_filterBar->spec();
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, spec](const QString &name) { m_savedMenu->saveFilter(name, spec); });
    dialog->open();
}

void UsersPane::exportCsv()
{
    auto *dialog = new QFileDialog(this, tr("Export Users"), QString(),
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("users.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, &UsersPane::exportTo);
    dialog->open();
}

void UsersPane::exportTo(const QString &path)
{
    cancelExport();
    const QList<int> columns = m_columns->visibleColumns();
    m_exportWritten = 0;
    m_exportTotal = m_users.totalCount();
    if (m_users.isComplete()) {
        // Everything is loaded: write the table as shown, sorted and quick-filtered.
        auto *job = new CsvExportJob(*m_proxy, columns, path, this);
        m_export = job;
        m_cancelExport = [job] {
            job->cancel();
        };
        connect(job, &CsvExportJob::finished, this, [this, job](const QString &error) {
            exportDone(job, job->path(), job->rowsWritten(), error, false);
        });
        job->start();
    } else {
        auto *job = new MemberExportJob(m_users, m_proxy->quickFilter(), columns, path, this);
        m_export = job;
        m_cancelExport = [job] {
            job->cancel();
        };
        connect(job, &MemberExportJob::progress, this, [this](int written, qint64 total) {
            m_exportWritten = written;
            m_exportTotal = total;
            updateStatus();
        });
        const bool sorted = m_proxy->sortColumn() >= 0;
        connect(job, &MemberExportJob::finished, this, [this, job, sorted](const QString &error) {
            exportDone(job, job->path(), job->rowsWritten(), error, sorted);
        });
        job->start();
        m_message->clearActions();
        m_message->showMessage(
            MessageBar::Kind::Information,
            tr("Exporting every member the filter matches to %1, page by page…").arg(path));
        m_message->addActionButton(m_cancelExportAction);
    }
    updateStatus();
}

void UsersPane::cancelExport()
{
    if (m_export && m_cancelExport)
        m_cancelExport();
}

void UsersPane::exportDone(QObject *job, const QString &path, int rows, const QString &error,
                           bool serverOrder)
{
    job->deleteLater();
    if (m_export == job) {
        m_export = nullptr;
        m_cancelExport = {};
    }
    updateStatus();
    m_message->clearActions();
    if (error.isEmpty()) {
        QString text = tr("Exported %n member(s) to %1.", nullptr, rows).arg(path);
        if (serverOrder)
            text += QLatin1Char(' ') + tr("They are in the server's order: the table's sort "
                                          "applies only to the loaded rows.");
        m_message->showMessage(MessageBar::Kind::Information, text);
    } else {
        m_message->showMessage(MessageBar::Kind::Error, error);
    }
    emit exportFinished(path, error, error.isEmpty() ? rows : 0);
}

} // namespace ra
