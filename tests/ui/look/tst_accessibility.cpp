#include "commandpalette/commandcatalog.h"
#include "fullwindow.h"
#include "messagebar.h"
#include "testservices.h"
#include "themecontroller.h"

#include <QAbstractButton>
#include <QAction>
#include <QColorDialog>
#include <QDialog>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

using namespace ra;

// Keyboard and accessibility (issue 17), on the whole app against its embedded sandbox: every
// focusable control of every pane, tab and dialog the window can open has a name a screen reader
// can announce (an accessible name, a button's text, or a QLabel buddy), and every action can be
// reached by a shortcut or from a menu.
class tst_Accessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyPaneControlIsNamed();
    void everyDialogControlIsNamed();
    void everyActionHasAShortcutOrAMenu();

private:
    // Focusable, enabled, shown controls under `root` (itself included) without a spoken name.
    static QStringList unnamed(QWidget *root);
    // Every tab page of every tab widget under `root`, shown in turn, checked by `check`.
    static void visitTabs(QWidget *root, const std::function<void()> &check);
    QStringList openedWindows(const QSet<QWidget *> &before) const;

    test::FullWindow m_app;
};

void tst_Accessibility::initTestCase()
{
    QVERIFY(m_app.start());
}

void tst_Accessibility::cleanupTestCase()
{
    m_app.stop();
}

QStringList tst_Accessibility::unnamed(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled() || !w->isVisibleTo(root) ||
            (w != root && !w->isVisible()))
            continue;
        // Focus passes on to its proxy (a spin box's line edit to the spin box): that one speaks.
        if (w->focusProxy())
            continue;
        if (test::FullWindow::spokenName(w).isEmpty())
            out.append(test::FullWindow::describe(w));
    }
    return out;
}

void tst_Accessibility::visitTabs(QWidget *root, const std::function<void()> &check)
{
    check();
    const QList<QTabWidget *> tabs = root->findChildren<QTabWidget *>();
    for (QTabWidget *tab : tabs) {
        if (!tab->isVisible())
            continue;
        const int was = tab->currentIndex();
        for (int i = 0; i < tab->count(); ++i) {
            if (!tab->isTabEnabled(i))
                continue;
            tab->setCurrentIndex(i);
            check();
        }
        tab->setCurrentIndex(was);
    }
}

void tst_Accessibility::everyPaneControlIsNamed()
{
    MainWindow *window = m_app.window();
    ThemeController theme;
    QStringList failures;
    QStringList seen; // each widget once, with the first pane it was seen on
    const QStringList panes = window->paneIds();
    QVERIFY(panes.size() >= 7); // Servers, Roles, Channels, Badges, Users, API Log, Connections
    for (ThemeController::Mode mode : {ThemeController::Mode::Light, ThemeController::Mode::Dark}) {
        theme.apply(mode);
        QVERIFY(m_app.waitForPalette());
        for (const QString &id : panes) {
            QVERIFY(window->showPane(id));
            QTRY_VERIFY(window->pane(id)->isVisible());
            visitTabs(window->pane(id), [&] {
                const QStringList missing = unnamed(window);
                for (const QString &m : missing) {
                    if (!seen.contains(m)) {
                        seen.append(m);
                        failures.append(QStringLiteral("pane %1: %2").arg(id, m));
                    }
                }
            });
            test::saveScreenshot(*window, QStringLiteral("a11y-%1-%2")
                                              .arg(id, mode == ThemeController::Mode::Dark
                                                           ? QStringLiteral("dark")
                                                           : QStringLiteral("light")));
        }
    }
    theme.apply(ThemeController::Mode::System);
    QVERIFY2(failures.isEmpty(),
             qPrintable(QStringLiteral("focusable controls without an accessible name:\n") +
                        failures.join(u'\n')));
}

QStringList tst_Accessibility::openedWindows(const QSet<QWidget *> &before) const
{
    QStringList out;
    const QWidgetList tops = QApplication::topLevelWidgets();
    for (QWidget *w : tops) {
        if (w->isVisible() && !before.contains(w))
            out.append(test::FullWindow::describe(w));
    }
    return out;
}

void tst_Accessibility::everyDialogControlIsNamed()
{
    MainWindow *window = m_app.window();
    QStringList failures;
    QStringList opened;
    QList<QAction *> done;
    const QStringList panes = window->paneIds();
    for (const QString &id : panes) {
        QVERIFY(window->showPane(id));
        // A row selected, so Edit has something to open.
        if (auto *table = window->pane(id)->findChild<QTableView *>();
            table && table->model() && table->model()->rowCount() > 0)
            table->selectRow(0);
        // Commands that change or lose data (delete, remove, reset) are left alone.
        // Menus rebuild their entries as they open: hold the actions weakly.
        QList<QPointer<QAction>> actions;
        for (QAction *action : window->findChildren<QAction *>())
            actions.append(action);
        for (const QPointer<QAction> &action : std::as_const(actions)) {
            if (!action || done.contains(action.data()))
                continue;
            const QString text = action->text();
            // Commands that open a window: those whose name ends in an ellipsis, About, and
            // New (Ctrl+N) and Edit (F2, or Shift+F2 where F2 edits in place) on a pane.
            // Find… moves the focus to the pane's search box; it opens nothing.
            const QKeySequence keys = action->shortcut();
            const bool opener =
                text.endsWith(u'…') || action->objectName().startsWith(QLatin1String("about")) ||
                keys == QKeySequence(Qt::CTRL | Qt::Key_N) || keys == QKeySequence(Qt::Key_F2) ||
                keys == QKeySequence(Qt::SHIFT | Qt::Key_F2);
            if (!opener || !action->isEnabled() || !action->isVisible() ||
                action->shortcuts().contains(QKeySequence(QKeySequence::Find)))
                continue;
            const QString lower = text.toLower();
            if (lower.contains(QLatin1String("delete")) ||
                lower.contains(QLatin1String("remove")) || lower.contains(QLatin1String("reset")) ||
                lower.contains(QLatin1String("forget")))
                continue;
            // A pane's own action works while its pane is shown.
            if (QWidget *owner = qobject_cast<QWidget *>(action->parent());
                owner && owner != window && !owner->isVisible())
                continue;
            done.append(action.data());
            QSet<QWidget *> before;
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (w->isVisible())
                    before.insert(w);
            }
            action->trigger();
            // Some edit in place (F2 on a server's name, a new connection profile).
            if (!QTest::qWaitFor([&] { return !openedWindows(before).isEmpty(); }, 2000)) {
                qInfo("\"%s\" (pane %s) works in place", qPrintable(text), qPrintable(id));
                continue;
            }
            const QWidgetList tops = QApplication::topLevelWidgets();
            for (QWidget *w : tops) {
                if (!w->isVisible() || before.contains(w))
                    continue;
                opened.append(test::FullWindow::describe(w));
                // Qt's own file and colour dialogs are Qt's to name.
                if (!qobject_cast<QFileDialog *>(w) && !qobject_cast<QColorDialog *>(w)) {
                    visitTabs(w, [&] {
                        for (const QString &m : unnamed(w)) {
                            const QString line = QStringLiteral("\"%1\": %2")
                                                     .arg(CommandCatalog::plainText(text), m);
                            if (!failures.contains(line))
                                failures.append(line);
                        }
                    });
                }
                if (auto *dialog = qobject_cast<QDialog *>(w))
                    dialog->reject();
                else
                    w->close();
            }
            QTRY_VERIFY(openedWindows(before).isEmpty());
        }
    }
    qInfo("opened %d windows:\n%s", int(opened.size()), qPrintable(opened.join(u'\n')));
    QVERIFY(opened.size() >= 10);
    QVERIFY2(failures.isEmpty(),
             qPrintable(QStringLiteral("in dialogs:\n") + failures.join(u'\n')));
}

void tst_Accessibility::everyActionHasAShortcutOrAMenu()
{
    MainWindow *window = m_app.window();
    QStringList failures;
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text().isEmpty() || action->isSeparator() || action->menu())
            continue;
        if (!action->shortcut().isEmpty() || MessageBar::isOffer(action))
            continue;
        bool reachable = false;
        const QList<QObject *> shownIn = action->associatedObjects();
        for (QObject *o : shownIn) {
            if (qobject_cast<QMenu *>(o) || qobject_cast<QAbstractButton *>(o))
                reachable = true;
        }
        if (!reachable)
            failures.append(
                QStringLiteral("\"%1\" (%2)").arg(action->text(), action->objectName()));
    }
    QVERIFY2(failures.isEmpty(),
             qPrintable(QStringLiteral("actions with neither a shortcut nor a menu or button:\n") +
                        failures.join(u'\n')));
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
