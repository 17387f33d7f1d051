#include "accountpanes.h"
#include "api/apiclient.h"
#include "api/requestlog.h"
#include "assign/palettedock.h"
#include "assignpanes.h"
#include "historypanes.h"
#include "importpanes.h"
#include "item/usertablemodel.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "messagepanes.h"
#include "overview/communityoverview.h"
#include "overviewpanes.h"
#include "preferencesdialog.h"
#include "sandboxfixture.h"
#include "stores/serverstore.h"
#include "structurepanes.h"
#include "testservices.h"
#include "users/userspane.h"
#include "userspanes.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace ra;
using namespace ra::test;

namespace {

// Translates every message to itself in corner brackets ("Servers" -> "⟦Servers⟧"), so after a
// switch any English text left on screen is one that was not set again.
class BracketTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        return QStringLiteral("⟦") + QString::fromUtf8(source) + QStringLiteral("⟧");
    }
    bool isEmpty() const override { return false; }
};

// The source texts of the English catalogue without placeholders: the texts a widget can show
// exactly as written. A "&" marks a mnemonic and is left out.
QSet<QString> sourceTexts()
{
    QSet<QString> texts;
    QFile file(QStringLiteral(RA_TS_FILE));
    if (!file.open(QIODevice::ReadOnly))
        return texts;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"source") {
            const QString text = xml.readElementText();
            if (!text.contains(u'%'))
                texts.insert(QString(text).remove(u'&'));
        }
    }
    return texts;
}

// Every text a person can read in `root` and its visible children, each with where it is
// ("QLabel profileName") for the failure message.
QList<std::pair<QString, QString>> visibleTexts(QWidget *root)
{
    QList<std::pair<QString, QString>> texts;
    auto add = [&texts](const QObject *o, const QString &text) {
        texts.append(
            {text, QString::fromLatin1(o->metaObject()->className()) + u' ' + o->objectName()});
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        add(w, w->toolTip());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(w, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(w, button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            add(w, box->title());
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(w, edit->placeholderText());
        else if (auto *dock = qobject_cast<QDockWidget *>(w))
            add(w, dock->windowTitle());
        else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(w, combo->itemText(i));
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(w, tabs->tabText(i));
        } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
            for (int i = 0; header->model() && i < header->count(); ++i)
                add(w, header->model()->headerData(i, header->orientation()).toString());
        } else if (auto *list = qobject_cast<QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i)
                add(w, list->item(i)->text());
        }
        for (QAction *action : w->actions())
            add(action, action->text());
    }
    for (QMenu *menu : root->findChildren<QMenu *>()) {
        add(menu, menu->title());
        for (QAction *action : menu->actions())
            add(menu, action->text());
    }
    return texts;
}

} // namespace

// The language switched live, as a user does it: the whole window with every pane and the
// palette dock, a Preferences dialog left open, then Deutsch chosen in a second one. Without a
// restart, a German string must appear in every pane, the menus, the open dialog and a table
// header, numbers must take German separators, and System default must bring English back. The
// German texts come from a test catalogue (tests/ui/i18n/returning-admin_de.ts, a few strings)
// compiled into this test under :/i18n, since the shipped one is translated outside the repository.
class tst_LanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void switchesEveryPaneLive();
    void noVisibleTextStaysBehind();

private:
    void choose(const QString &language);
    QString navigationText(const QString &id) const;
    QString placeholder(const QString &pane) const;

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<ApiClient> m_client;
    RequestLog m_requestLog;
    QObject m_owner;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<LanguageSwitcher> m_switcher;
    StructureStores m_structure;
    UsersComposition m_users;
    AssignPanes *m_assign = nullptr;
};

void tst_LanguageSwitch::initTestCase()
{
    QVERIFY(m_sandbox.start(300));
    QVERIFY(m_dir.isValid());
    m_services = std::make_unique<Services>(m_dir.filePath(QStringLiteral("settings.ini")));
    Services &s = *m_services;
    m_switcher = std::make_unique<LanguageSwitcher>(s.settings, QStringLiteral(":/i18n"));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
    m_window = std::make_unique<MainWindow>(s.settings, s.profiles, s.activity, s.questions);
    m_structure = installStructurePanes(*m_window, *m_client, s.profiles, s.questions, &m_owner);
    m_users = installUsersPane(*m_window, *m_client, s.settings, s.profiles, s.questions, &m_owner);
    new ImportPanes(*m_window, *m_client, &m_requestLog, s.questions, &m_owner);
    m_assign = new AssignPanes(*m_window, *m_client, m_structure, m_users, s.questions, &m_owner);
    // The panes of issues 15 to 17, composed as the app composes them.
    installOverviewPane(*m_window, *m_client, &m_owner).overview->reload();
    installMessagesPane(*m_window, *m_client, m_structure, s.profiles, s.questions, &m_owner,
                        m_dir.filePath(QStringLiteral("drafts.json")))
        .reloadAll(s.profiles.activeId());
    new HistoryPanes(*m_window, *m_client, m_users.detailPanel, &m_owner);
    new AccountPanes(*m_window, *m_client, s.profiles, s.questions, *m_users.details,
                     *m_users.detailPanel, &m_owner);
    m_structure.servers->reload();
    m_users.reloadAll();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->showPane(QStringLiteral("users")));
    QTRY_VERIFY_WITH_TIMEOUT(m_users.users->rowCount() > 0, 15000);
}

void tst_LanguageSwitch::cleanupTestCase()
{
    m_window.reset();
    m_switcher.reset();
    QLocale::setDefault(QLocale::c());
}

// What the user does: Tools > Preferences, a language from the list, OK.
void tst_LanguageSwitch::choose(const QString &language)
{
    auto *dialog =
        new PreferencesDialog(m_services->settings, m_services->questions, m_window.get());
    dialog->show();
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(combo);
    const int index = combo->findData(language);
    QVERIFY2(index >= 0, qPrintable(language));
    combo->setCurrentIndex(index);
    dialog->accept();
}

QString tst_LanguageSwitch::navigationText(const QString &id) const
{
    // The navigation list is the one whose items carry the pane ids.
    for (const QListWidget *list : m_window->findChildren<QListWidget *>()) {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == id)
                return list->item(i)->text();
        }
    }
    return {};
}

// The search box of a pane (the first line edit with a placeholder).
QString tst_LanguageSwitch::placeholder(const QString &pane) const
{
    QWidget *widget = m_window->pane(pane);
    if (!widget)
        return {};
    for (const QLineEdit *edit : widget->findChildren<QLineEdit *>()) {
        if (!edit->placeholderText().isEmpty())
            return edit->placeholderText();
    }
    return {};
}

void tst_LanguageSwitch::switchesEveryPaneLive()
{
    QCOMPARE(navigationText(QStringLiteral("servers")), QStringLiteral("Servers"));
    // A dialog that stays open across the switch.
    auto *open = new PreferencesDialog(m_services->settings, m_services->questions, m_window.get());
    open->show();
    QCOMPARE(open->windowTitle(), QStringLiteral("Preferences"));
    auto *usersView = m_users.pane->findChild<QTableView *>(QStringLiteral("usersTable"));
    QVERIFY(usersView);
    const int joined = int(UserTableModel::Column::JoinDate);
    const int xp = int(UserTableModel::Column::Xp);
    auto header = [&](int column) {
        return usersView->model()->headerData(column, Qt::Horizontal).toString();
    };
    QCOMPARE(header(joined), QStringLiteral("Joined"));

    choose(QStringLiteral("de"));
    QCOMPARE(m_services->settings.language(), QStringLiteral("de"));
    QCOMPARE(QLocale().language(), QLocale::German);
    // Widgets hear of the change through posted events.
    QTRY_COMPARE(navigationText(QStringLiteral("servers")), QStringLiteral("Server"));
    const QList<std::pair<QString, QString>> titles = {
        {QStringLiteral("roles"), QStringLiteral("Rollen")},
        {QStringLiteral("channels"), QStringLiteral("Kanäle")},
        {QStringLiteral("badges"), QStringLiteral("Abzeichen")},
        {QStringLiteral("users"), QStringLiteral("Benutzer")},
        {QStringLiteral("apilog"), QStringLiteral("API-Protokoll")},
        {MainWindow::connectionsPaneId(), QStringLiteral("Verbindungen")}};
    for (const auto &[id, title] : titles)
        QCOMPARE(navigationText(id), title);
    QCOMPARE(m_window->menuBar()->actions().value(0)->text(), QStringLiteral("&Datei"));
    QCOMPARE(placeholder(QStringLiteral("servers")), QStringLiteral("Server suchen (Strg+F)"));
    QCOMPARE(placeholder(QStringLiteral("roles")), QStringLiteral("Rollen suchen (Strg+F)"));
    QCOMPARE(placeholder(QStringLiteral("channels")), QStringLiteral("Kanäle suchen (Strg+F)"));
    QCOMPARE(placeholder(QStringLiteral("badges")), QStringLiteral("Abzeichen suchen (Strg+F)"));
    auto *apiTabs = m_window->pane(QStringLiteral("apilog"))->findChild<QTabWidget *>();
    QVERIFY(apiTabs);
    QCOMPARE(apiTabs->tabText(0), QStringLiteral("Massenaufträge"));
    QVERIFY(m_assign->palette());
    QVERIFY(m_assign->palette()->findChild<QLineEdit *>());
    QCOMPARE(m_assign->palette()->findChild<QLineEdit *>()->placeholderText(),
             QStringLiteral("Rollen und Abzeichen suchen"));
    QCOMPARE(open->windowTitle(), QStringLiteral("Einstellungen"));
    // The table's header is asked again, and its numbers follow the German locale.
    QCOMPARE(header(joined), QStringLiteral("Beigetreten"));
    QCOMPARE(usersView->horizontalHeader()->model()->headerData(joined, Qt::Horizontal),
             QVariant(QStringLiteral("Beigetreten")));
    const qint64 points = m_users.users->index(0, xp).data(Qt::EditRole).toLongLong();
    QCOMPARE(m_users.users->index(0, xp).data().toString(),
             QLocale(QLocale::German).toString(points));
    QCOMPARE(QCoreApplication::translate(
                 "ra::ServersPane", "%n role(s) on this server, in hierarchy order.", nullptr, 7),
             QStringLiteral("7 Rollen auf diesem Server, nach Rang."));
    // The built-in profile's name in the Connections editor is the app's text too.
    auto *nameEdit = m_window->pane(MainWindow::connectionsPaneId())
                         ->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QVERIFY(nameEdit);
    QCOMPARE(nameEdit->text(), QStringLiteral("Lokale Sandbox"));
    // Qt's own catalogue (qt6-translations-l10n, which the setup installs) is loaded too: the
    // standard buttons of Qt's dialogs follow the language.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    saveScreenshot(*m_window, QStringLiteral("language-de"));
    saveScreenshot(*open, QStringLiteral("language-de-preferences"));

    choose(QString());
    QCOMPARE(m_services->settings.language(), QString());
    QTRY_COMPARE(navigationText(QStringLiteral("servers")), QStringLiteral("Servers"));
    QCOMPARE(header(joined), QStringLiteral("Joined"));
    QCOMPARE(open->windowTitle(), QStringLiteral("Preferences"));
    open->close();
}

// Every pane in turn, with every message translated to a marked form: whatever English text of
// the catalogue is still on screen after the switch was not set again on LanguageChange.
void tst_LanguageSwitch::noVisibleTextStaysBehind()
{
    const QSet<QString> sources = sourceTexts();
    QVERIFY(sources.size() > 500);
    BracketTranslator brackets;
    QVERIFY(QCoreApplication::installTranslator(&brackets));
    QCoreApplication::processEvents(); // the posted LanguageChange events
    QStringList stale;
    for (const QString &id : m_window->paneIds()) {
        QVERIFY(m_window->showPane(id));
        QCoreApplication::processEvents();
        for (const auto &[text, where] : visibleTexts(m_window.get())) {
            const QString plain = QString(text).remove(u'&');
            const QString line =
                id + QLatin1String(": ") + plain + QLatin1String(" (") + where + QLatin1Char(')');
            if (sources.contains(plain) && !stale.contains(line))
                stale.append(line);
        }
        saveScreenshot(*m_window, QStringLiteral("language-brackets-") + id);
    }
    QCoreApplication::removeTranslator(&brackets);
    QCoreApplication::processEvents();
    QVERIFY2(stale.isEmpty(), qPrintable(stale.join(u'\n')));
}

QTEST_MAIN(tst_LanguageSwitch)
#include "tst_languageswitch.moc"
