#pragma once

#include "application.h"
#include "commandline.h"
#include "mainwindow.h"
#include "users/userspane.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace ra::test {

// The whole app as a user starts it with `returning-admin --sandbox`: Application builds every
// service, pane and dock against its embedded sandbox, with settings and the demo community in
// a temporary HOME (XDG folders), so the user's own are never touched. ctest points the session
// bus nowhere, so the keychain probe answers "unavailable" at once.
class FullWindow
{
public:
    // False (after a failed QVERIFY) when the app did not come up connected.
    bool start(const QStringList &extra = {})
    {
        bool ok = false;
        [&] {
            QVERIFY(m_home.isValid());
            for (const char *var : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"}) {
                const QString dir = m_home.filePath(QString::fromLatin1(var));
                qputenv(var, dir.toLocal8Bit());
            }
            qputenv("HOME", m_home.path().toLocal8Bit());
            QStringList arguments{QStringLiteral("returning-admin"), QStringLiteral("--sandbox"),
                                  QStringLiteral("--sandbox-users"), QStringLiteral("120")};
            arguments.append(extra);
            const CommandLine commandLine = CommandLine::parse(arguments);
            QCOMPARE(int(commandLine.mode), int(CommandLine::Mode::Gui));
            m_app = std::make_unique<Application>(commandLine);
            QVERIFY(m_app->start());
            QVERIFY(window());
            window()->resize(1280, 800);
            QVERIFY(QTest::qWaitForWindowExposed(window()));
            // Connected once the community is named in the status bar; then the panes fill.
            QTRY_VERIFY_WITH_TIMEOUT(!window()->statusLocationText().isEmpty(), 30000);
            QVERIFY(window()->showPane(QStringLiteral("users"))); // it loads once in use
            auto *users = qobject_cast<UsersPane *>(window()->pane(QStringLiteral("users")));
            QVERIFY(users);
            QTRY_VERIFY_WITH_TIMEOUT(users->view()->model()->rowCount() > 0, 30000);
            ok = true;
        }();
        return ok;
    }

    MainWindow *window() const { return m_app ? m_app->window() : nullptr; }

    // Windows hear of a new application palette through a posted event: waits until the main
    // window has it.
    bool waitForPalette() const
    {
        return QTest::qWaitFor([this] {
            return window()->palette().color(QPalette::Window) ==
                       QApplication::palette().color(QPalette::Window) &&
                   window()->palette().color(QPalette::Base) ==
                       QApplication::palette().color(QPalette::Base);
        });
    }
    void stop() { m_app.reset(); }

    // What a screen reader announces as the widget's name: its accessible name, a button's
    // text, or the text of the QLabel whose buddy it is.
    static QString spokenName(QWidget *widget)
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        return iface ? iface->text(QAccessible::Name).trimmed() : QString();
    }

    // "QLineEdit searchBox in RolesPane rolesPane in ...": enough to find a widget in the code.
    static QString describe(const QWidget *widget)
    {
        QStringList parts;
        for (const QWidget *w = widget; w && parts.size() < 4; w = w->parentWidget()) {
            const QString name =
                w->objectName().isEmpty() ? QStringLiteral("(no object name)") : w->objectName();
            parts.append(
                QStringLiteral("%1 %2").arg(QLatin1String(w->metaObject()->className()), name));
        }
        return parts.join(QStringLiteral(" in "));
    }

private:
    QTemporaryDir m_home;
    std::unique_ptr<Application> m_app;
};

} // namespace ra::test
