#pragma once

#include <QKeySequence>
#include <QList>
#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QMimeData;
class QListWidget;
class QDockWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QUndoGroup;

namespace ra {

class AppSettings;
class ConnectionsPane;
class MessageBar;
class NavigationSidebar;
class NetworkActivity;
class NetworkStatusWidget;
class ProductionBanner;
class ProfileStore;
class QuestionProvider;

// The application shell: a navigation list on the left, the panes in a
// stack, the menus, the status bar (active profile, environment, network
// activity) and the production banner. No business logic: panes do the work.
// Panes register with addPane(); the shell's own pane is "Connections".
// Receives its services from the composition root and owns only widgets.
// GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(AppSettings &settings, ProfileStore &profiles, NetworkActivity &activity,
               QuestionProvider &questions, QWidget *parent = nullptr);
    ~MainWindow() override;

    static QString connectionsPaneId() { return QStringLiteral("connections"); }

    // Docks `dock` (which needs an object name) in `area`, or where the saved window state put
    // it, and lists it in the View menu to show or hide. The window owns it.
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area);
    // Adds a navigation entry and its pane (the window takes ownership of
    // `pane`). An empty shortcut gets Ctrl+1..9 by position. A pane that
    // implements PaneCommands gets Find/Refresh forwarded and its undo stack
    // added to undoGroup(). Entries keep their order, above Connections. The
    // pane remembered from the last session is shown when it is added.
    // `title` is called again on every language change, so the entry, its View menu action and
    // its tooltip follow the language: pass a function that calls tr().
    using TitleFunction = std::function<QString()>;
    void addPane(const QString &id, const TitleFunction &title, const QIcon &icon, QWidget *pane,
                 const QKeySequence &shortcut = QKeySequence());
    // The same with a fixed title, which stays as it is when the language changes unless
    // setPaneTitle() is called.
    void addPane(const QString &id, const QString &title, const QIcon &icon, QWidget *pane,
                 const QKeySequence &shortcut = QKeySequence());
    // Retitles an entry: its navigation item, tooltip and View menu action.
    void setPaneTitle(const QString &id, const QString &title);
    bool showPane(const QString &id);
    QString currentPaneId() const;
    QWidget *pane(const QString &id) const;
    QStringList paneIds() const;
    ConnectionsPane *connectionsPane() const { return m_connections; }

    QUndoGroup *undoGroup() const { return m_undoGroup; }
    // The View menu, for commands installed from outside (the command palette's entry).
    QMenu *viewMenu() const { return m_viewMenu; }
    bool isProductionBannerShown() const;
    QString statusProfileText() const;
    QString statusEnvironmentText() const;
    QString statusLocationText() const;

    // Names where the window works, in the title and the status bar: the community (`named`:
    // the name comes from the API; otherwise `community` is its id) and the current server
    // (shown when it is not the community). An empty community says nothing (not connected).
    void setLocation(const QString &community, bool named, const QString &server);

    // Writes geometry, window state, navigation layout and the current pane
    // to AppSettings (also done on close).
    void saveWindowState();

    // Says above the panes that some keys of profile `profileName` could not
    // be read and why, with a way to the Connections pane; an empty `reason`
    // hides it.
    void setKeyProblem(const QString &profileName, const QString &reason);
    QString keyProblem() const { return m_keyProblem; }

    // Shows Tools > Reset Demo Community… while the app runs its own sandbox
    // (`available`), enabled once that sandbox is serving.
    void setSandboxResetAvailable(bool available, bool enabled);
    // Adds `action` to the Tools menu, above Preferences (the window keeps its shortcut).
    void addToolsAction(QAction *action);

    // The local .csv file among dropped URLs, or empty.
    static QString droppedCsv(const QMimeData *mime);

signals:
    // File > Import… / Ctrl+I (empty path) or a .csv dropped on the window:
    // the composition root opens the import wizard.
    void importRequested(const QString &path);
    // Tools > Reset Demo Community…: the composition root asks and resets.
    void sandboxResetRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        QString id;
        QString title;
        QWidget *widget = nullptr;
        QAction *action = nullptr;
        TitleFunction titleFunction; // asked again on every language change
    };

    void createActions();
    void createMenus();
    void createStatusBar();
    void restoreWindowState();
    void retranslateUi();
    void updateUndoTexts();
    void showKeyProblem();
    void updateActiveProfile();
    void onPaneChanged(int row);
    void updatePaneCommands();
    void setNavigationVisible(bool visible);
    void toggleFullScreen(bool fullScreen);
    void openPreferences();
    void openAbout();
    void openAboutQt();
    int indexOf(const QString &id) const;

    AppSettings &m_settings;
    ProfileStore &m_profiles;
    NetworkActivity &m_activity;
    QuestionProvider &m_questions;

    ProductionBanner *m_banner = nullptr;
    MessageBar *m_keyBar = nullptr;
    QString m_keyProblem;
    QString m_keyProblemProfile;
    QAction *m_openConnections = nullptr;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    ConnectionsPane *m_connections = nullptr;
    NavigationSidebar *m_sidebar = nullptr;
    QToolButton *m_profileLabel = nullptr; // opens the Switch profile menu
    QLabel *m_environmentLabel = nullptr;
    QLabel *m_locationLabel = nullptr;
    QString m_community;
    QString m_server;
    bool m_communityNamed = false;
    NetworkStatusWidget *m_network = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QList<Entry> m_entries; // in navigation order
    QString m_restorePaneId;
    bool m_restored = false;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_import = nullptr;
    QAction *m_resetSandbox = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_find = nullptr;
    QAction *m_showNavigation = nullptr;
    QAction *m_fullScreen = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    QAction *m_paneSeparator = nullptr;
};

} // namespace ra
