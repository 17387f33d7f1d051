#include "mainwindow.h"

#include "aboutdialog.h"
#include "api/networkactivity.h"
#include "connectionspane.h"
#include "iconfactory.h"
#include "item/colorcontrast.h"
#include "messagebar.h"
#include "navigationsidebar.h"
#include "networkstatuswidget.h"
#include "panecommands.h"
#include "preferencesdialog.h"
#include "productionbanner.h"
#include "profilemenu.h"
#include "settings/appsettings.h"
#include "settings/profilestore.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace ra {

MainWindow::MainWindow(AppSettings &settings, ProfileStore &profiles, NetworkActivity &activity,
                       QuestionProvider &questions, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_profiles(profiles)
    , m_activity(activity)
    , m_questions(questions)
    , m_undoGroup(new QUndoGroup(this))
    , m_restorePaneId(settings.lastNavigationEntry())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(IconFactory::appIcon());

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new ProductionBanner(central);
    layout->addWidget(m_banner);
    m_keyBar = new MessageBar(central);
    m_keyBar->setObjectName(QStringLiteral("keyProblemBar"));
    m_keyBar->hide();
    layout->addWidget(m_keyBar);
    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("navigationSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    m_sidebar = new NavigationSidebar(m_splitter);
    m_navigation = m_sidebar->list();
    m_stack = new QStackedWidget(m_splitter);
    m_stack->setObjectName(QStringLiteral("paneStack"));
    // A pane never grows the window: its minimum size is not the window's. The window keeps
    // the size the user gave it (1280x800 fits every pane) and a pane fits itself into it.
    m_stack->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({190, 1010});
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onPaneChanged);

    createActions();
    createMenus();
    createStatusBar();

    m_connections = new ConnectionsPane(m_profiles, m_questions, this);
    addPane(
        connectionsPaneId(), [this] { return tr("Connections"); },
        IconFactory::icon(IconFactory::Glyph::Connections), m_connections,
        QKeySequence(Qt::CTRL | Qt::Key_0));

    connect(&m_profiles, &ProfileStore::activeProfileChanged, this,
            &MainWindow::updateActiveProfile);
    connect(&m_profiles, &ProfileStore::profileChanged, this, &MainWindow::updateActiveProfile);

    setAcceptDrops(true); // a .csv dropped anywhere opens the import wizard
    retranslateUi();
    updateActiveProfile();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_quit = new QAction(this);
    m_quit->setShortcuts(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_import = new QAction(this);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, [this] { emit importRequested(QString()); });
    m_resetSandbox = new QAction(this);
    m_resetSandbox->setVisible(false);
    connect(m_resetSandbox, &QAction::triggered, this, &MainWindow::sandboxResetRequested);

    // Not QUndoGroup::createUndoAction(): its action keeps the "Undo %1" of the language it
    // was made in and sets it again on every change of the active stack.
    m_undo = new QAction(this);
    m_undo->setShortcuts(QKeySequence::Undo);
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this, &MainWindow::updateUndoTexts);
    m_redo = new QAction(this);
    m_redo->setShortcuts(QKeySequence::Redo);
    m_redo->setEnabled(false);
    connect(m_redo, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, this, &MainWindow::updateUndoTexts);

    m_openConnections = MessageBar::offer(new QAction(this));
    m_openConnections->setObjectName(QStringLiteral("openConnectionsAction"));
    connect(m_openConnections, &QAction::triggered, this,
            [this] { showPane(connectionsPaneId()); });

    m_find = new QAction(this);
    m_find->setShortcuts(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        if (auto *commands = dynamic_cast<PaneCommands *>(m_stack->currentWidget()))
            commands->find();
    });

    m_showNavigation = new QAction(this);
    m_showNavigation->setCheckable(true);
    m_showNavigation->setChecked(true);
    m_showNavigation->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_showNavigation, &QAction::toggled, this, &MainWindow::setNavigationVisible);

    m_fullScreen = new QAction(this);
    m_fullScreen->setCheckable(true);
    m_fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_fullScreen, &QAction::toggled, this, &MainWindow::toggleFullScreen);

    m_refresh = new QAction(this);
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (auto *commands = dynamic_cast<PaneCommands *>(m_stack->currentWidget()))
            commands->refresh();
    });

    m_preferences = new QAction(this);
    m_preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_preferences, &QAction::triggered, this, &MainWindow::openPreferences);

    m_about = new QAction(this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::openAbout);
    m_aboutQt = new QAction(this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, this, &MainWindow::openAboutQt);

    const QList<QAction *> named = {m_quit,           m_undo,       m_redo,    m_find,
                                    m_showNavigation, m_fullScreen, m_refresh, m_preferences,
                                    m_about,          m_aboutQt,    m_import,  m_resetSandbox};
    const QStringList names = {
        QStringLiteral("quitAction"),           QStringLiteral("undoAction"),
        QStringLiteral("redoAction"),           QStringLiteral("findAction"),
        QStringLiteral("showNavigationAction"), QStringLiteral("fullScreenAction"),
        QStringLiteral("refreshAction"),        QStringLiteral("preferencesAction"),
        QStringLiteral("aboutAction"),          QStringLiteral("aboutQtAction"),
        QStringLiteral("importAction"),         QStringLiteral("resetSandboxAction")};
    for (int i = 0; i < named.size(); ++i) {
        named.at(i)->setObjectName(names.at(i));
        addAction(named.at(i)); // shortcuts work with the menu bar hidden (full screen)
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addMenu(new ProfileMenu(m_profiles, this));
    m_fileMenu->addAction(m_import);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_find);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_showNavigation);
    m_viewMenu->addAction(m_fullScreen);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_refresh);
    m_paneSeparator = m_viewMenu->addSeparator();

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->addAction(m_resetSandbox);
    m_toolsMenu->addAction(m_preferences);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);
}

void MainWindow::createStatusBar()
{
    m_profileLabel = new QToolButton(this);
    m_profileLabel->setObjectName(QStringLiteral("statusProfile"));
    m_profileLabel->setAutoRaise(true);
    m_profileLabel->setPopupMode(QToolButton::InstantPopup);
    m_profileLabel->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_profileLabel->setMenu(new ProfileMenu(m_profiles, m_profileLabel));
    m_environmentLabel = new QLabel(this);
    m_environmentLabel->setObjectName(QStringLiteral("statusEnvironment"));
    m_environmentLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_environmentLabel->setAlignment(Qt::AlignCenter);
    m_network = new NetworkStatusWidget(m_activity, this);
    m_network->setObjectName(QStringLiteral("statusNetwork"));
    m_locationLabel = new QLabel(this);
    m_locationLabel->setObjectName(QStringLiteral("statusLocation"));
    // All permanent: temporary messages (showMessage) must not hide which
    // profile and environment the window is working on.
    statusBar()->addPermanentWidget(m_locationLabel);
    statusBar()->addPermanentWidget(m_profileLabel);
    statusBar()->addPermanentWidget(m_environmentLabel);
    statusBar()->addPermanentWidget(m_network);
    statusBar()->setSizeGripEnabled(true);
}

void MainWindow::addDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    addDockWidget(area, dock);
    // restoreState() ran in the constructor, before this dock existed. Without a saved place
    // a side dock starts narrow, so the pane keeps the room its buttons and labels need.
    if (!restoreDockWidget(dock) &&
        (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea))
        resizeDocks({dock}, {qMax(dock->minimumSizeHint().width(), 300)}, Qt::Horizontal);
    m_viewMenu->insertAction(m_paneSeparator, dock->toggleViewAction());
}

void MainWindow::addPane(const QString &id, const QString &title, const QIcon &icon, QWidget *pane,
                         const QKeySequence &shortcut)
{
    addPane(id, TitleFunction([title] { return title; }), icon, pane, shortcut);
}

void MainWindow::addPane(const QString &id, const TitleFunction &titleFunction, const QIcon &icon,
                         QWidget *pane, const QKeySequence &shortcut)
{
    const QString title = titleFunction();
    if (!pane || id.isEmpty() || indexOf(id) >= 0) {
        qWarning("MainWindow::addPane: pane id \"%s\" is empty or already taken", qPrintable(id));
        return;
    }
    // Product panes stay above the shell's own Connections entry.
    int position = int(m_entries.size());
    if (id != connectionsPaneId() && indexOf(connectionsPaneId()) >= 0)
        position = indexOf(connectionsPaneId());

    Entry entry{id, title, pane, new QAction(icon, title, this), titleFunction};
    entry.action->setObjectName(id + QStringLiteral("PaneAction"));
    QKeySequence keys = shortcut;
    if (keys.isEmpty() && position < 9)
        keys = QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + position));
    entry.action->setShortcut(keys);
    connect(entry.action, &QAction::triggered, this, [this, id] { showPane(id); });
    addAction(entry.action);
    m_viewMenu->insertAction(nullptr, entry.action);
    if (id == connectionsPaneId()) {
        m_fileMenu->insertAction(m_fileMenu->actions().value(1), entry.action);
        m_toolsMenu->insertAction(m_preferences, entry.action);
    }

    pane->setParent(m_stack);
    m_stack->addWidget(pane);
    auto *item = new QListWidgetItem(icon, title);
    item->setData(Qt::UserRole, id);
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->insertItem(position, item);
    }
    m_entries.insert(position, entry);
    setPaneTitle(id, title); // the tooltip and accessible text
    if (auto *commands = dynamic_cast<PaneCommands *>(pane)) {
        if (QUndoStack *stack = commands->undoStack())
            m_undoGroup->addStack(stack);
    }
    if (id == m_restorePaneId) {
        m_restorePaneId.clear();
        m_restored = true;
        showPane(id);
    } else if (!m_restored && position == 0) {
        showPane(id); // until the remembered pane lands, show the first entry
    } else {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(indexOf(currentPaneId()));
    }
}

bool MainWindow::showPane(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0)
        return false;
    m_navigation->setCurrentRow(i);
    onPaneChanged(i);
    return true;
}

QString MainWindow::currentPaneId() const
{
    for (const Entry &entry : m_entries) {
        if (entry.widget == m_stack->currentWidget())
            return entry.id;
    }
    return {};
}

QWidget *MainWindow::pane(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : m_entries.at(i).widget;
}

QStringList MainWindow::paneIds() const
{
    QStringList ids;
    for (const Entry &entry : m_entries)
        ids.append(entry.id);
    return ids;
}

int MainWindow::indexOf(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

void MainWindow::onPaneChanged(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    m_stack->setCurrentWidget(m_entries.at(row).widget);
    updatePaneCommands();
}

void MainWindow::updatePaneCommands()
{
    auto *commands = dynamic_cast<PaneCommands *>(m_stack->currentWidget());
    m_find->setEnabled(commands && commands->canFind());
    m_refresh->setEnabled(commands && commands->canRefresh());
    m_undoGroup->setActiveStack(commands ? commands->undoStack() : nullptr);
}

bool MainWindow::isProductionBannerShown() const
{
    return !m_banner->isHidden();
}

QString MainWindow::statusProfileText() const
{
    return m_profileLabel->text();
}

QString MainWindow::statusEnvironmentText() const
{
    return m_environmentLabel->text();
}

QString MainWindow::statusLocationText() const
{
    return m_locationLabel->text();
}

void MainWindow::setLocation(const QString &community, bool named, const QString &server)
{
    m_community = community;
    m_communityNamed = named;
    m_server = server;
    updateActiveProfile();
}

void MainWindow::updateActiveProfile()
{
    const ConnectionProfile active = m_profiles.active();
    m_profileLabel->setText(tr("Profile: %1").arg(active.name));
    m_profileLabel->setAccessibleName(m_profileLabel->text());
    m_environmentLabel->setText(active.environment());
    m_environmentLabel->setAccessibleName(tr("Environment: %1").arg(active.environment()));
    // The badge keeps its environment colour in either theme; its text is black or white,
    // whichever reads better on that colour (white on the staging orange would not).
    const QColor badge = IconFactory::environmentColor(active.environmentKind());
    m_environmentLabel->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-radius: 8px; "
                       "padding: 1px 8px; font-weight: 600; }")
            .arg(badge.name(), ColorContrast::textOn(badge).name()));
    m_banner->setProfileName(active.name);
    m_banner->setVisible(active.production);
    // The environment only when the name does not already say it ("Local sandbox").
    const QString environment = active.environment();
    const QString where = active.name.compare(environment, Qt::CaseInsensitive) == 0
                              ? active.name
                              : tr("%1 (%2)").arg(active.name, environment);
    QString community;
    if (!m_community.isEmpty()) {
        community =
            m_communityNamed ? m_community : tr("community %1 (name not known)").arg(m_community);
    }
    setWindowTitle(community.isEmpty() ? tr("%1 — Returning Admin").arg(where)
                                       : tr("%1 — %2 — Returning Admin").arg(community, where));
    QString location = community.isEmpty() ? QString() : tr("Community: %1").arg(community);
    if (!community.isEmpty() && !m_server.isEmpty() && m_server != m_community)
        location = tr("%1 · Server: %2").arg(location, m_server);
    m_locationLabel->setText(location);
    m_locationLabel->setAccessibleName(location);
    m_locationLabel->setVisible(!location.isEmpty());
}

void MainWindow::setNavigationVisible(bool visible)
{
    m_sidebar->setVisible(visible);
    if (m_showNavigation->isChecked() != visible)
        m_showNavigation->setChecked(visible);
}

void MainWindow::toggleFullScreen(bool fullScreen)
{
    if (fullScreen == isFullScreen())
        return;
    if (fullScreen)
        showFullScreen();
    else
        showNormal();
}

void MainWindow::openPreferences()
{
    auto *dialog = new PreferencesDialog(m_settings, m_questions, this);
    dialog->open();
}

void MainWindow::openAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->open();
}

void MainWindow::openAboutQt()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutQtDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Qt"));
    box->setIconPixmap(IconFactory::appIcon().pixmap(QSize(48, 48)));
    box->setText(tr("Returning Admin uses Qt %1.").arg(QString::fromLatin1(qVersion())));
    box->setInformativeText(tr("Qt is a C++ toolkit for cross-platform application development, "
                               "available under the GNU LGPL version 3. See https://www.qt.io "
                               "for licensing and source code."));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_settings.windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1200, 780);
    restoreState(m_settings.windowState());
    const QByteArray navigation = m_settings.navigationState();
    if (!navigation.isEmpty())
        m_splitter->restoreState(navigation);
    setNavigationVisible(m_settings.navigationVisible());
}

void MainWindow::saveWindowState()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setNavigationState(m_splitter->saveState());
    m_settings.setNavigationVisible(m_showNavigation->isChecked());
    m_settings.setLastNavigationEntry(currentPaneId());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

QString MainWindow::droppedCsv(const QMimeData *mime)
{
    const QList<QUrl> urls = mime ? mime->urls() : QList<QUrl>();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(u".csv", Qt::CaseInsensitive))
            return url.toLocalFile();
    }
    return {};
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedCsv(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedCsv(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    emit importRequested(path);
}

void MainWindow::setKeyProblem(const QString &profileName, const QString &reason)
{
    m_keyProblem = reason;
    m_keyProblemProfile = profileName;
    m_keyBar->clearActions();
    if (reason.isEmpty()) {
        m_keyBar->hide();
        return;
    }
    m_keyBar->addActionButton(m_openConnections);
    showKeyProblem();
}

void MainWindow::showKeyProblem()
{
    if (m_keyProblem.isEmpty())
        return;
    m_keyBar->showMessage(MessageBar::Kind::Warning,
                          tr("Some keys of profile \"%1\" cannot be read, so requests that need "
                             "them are not sent. %2")
                              .arg(m_keyProblemProfile, m_keyProblem));
}

void MainWindow::addToolsAction(QAction *action)
{
    addAction(action);
    m_toolsMenu->insertAction(m_preferences, action);
}

void MainWindow::setSandboxResetAvailable(bool available, bool enabled)
{
    m_resetSandbox->setVisible(available);
    m_resetSandbox->setEnabled(available && enabled);
}

} // namespace ra
