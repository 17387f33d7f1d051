#include "api/apiclient.h"
#include "embeddedsandbox.h"
#include "mainwindow.h"
#include "sandboxcontrol.h"
#include "server/sandboxserver.h"
#include "testservices.h"

#include <QAction>
#include <QFileInfo>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

// The app's embedded sandbox (app/embeddedsandbox, app/sandboxcontrol): its
// demo community is kept in a file in the data folder across restarts, Tools >
// Reset Demo Community… asks and then starts from a new demo, --sandbox-fresh
// starts from a new one, and a second instance on the same folder works on a
// temporary community instead of writing the kept file. Against the real
// sandbox over HTTP on 127.0.0.1.
class tst_SandboxControl : public QObject
{
    Q_OBJECT

private slots:
    void keepsBadgeAcrossRestart();
    void resetAsksThenBadgeIsGone();
    void freshStartHasNoBadge();
    void secondInstanceUsesTemporaryCommunity();

private:
    // The running control's sandbox, as the profile's client would see it.
    ApiClientConfig configOf(const SandboxControl &control) const;
    bool waitReady(SandboxControl &control, bool fresh = false);
    QString createBadge(const SandboxControl &control, const QString &name);
    QStringList badgeNames(const SandboxControl &control);

    QNetworkAccessManager m_network;
};

ApiClientConfig tst_SandboxControl::configOf(const SandboxControl &control) const
{
    const sandbox::SandboxServer *server = control.sandbox()->server();
    ApiClientConfig c;
    c.baseUrls = server->baseUrls();
    c.systemKey = server->demo().systemKey;
    c.integrationKey = server->demo().integrationKey;
    c.applicationKey = server->demo().integrationKey;
    c.communityId = server->demo().communityId;
    c.timeoutMs = 15000;
    return c;
}

bool tst_SandboxControl::waitReady(SandboxControl &control, bool fresh)
{
    QSignalSpy ready(&control, &SandboxControl::ready);
    control.start(fresh);
    return ready.wait(60000) && control.sandbox()->isListening();
}

QString tst_SandboxControl::createBadge(const SandboxControl &control, const QString &name)
{
    ApiClient client(&m_network);
    client.setConfig(configOf(control));
    QString id;
    bool done = false;
    client
        .createBadge({{QStringLiteral("title"), name},
                      {QStringLiteral("action"), QStringLiteral("manual")},
                      {QStringLiteral("description"), QStringLiteral("kept across restarts")}})
        ->then(
            this,
            [&](const Badge &badge) {
                id = badge.id;
                done = true;
            },
            [&](const ApiError &error) {
                qWarning() << "createBadge failed:" << error.userText();
                done = true;
            });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        return {};
    return id;
}

QStringList tst_SandboxControl::badgeNames(const SandboxControl &control)
{
    ApiClient client(&m_network);
    client.setConfig(configOf(control));
    QStringList names;
    bool done = false;
    client.getBadges()->then(
        this,
        [&](const QList<Badge> &badges) {
            for (const Badge &b : badges)
                names << b.title;
            done = true;
        },
        [&](const ApiError &error) {
            names << QStringLiteral("<error: %1>").arg(error.userText());
            done = true;
        });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        names << QStringLiteral("<no answer>");
    return names;
}

void tst_SandboxControl::keepsBadgeAcrossRestart()
{
    QTemporaryDir dir;
    test::Services services(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(services.settings, services.profiles, services.activity, services.questions);
    const QString data = dir.filePath(QStringLiteral("data"));
    {
        SandboxControl control(window, services.profiles, services.questions, data, 50);
        QVERIFY(waitReady(control));
        QVERIFY(!control.sandbox()->reopened());
        QVERIFY(!control.sandbox()->isTemporary());
        QVERIFY(QFileInfo::exists(control.sandbox()->databasePath()));
        // The built-in profile now points at it.
        QCOMPARE(services.profiles.profile(ConnectionProfile::localSandboxId())
                     .baseUrl(ApiFamily::Integration),
                 control.sandbox()->server()->baseUrls().value(ApiFamily::Integration));
        QVERIFY(!createBadge(control, QStringLiteral("Kept Badge")).isEmpty());
        QVERIFY(badgeNames(control).contains(QStringLiteral("Kept Badge")));
    } // the app quits: the sandbox stops
    SandboxControl again(window, services.profiles, services.questions, data, 50);
    QVERIFY(waitReady(again));
    QVERIFY(again.sandbox()->reopened());
    QVERIFY2(badgeNames(again).contains(QStringLiteral("Kept Badge")),
             qPrintable(badgeNames(again).join(u", ")));
}

void tst_SandboxControl::resetAsksThenBadgeIsGone()
{
    QTemporaryDir dir;
    test::Services services(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(services.settings, services.profiles, services.activity, services.questions);
    SandboxControl control(window, services.profiles, services.questions,
                           dir.filePath(QStringLiteral("data")), 50);
    auto *reset = window.findChild<QAction *>(QStringLiteral("resetSandboxAction"));
    QVERIFY(reset);
    QVERIFY(!reset->isVisible());
    QVERIFY(waitReady(control));
    QVERIFY(reset->isVisible());
    QVERIFY(reset->isEnabled());
    QVERIFY(!createBadge(control, QStringLiteral("Doomed Badge")).isEmpty());

    // Declined: asked, and nothing is lost.
    services.questions.answer = false;
    reset->trigger();
    QTRY_COMPARE(services.questions.answered, 1);
    const QuestionProvider::Question q = services.questions.asked.constFirst();
    QVERIFY(q.destructive);
    QVERIFY2(q.informativeText.contains(QStringLiteral("members")), qPrintable(q.informativeText));
    QVERIFY2(q.informativeText.contains(QStringLiteral("badges")), qPrintable(q.informativeText));
    QVERIFY2(q.informativeText.contains(QStringLiteral("API log")), qPrintable(q.informativeText));
    QVERIFY(control.sandbox()->isListening());
    QVERIFY(badgeNames(control).contains(QStringLiteral("Doomed Badge")));

    // Confirmed: a new demo community, which the profile points at.
    services.questions.answer = true;
    QSignalSpy ready(&control, &SandboxControl::ready);
    QSignalSpy profileChanged(&services.profiles, &ProfileStore::profileChanged);
    reset->trigger();
    QTRY_COMPARE(services.questions.answered, 2);
    QVERIFY(ready.wait(60000));
    QCOMPARE(profileChanged.count(), 1); // the client re-binds and every pane reloads
    QCOMPARE(services.profiles.profile(ConnectionProfile::localSandboxId())
                 .baseUrl(ApiFamily::Integration),
             control.sandbox()->server()->baseUrls().value(ApiFamily::Integration));
    const QStringList names = badgeNames(control);
    QVERIFY(!names.isEmpty()); // the demo's own badges are back
    QVERIFY2(!names.contains(QStringLiteral("Doomed Badge")), qPrintable(names.join(u", ")));
}

void tst_SandboxControl::freshStartHasNoBadge()
{
    QTemporaryDir dir;
    test::Services services(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(services.settings, services.profiles, services.activity, services.questions);
    const QString data = dir.filePath(QStringLiteral("data"));
    {
        SandboxControl control(window, services.profiles, services.questions, data, 50);
        QVERIFY(waitReady(control));
        QVERIFY(!createBadge(control, QStringLiteral("Old Badge")).isEmpty());
    }
    SandboxControl fresh(window, services.profiles, services.questions, data, 50);
    QVERIFY(waitReady(fresh, true));
    QVERIFY(!fresh.sandbox()->reopened());
    const QStringList names = badgeNames(fresh);
    QVERIFY(!names.isEmpty());
    QVERIFY2(!names.contains(QStringLiteral("Old Badge")), qPrintable(names.join(u", ")));
}

void tst_SandboxControl::secondInstanceUsesTemporaryCommunity()
{
    QTemporaryDir dir;
    test::Services services(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(services.settings, services.profiles, services.activity, services.questions);
    const QString data = dir.filePath(QStringLiteral("data"));
    SandboxControl first(window, services.profiles, services.questions, data, 50);
    QVERIFY(waitReady(first));
    QVERIFY(!first.sandbox()->isTemporary());

    test::Services otherServices(dir.filePath(QStringLiteral("other.ini")));
    MainWindow otherWindow(otherServices.settings, otherServices.profiles, otherServices.activity,
                           otherServices.questions);
    SandboxControl second(otherWindow, otherServices.profiles, otherServices.questions, data, 50);
    QVERIFY(waitReady(second));
    QVERIFY(second.sandbox()->isTemporary());
    QVERIFY(otherWindow.findChild<QWidget *>(QStringLiteral("temporarySandboxNotice")));
    // What the second one creates never reaches the kept file.
    QVERIFY(!createBadge(second, QStringLiteral("Temporary Badge")).isEmpty());
    QVERIFY(!badgeNames(first).contains(QStringLiteral("Temporary Badge")));
}

QTEST_MAIN(tst_SandboxControl)
#include "tst_sandboxcontrol.moc"
