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

namespace {
// One app's services and window; every control it makes keeps its demo
// community in the same data folder of `dir`.
struct AppInstance
{
    AppInstance(const QTemporaryDir &dir, const QString &settingsFile)
        : services(dir.filePath(settingsFile))
        , window(services.settings, services.profiles, services.activity, services.questions)
        , data(dir.filePath(QStringLiteral("data")))
    {
    }

    std::unique_ptr<SandboxControl> control()
    {
        return std::make_unique<SandboxControl>(window, services.profiles, services.questions, data,
                                                50);
    }

    QUrl sandboxProfileUrl() const
    {
        return services.profiles.profile(ConnectionProfile::localSandboxId())
            .baseUrl(ApiFamily::Integration);
    }

    test::Services services;
    MainWindow window;
    QString data;
};
} // namespace

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
    AppInstance app(dir, QStringLiteral("settings.ini"));
    {
        const auto control = app.control();
        QVERIFY(waitReady(*control));
        QVERIFY(!control->sandbox()->reopened());
        QVERIFY(!control->sandbox()->isTemporary());
        QVERIFY(QFileInfo::exists(control->sandbox()->databasePath()));
        // The built-in profile now points at it.
        QCOMPARE(app.sandboxProfileUrl(),
                 control->sandbox()->server()->baseUrls().value(ApiFamily::Integration));
        QVERIFY(!createBadge(*control, QStringLiteral("Kept Badge")).isEmpty());
        QVERIFY(badgeNames(*control).contains(QStringLiteral("Kept Badge")));
    } // the app quits: the sandbox stops
    const auto again = app.control();
    QVERIFY(waitReady(*again));
    QVERIFY(again->sandbox()->reopened());
    const QStringList names = badgeNames(*again);
    QVERIFY2(names.contains(QStringLiteral("Kept Badge")), qPrintable(names.join(u", ")));
}

void tst_SandboxControl::resetAsksThenBadgeIsGone()
{
    QTemporaryDir dir;
    AppInstance app(dir, QStringLiteral("settings.ini"));
    const auto control = app.control();
    auto *reset = app.window.findChild<QAction *>(QStringLiteral("resetSandboxAction"));
    QVERIFY(reset);
    QVERIFY(!reset->isVisible());
    QVERIFY(waitReady(*control));
    QVERIFY(reset->isVisible());
    QVERIFY(reset->isEnabled());
    QVERIFY(!createBadge(*control, QStringLiteral("Doomed Badge")).isEmpty());

    // Declined: asked, and nothing is lost.
    test::AnsweringQuestionProvider &questions = app.services.questions;
    questions.answer = false;
    reset->trigger();
    QTRY_COMPARE(questions.answered, 1);
    const QuestionProvider::Question q = questions.asked.constFirst();
    QVERIFY(q.destructive);
    QVERIFY2(q.informativeText.contains(QStringLiteral("members")), qPrintable(q.informativeText));
    QVERIFY2(q.informativeText.contains(QStringLiteral("badges")), qPrintable(q.informativeText));
    QVERIFY2(q.informativeText.contains(QStringLiteral("API log")), qPrintable(q.informativeText));
    QVERIFY(control->sandbox()->isListening());
    QVERIFY(badgeNames(*control).contains(QStringLiteral("Doomed Badge")));

    // Confirmed: a new demo community, which the profile points at.
    questions.answer = true;
    QSignalSpy ready(control.get(), &SandboxControl::ready);
    QSignalSpy profileChanged(&app.services.profiles, &ProfileStore::profileChanged);
    reset->trigger();
    QTRY_COMPARE(questions.answered, 2);
    QVERIFY(ready.wait(60000));
    QCOMPARE(profileChanged.count(), 1); // the client re-binds and every pane reloads
    QCOMPARE(app.sandboxProfileUrl(),
             control->sandbox()->server()->baseUrls().value(ApiFamily::Integration));
    const QStringList names = badgeNames(*control);
    QVERIFY(!names.isEmpty()); // the demo's own badges are back
    QVERIFY2(!names.contains(QStringLiteral("Doomed Badge")), qPrintable(names.join(u", ")));
}

void tst_SandboxControl::freshStartHasNoBadge()
{
    QTemporaryDir dir;
    AppInstance app(dir, QStringLiteral("settings.ini"));
    {
        const auto control = app.control();
        QVERIFY(waitReady(*control));
        QVERIFY(!createBadge(*control, QStringLiteral("Old Badge")).isEmpty());
    }
    const auto fresh = app.control();
    QVERIFY(waitReady(*fresh, true));
    QVERIFY(!fresh->sandbox()->reopened());
    const QStringList names = badgeNames(*fresh);
    QVERIFY(!names.isEmpty());
    QVERIFY2(!names.contains(QStringLiteral("Old Badge")), qPrintable(names.join(u", ")));
}

void tst_SandboxControl::secondInstanceUsesTemporaryCommunity()
{
    QTemporaryDir dir;
    AppInstance app(dir, QStringLiteral("settings.ini"));
    const auto first = app.control();
    QVERIFY(waitReady(*first));
    QVERIFY(!first->sandbox()->isTemporary());

    AppInstance other(dir, QStringLiteral("other.ini"));
    const auto second = other.control();
    QVERIFY(waitReady(*second));
    QVERIFY(second->sandbox()->isTemporary());
    QVERIFY(other.window.findChild<QWidget *>(QStringLiteral("temporarySandboxNotice")));
    // What the second one creates never reaches the kept file.
    QVERIFY(!createBadge(*second, QStringLiteral("Temporary Badge")).isEmpty());
    QVERIFY(!badgeNames(*first).contains(QStringLiteral("Temporary Badge")));
}

QTEST_MAIN(tst_SandboxControl)
#include "tst_sandboxcontrol.moc"
