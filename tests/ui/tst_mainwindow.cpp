#include "aboutdialog.h"
#include "busyindicator.h"
#include "connectionspane.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "messageboxquestionprovider.h"
#include "panecommands.h"
#include "preferencesdialog.h"
#include "testservices.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTranslator>
#include <QUndoGroup>
#include <QUndoStack>

using namespace ra;
using namespace ra::test;

namespace {

// A pane that offers Find, Refresh and an undo stack, counting the calls.
class CommandPane : public QWidget, public PaneCommands
{
public:
    explicit CommandPane(const QString &name)
    {
        setObjectName(name);
        auto *label = new QLabel(name, this);
        label->move(20, 20);
    }
    bool canFind() const override { return true; }
    void find() override { ++finds; }
    bool canRefresh() const override { return true; }
    void refresh() override { ++refreshes; }
    QUndoStack *undoStack() const override { return &stack; }

    int finds = 0;
    int refreshes = 0;
    mutable QUndoStack stack;
};

// Translates every string of the shell and the Connections pane to upper case.
class UpperCaseTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        const QByteArray ctx(context);
        if (ctx == "ra::MainWindow" || ctx == "ra::ConnectionsPane")
            return QString::fromUtf8(sourceText).toUpper();
        return {};
    }
};

QAction *action(QWidget &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

void clickNavigation(QListWidget *navigation, int row)
{
    const QRect rect = navigation->visualItemRect(navigation->item(row));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void keyProblemIsShownWithAWayOut();
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void navigation();
    void paneCommandsAreForwarded();
    void dialogs();
    void statusBarAndProductionBanner();
    void windowStateIsRestored();
    void retranslatesOnLanguageChange();
    void everythingHasAnAccessibleNameAndKey();
    void discardPromptIsShownOnce();

private:
    void screenshot(QWidget &widget, const QString &name);
    QString iniPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_MainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_MainWindow::screenshot(QWidget &widget, const QString &name)
{
    saveScreenshot(widget, name);
}

void tst_MainWindow::keyProblemIsShownWithAWayOut()
{
    Services s(iniPath());
    MainWindow window(s.settings, s.profiles, s.activity, s.questions);
    window.addPane(QStringLiteral("servers"), QStringLiteral("Servers"), QIcon(),
                   new CommandPane(QStringLiteral("serversPane")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPane(QStringLiteral("servers"));
    auto *bar = window.findChild<MessageBar *>(QStringLiteral("keyProblemBar"));
    QVERIFY(bar);
    QVERIFY(bar->isHidden());
    window.setKeyProblem(QStringLiteral("Acme"), QStringLiteral("The keyring is locked."));
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("profile \"Acme\" cannot be read")),
             qPrintable(bar->text()));
    QVERIFY(bar->text().contains(QStringLiteral("The keyring is locked.")));
    QPushButton *open = nullptr;
    const auto buttons = bar->findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->text() == u"Open Connections")
            open = b;
    }
    QVERIFY(open);
    screenshot(window, QStringLiteral("key-problem"));
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(window.currentPaneId(), MainWindow::connectionsPaneId());
    window.setKeyProblem(QStringLiteral("Acme"), QString());
    QVERIFY(bar->isHidden());
}

void tst_MainWindow::navigation()
{
    Services s(iniPath());
    MainWindow window(s.settings, s.profiles, s.activity, s.questions);
    window.addPane(QStringLiteral("servers"), QStringLiteral("Servers"), QIcon(),
                   new CommandPane(QStringLiteral("serversPane")));
    window.addPane(QStringLiteral("roles"), QStringLiteral("Roles"), QIcon(),
                   new CommandPane(QStringLiteral("rolesPane")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Product panes come first, Connections stays last.
    QCOMPARE(window.paneIds(), (QStringList{QStringLiteral("servers"), QStringLiteral("roles"),
                                            MainWindow::connectionsPaneId()}));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("paneStack"));
    QVERIFY(navigation && stack);
    QCOMPARE(navigation->count(), 3);
    for (int row = 0; row < navigation->count(); ++row) {
        clickNavigation(navigation, row);
        QTRY_COMPARE(window.currentPaneId(), window.paneIds().at(row));
        QCOMPARE(stack->currentWidget(), window.pane(window.paneIds().at(row)));
    }
    QVERIFY(qobject_cast<ConnectionsPane *>(stack->currentWidget()));
    screenshot(window, QStringLiteral("connections"));

    // Ctrl+1.. switch by position; the actions carry the shortcuts.
    QCOMPARE(action(window, "serversPaneAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
    QCOMPARE(action(window, "rolesPaneAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
    action(window, "rolesPaneAction")->trigger();
    QCOMPARE(window.currentPaneId(), QStringLiteral("roles"));
    QCOMPARE(navigation->currentRow(), 1);
    window.activateWindow();
    if (QTest::qWaitForWindowActive(&window)) {
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(window.currentPaneId(), QStringLiteral("servers"));
    }

    // An id can be registered once.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("already taken")));
    CommandPane duplicate(QStringLiteral("duplicateRoles"));
    window.addPane(QStringLiteral("roles"), QStringLiteral("Roles again"), QIcon(), &duplicate);
    QCOMPARE(navigation->count(), 3);

    // Full screen and back.
    action(window, "fullScreenAction")->trigger();
    QTRY_VERIFY(window.isFullScreen());
    action(window, "fullScreenAction")->trigger();
    QTRY_VERIFY(!window.isFullScreen());

    // Hide and show the navigation.
    action(window, "showNavigationAction")->trigger();
    QVERIFY(!navigation->isVisibleTo(&window));
    action(window, "showNavigationAction")->trigger();
    QVERIFY(navigation->isVisibleTo(&window));
}

void tst_MainWindow::paneCommandsAreForwarded()
{
    Services s(iniPath());
    MainWindow window(s.settings, s.profiles, s.activity, s.questions);
    auto *pane = new CommandPane(QStringLiteral("usersPane"));
    window.addPane(QStringLiteral("users"), QStringLiteral("Users"), QIcon(), pane);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPane(QStringLiteral("users"));

    action(window, "findAction")->trigger();
    action(window, "refreshAction")->trigger();
    QCOMPARE(pane->finds, 1);
    QCOMPARE(pane->refreshes, 1);

    QCOMPARE(window.undoGroup()->activeStack(), &pane->stack);
    auto *command = new QUndoCommand(QStringLiteral("set"));
    pane->stack.push(command);
    QVERIFY(action(window, "undoAction")->isEnabled());
    action(window, "undoAction")->trigger();
    QCOMPARE(pane->stack.index(), 0);

    // Connections offers Find (the filter) but not Refresh.
    window.showPane(MainWindow::connectionsPaneId());
    QVERIFY(action(window, "findAction")->isEnabled());
    QVERIFY(!action(window, "refreshAction")->isEnabled());
    QCOMPARE(window.undoGroup()->activeStack(), nullptr);
    action(window, "findAction")->trigger();
    QTRY_COMPARE(window.focusWidget(), window.findChild<QWidget *>(QStringLiteral("filterEdit")));
}

void tst_MainWindow::dialogs()
{
    Services s(iniPath());
    MainWindow window(s.settings, s.profiles, s.activity, s.questions);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    action(window, "aboutAction")->trigger();
    QTRY_VERIFY(window.findChild<AboutDialog *>());
    auto *about = window.findChild<AboutDialog *>();
    QTRY_VERIFY(about->isVisible());
    const QString version = about->findChild<QLabel *>(QStringLiteral("aboutVersion"))->text();
    QVERIFY2(version.contains(QStringLiteral(RA_VERSION)), qPrintable(version));
    QVERIFY(version.contains(QString::fromLatin1(qVersion())));
    screenshot(*about, QStringLiteral("about"));
    about->reject();
    QTRY_VERIFY(!window.findChild<AboutDialog *>()); // deleted on close

    action(window, "preferencesAction")->trigger();
    QTRY_VERIFY(window.findChild<PreferencesDialog *>());
    auto *prefs = window.findChild<PreferencesDialog *>();
    QTRY_VERIFY(prefs->isVisible());
    auto *timeout = prefs->findChild<QSpinBox *>(QStringLiteral("timeoutSpin"));
    auto *concurrency = prefs->findChild<QSpinBox *>(QStringLiteral("concurrencySpin"));
    QCOMPARE(timeout->value(), AppSettings::DefaultRequestTimeoutMs / 1000);
    timeout->setValue(45);
    concurrency->setValue(3);
    screenshot(*prefs, QStringLiteral("preferences"));
    prefs->accept();
    QTRY_VERIFY(!window.findChild<PreferencesDialog *>());
    QCOMPARE(s.settings.requestTimeoutMs(), 45000);
    QCOMPARE(s.settings.perHostConcurrency(), 3);

    action(window, "aboutQtAction")->trigger();
    QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("aboutQtDialog")));
    auto *aboutQt = window.findChild<QMessageBox *>(QStringLiteral("aboutQtDialog"));
    QVERIFY(aboutQt->text().contains(QString::fromLatin1(qVersion())));
    aboutQt->close();
    QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("aboutQtDialog")));
}

void tst_MainWindow::statusBarAndProductionBanner()
{
    Services s(iniPath());
    MainWindow window(s.settings, s.profiles, s.activity, s.questions);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(window.statusProfileText(), QStringLiteral("Profile: Local sandbox"));
    QCOMPARE(window.statusEnvironmentText(), QStringLiteral("Local sandbox"));
    // Said once, not "Local sandbox (Local sandbox)".
    QCOMPARE(window.windowTitle(), QStringLiteral("Local sandbox — Returning Admin"));
    QVERIFY(!window.isProductionBannerShown());
    auto *network = window.findChild<QLabel *>(QStringLiteral("networkStatusLabel"));
    QCOMPARE(network->text(), QStringLiteral("Idle"));
    auto *busy = window.findChild<BusyIndicator *>();
    QVERIFY(busy && !busy->isRunning());
    s.activity.setCounts(3, 2);
    QCOMPARE(network->text(), QStringLiteral("3 requests, 2 queued"));
    QVERIFY(busy->isRunning());
    s.activity.setCounts(0, 4);
    QCOMPARE(network->text(), QStringLiteral("4 queued"));
    s.activity.setCounts(0, 0);
    QCOMPARE(network->text(), QStringLiteral("Idle"));
    QVERIFY(!busy->isRunning());
    s.activity.setCounts(1, 0);
    QCOMPARE(network->text(), QStringLiteral("1 request"));

    const QString prodId = s.profiles.add(productionProfile(QStringLiteral("Acme")));
    QVERIFY(!prodId.isEmpty());
    // File > Switch profile lists the new profile; choosing it activates it.
    auto *menu = window.findChild<QMenu *>(QStringLiteral("switchProfileMenu"));
    QTRY_COMPARE(menu->actions().size(), 2);
    QAction *prodAction = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->data().toString() == prodId)
            prodAction = a;
    }
    QVERIFY(prodAction);
    prodAction->trigger();
    QCOMPARE(s.profiles.activeId(), prodId);
    QVERIFY(window.isProductionBannerShown());
    QCOMPARE(window.statusProfileText(), QStringLiteral("Profile: Acme"));
    QCOMPARE(window.statusEnvironmentText(), QStringLiteral("Production"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Acme (Production) — Returning Admin"));
    s.activity.setCounts(3, 2);
    window.showPane(MainWindow::connectionsPaneId());
    window.connectionsPane()->selectProfile(prodId);
    QCOMPARE(window.connectionsPane()->currentProfileId(), prodId);
    screenshot(window, QStringLiteral("production"));

    // A temporary status message does not hide the profile or its environment.
    window.statusBar()->showMessage(QStringLiteral("Starting the local sandbox…"));
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("statusProfile"))->isVisible());
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("statusEnvironment"))->isVisible());

    s.profiles.setActive(ConnectionProfile::localSandboxId());
    QVERIFY(!window.isProductionBannerShown());
    QCOMPARE(window.statusEnvironmentText(), QStringLiteral("Local sandbox"));
}

void tst_MainWindow::windowStateIsRestored()
{
    QRect geometry;
    {
        Services s(iniPath());
        MainWindow window(s.settings, s.profiles, s.activity, s.questions);
        window.addPane(QStringLiteral("servers"), QStringLiteral("Servers"), QIcon(),
                       new CommandPane(QStringLiteral("serversPane")));
        window.addPane(QStringLiteral("roles"), QStringLiteral("Roles"), QIcon(),
                       new CommandPane(QStringLiteral("rolesPane")));
        window.resize(987, 654);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPane(QStringLiteral("roles"));
        action(window, "showNavigationAction")->trigger();
        geometry = window.geometry();
        QVERIFY(window.close());
        s.settings.sync();
    }
    Services s(iniPath());
    MainWindow window(s.settings, s.profiles, s.activity, s.questions);
    window.addPane(QStringLiteral("servers"), QStringLiteral("Servers"), QIcon(),
                   new CommandPane(QStringLiteral("serversPane")));
    QCOMPARE(window.currentPaneId(), QStringLiteral("servers"));
    window.addPane(QStringLiteral("roles"), QStringLiteral("Roles"), QIcon(),
                   new CommandPane(QStringLiteral("rolesPane")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentPaneId(), QStringLiteral("roles"));
    QCOMPARE(window.size(), geometry.size());
    QVERIFY(!window.findChild<QListWidget *>(QStringLiteral("navigation"))->isVisibleTo(&window));
    QVERIFY(!action(window, "showNavigationAction")->isChecked());
}

void tst_MainWindow::retranslatesOnLanguageChange()
{
    Services s(iniPath());
    MainWindow window(s.settings, s.profiles, s.activity, s.questions);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.menuBar()->actions().at(0)->text(), QStringLiteral("&File"));
    UpperCaseTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_COMPARE(window.menuBar()->actions().at(0)->text(), QStringLiteral("&FILE"));
    QCOMPARE(action(window, "connectionsPaneAction")->text(), QStringLiteral("CONNECTIONS"));
    QCOMPARE(window.statusProfileText(), QStringLiteral("PROFILE: Local sandbox"));
    QCOMPARE(window.findChild<QPushButton *>(QStringLiteral("newButton"))->text(),
             QStringLiteral("&NEW"));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_COMPARE(window.menuBar()->actions().at(0)->text(), QStringLiteral("&File"));
}

void tst_MainWindow::everythingHasAnAccessibleNameAndKey()
{
    Services s(iniPath());
    s.profiles.add(productionProfile(QStringLiteral("Acme")));
    MainWindow window(s.settings, s.profiles, s.activity, s.questions);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                           qobject_cast<QAbstractSpinBox *>(w) ||
                           (qobject_cast<QAbstractItemView *>(w) && !w->inherits("QMenu"));
        auto *button = qobject_cast<QAbstractButton *>(w);
        if ((!input && !button) || w->objectName().startsWith(QLatin1String("qt_")))
            continue; // not interactive, or Qt's own (menu bar extension, scroll bars)
        if (w->parent() &&
            (w->parent()->inherits("QLineEdit") || w->parent()->inherits("QComboBox") ||
             w->parent()->inherits("QAbstractSpinBox") || w->inherits("QLineEditIconButton")))
            continue; // internals of composite widgets
        const QString name =
            w->accessibleName().isEmpty() && button ? button->text() : w->accessibleName();
        QVERIFY2(!name.isEmpty(), qPrintable(QStringLiteral("no accessible name: ") +
                                             QString::fromLatin1(w->metaObject()->className()) +
                                             QLatin1Char('/') + w->objectName()));
    }
    // Every menu entry can be reached from the keyboard: a mnemonic or a shortcut.
    const QList<QMenu *> menus = window.findChildren<QMenu *>();
    for (QMenu *menu : menus) {
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || a->data().isValid()) // profile entries are data-driven
                continue;
            QVERIFY2(!a->text().isEmpty(), qPrintable(a->objectName()));
            QVERIFY2(a->text().contains(QLatin1Char('&')) || !a->shortcut().isEmpty(),
                     qPrintable(a->text()));
        }
    }
}

void tst_MainWindow::discardPromptIsShownOnce()
{
    // Each click on the window while "Discard the new profile?" showed used to open another copy.
    Services s(iniPath());
    MessageBoxQuestionProvider prompts;
    MainWindow window(s.settings, s.profiles, s.activity, prompts);
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showPane(MainWindow::connectionsPaneId()));
    ConnectionsPane *pane = window.connectionsPane();
    QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("newButton")), Qt::LeftButton);
    QVERIFY(pane->isDraft());
    auto *list = pane->findChild<QListWidget *>(QStringLiteral("profileList"));
    const QRect row = list->visualItemRect(list->item(0));
    const auto openPrompts = [&window] {
        QList<QMessageBox *> open;
        for (QMessageBox *box : window.findChildren<QMessageBox *>()) {
            if (box->isVisible())
                open.append(box);
        }
        return open;
    };
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
    QTRY_COMPARE(openPrompts().size(), 1);
    QMessageBox *box = openPrompts().first();
    QCOMPARE(box->text(), QStringLiteral("Discard the new profile?"));
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    QCOMPARE(box->defaultButton()->text(), QStringLiteral("Keep editing"));
    // Two more clicks on the window while it shows: still the one prompt.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(openPrompts().size(), 1);
    QCOMPARE(prompts.openCount(), 1);
    screenshot(window, QStringLiteral("discard-prompt"));
    // Keep editing: the draft stays, and no repeat of the question acted on its own.
    QTest::mouseClick(box->defaultButton(), Qt::LeftButton);
    QTRY_COMPARE(openPrompts().size(), 0);
    QCOMPARE(prompts.openCount(), 0);
    QVERIFY(pane->isDraft());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
