#include "commandpalette/commandcatalog.h"
#include "commandpalette/commandpalette.h"
#include "fullwindow.h"
#include "item/userfilterspec.h"
#include "item/usertablemodel.h"
#include "users/savedfiltermenu.h"
#include "users/userdetailpanel.h"
#include "users/userfilterbar.h"
#include "users/userspane.h"

#include <QLineEdit>
#include <QListWidget>
#include <QTableView>

using namespace ra;

// The command palette (Ctrl+K) on the whole app against its embedded sandbox: it finds menu
// commands, panes, saved filters and recent members by name, Enter runs the best match, Esc
// closes it; and the ranking on its own.
class tst_CommandPalette : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void ranksTitlesStartingWithTheQueryFirst();
    void ctrlKOpensAndEnterRunsAPane();
    void escCloses();
    void findsMenuCommandsWithTheirPath();
    void runsASavedFilter();
    void findsARecentMember();

private:
    CommandPalette *openWithKeyboard();

    test::FullWindow m_app;
};

void tst_CommandPalette::initTestCase()
{
    QVERIFY(m_app.start());
}

void tst_CommandPalette::cleanupTestCase()
{
    m_app.stop();
}

void tst_CommandPalette::ranksTitlesStartingWithTheQueryFirst()
{
    const QList<PaletteCommand> commands = {
        {QStringLiteral("Show Navigation"), QStringLiteral("View"), {}, {}},
        {QStringLiteral("Roles"), QStringLiteral("Pane"), {}, {}},
        {QStringLiteral("Café Européen"), QStringLiteral("Recent member"), {}, {}},
        {QStringLiteral("Refresh"), QStringLiteral("View"), {}, {}},
    };
    const auto titles = [](const QList<PaletteCommand> &list) {
        QStringList out;
        for (const PaletteCommand &c : list)
            out.append(c.title);
        return out;
    };
    QCOMPARE(titles(CommandCatalog::match(commands, QString())).size(), 4);
    QCOMPARE(titles(CommandCatalog::match(commands, QStringLiteral("re"))),
             (QStringList{QStringLiteral("Refresh"), QStringLiteral("Café Européen")}));
    // Accents and case aside; every word must occur in the title or the place.
    QCOMPARE(titles(CommandCatalog::match(commands, QStringLiteral("CAFE europ"))),
             QStringList{QStringLiteral("Café Européen")});
    QCOMPARE(titles(CommandCatalog::match(commands, QStringLiteral("view nav"))),
             QStringList{QStringLiteral("Show Navigation")});
    QVERIFY(CommandCatalog::match(commands, QStringLiteral("zzz")).isEmpty());
    QCOMPARE(CommandCatalog::plainText(QStringLiteral("&Save && Close")),
             QStringLiteral("Save & Close"));
}

CommandPalette *tst_CommandPalette::openWithKeyboard()
{
    MainWindow *window = m_app.window();
    CommandPalette *palette = nullptr;
    [&] {
        // The shortcut works in the active window (a closed popup leaves none active offscreen).
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY((palette = window->findChild<CommandPalette *>()) && palette->isVisible());
    }();
    return palette;
}

void tst_CommandPalette::ctrlKOpensAndEnterRunsAPane()
{
    MainWindow *window = m_app.window();
    QVERIFY(window->showPane(QStringLiteral("users")));
    CommandPalette *palette = openWithKeyboard();
    QVERIFY(palette);
    QTest::keyClicks(palette->searchBox(), QStringLiteral("roles"));
    QCOMPARE(palette->shownTitles().value(0), QStringLiteral("Roles"));
    QTest::keyClick(palette->searchBox(), Qt::Key_Return);
    QTRY_COMPARE(window->currentPaneId(), QStringLiteral("roles"));
    QTRY_VERIFY(!window->findChild<CommandPalette *>());
}

void tst_CommandPalette::escCloses()
{
    MainWindow *window = m_app.window();
    const QString pane = window->currentPaneId();
    CommandPalette *palette = openWithKeyboard();
    QVERIFY(palette);
    QTest::keyClicks(palette->searchBox(), QStringLiteral("servers"));
    QTest::keyClick(palette->searchBox(), Qt::Key_Escape);
    QTRY_VERIFY(!window->findChild<CommandPalette *>());
    QCOMPARE(window->currentPaneId(), pane);
}

void tst_CommandPalette::findsMenuCommandsWithTheirPath()
{
    MainWindow *window = m_app.window();
    CommandPalette *palette = openWithKeyboard();
    QVERIFY(palette);
    QTest::keyClicks(palette->searchBox(), QStringLiteral("full screen"));
    QCOMPARE(palette->shownTitles(), QStringList{QStringLiteral("Full Screen")});
    const QString row = palette->list()->item(0)->text();
    QVERIFY2(row.contains(QLatin1String("View")) && row.contains(QLatin1String("F11")),
             qPrintable(row));
    // Up and Down move in the list while typing goes on in the box.
    palette->searchBox()->clear();
    QTest::keyClick(palette->searchBox(), Qt::Key_Down);
    QCOMPARE(palette->list()->currentRow(), 1);
    QVERIFY(palette->searchBox()->hasFocus());
    QTest::keyClick(palette->searchBox(), Qt::Key_Escape);
    QTRY_VERIFY(!window->findChild<CommandPalette *>());
}

void tst_CommandPalette::runsASavedFilter()
{
    MainWindow *window = m_app.window();
    auto *users = qobject_cast<UsersPane *>(window->pane(QStringLiteral("users")));
    QVERIFY(users);
    UserFilterSpec spec;
    spec.setRange(QStringLiteral("xp"), qint64(100), qint64(5000));
    users->savedFilters()->saveFilter(QStringLiteral("Keen traders"), spec);
    QVERIFY(window->showPane(QStringLiteral("servers")));

    CommandPalette *palette = openWithKeyboard();
    QVERIFY(palette);
    QTest::keyClicks(palette->searchBox(), QStringLiteral("keen"));
    QCOMPARE(palette->shownTitles(), QStringList{QStringLiteral("Keen traders")});
    QVERIFY(palette->list()->item(0)->text().contains(QLatin1String("Saved filter")));
    QTest::keyClick(palette->searchBox(), Qt::Key_Enter);
    QTRY_COMPARE(window->currentPaneId(), QStringLiteral("users"));
    QTRY_COMPARE(users->filterBar()->spec().toSaved(), spec.toSaved());
}

void tst_CommandPalette::findsARecentMember()
{
    MainWindow *window = m_app.window();
    auto *users = qobject_cast<UsersPane *>(window->pane(QStringLiteral("users")));
    QVERIFY(window->showPane(QStringLiteral("users")));
    QTRY_VERIFY_WITH_TIMEOUT(users->view()->model()->rowCount() > 3, 15000);
    users->view()->selectRow(2);
    const QString id = users->currentUserId();
    const QString name = users->selectedUserNames().value(0);
    QVERIFY(!id.isEmpty());
    QVERIFY(!name.isEmpty());
    users->view()->selectRow(0);
    QCOMPARE(window->findChild<UserDetailPanel *>()->userId(), users->currentUserId());
    QVERIFY(window->showPane(QStringLiteral("badges")));

    CommandPalette *palette = openWithKeyboard();
    QVERIFY(palette);
    QTest::keyClicks(palette->searchBox(), name);
    QVERIFY2(!palette->shownTitles().isEmpty(), qPrintable(name));
    QCOMPARE(palette->shownTitles().value(0), name);
    QVERIFY(palette->list()->item(0)->text().contains(QLatin1String("Recent member")));
    QTest::keyClick(palette->searchBox(), Qt::Key_Return);
    QTRY_COMPARE(window->currentPaneId(), QStringLiteral("users"));
    auto *detail = window->findChild<UserDetailPanel *>();
    QVERIFY(detail);
    QTRY_COMPARE(detail->userId(), id);
}

QTEST_MAIN(tst_CommandPalette)
#include "tst_commandpalette.moc"
