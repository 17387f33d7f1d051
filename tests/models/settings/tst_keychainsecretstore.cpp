#include "settings/appsettings.h"
#include "settings/keychainprobe.h"
#include "settings/keychainsecretstore.h"
#include "settings/profilestore.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ra;

// Skips the calling test function unless ctest set up `world` (see below).
#define REQUIRE_WORLD(world)                                                                       \
    do {                                                                                           \
        if (!inWorld(world, __FILE__, __LINE__))                                                   \
            return;                                                                                \
    } while (false)

// Talks to the real platform keychain, in one of two worlds that ctest sets up
// and names in RA_EXPECT_KEYCHAIN (tests/models/settings/CMakeLists.txt):
//   absent   no session bus at all (DBUS_SESSION_BUS_ADDRESS points nowhere):
//            the probe must say so and every call must be Unavailable with
//            the plain-words message, without ever reaching QtKeychain;
//   present  a private session bus with gnome-keyring-daemon unlocked
//            (with-keyring.sh): a written key must read back and delete.
// Each world checks that its own branch was taken; neither accepts the other.
class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyName();
    void probeAnswersOffTheGuiThread();
    void absentEveryCallIsUnavailable();
    void absentSessionKeySurvivesEdits();
    void presentRoundTrip();
    void presentSaveReplacesSessionCopy();

private:
    SecretStore::Result call(const std::function<void(SecretStore::Callback)> &start);
    bool inWorld(const char *world, const char *file, int line);
    QString m_world;
    QString m_profileId;
};

void tst_KeychainSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_world = qEnvironmentVariable("RA_EXPECT_KEYCHAIN");
    m_profileId = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool tst_KeychainSecretStore::inWorld(const char *world, const char *file, int line)
{
    if (m_world.isEmpty()) {
        QTest::qSkip("RA_EXPECT_KEYCHAIN is not set: run through ctest, which runs this suite "
                     "once without a session bus (absent) and once with a keyring (present)",
                     file, line);
        return false;
    }
    if (world && m_world != QLatin1String(world)) {
        QTest::qSkip(
            qPrintable(QStringLiteral("only in the \"%1\" world").arg(QLatin1String(world))), file,
            line);
        return false;
    }
    return true;
}

SecretStore::Result
tst_KeychainSecretStore::call(const std::function<void(SecretStore::Callback)> &start)
{
    bool done = false;
    SecretStore::Result result{SecretStore::Status::Failed, {}, QStringLiteral("no answer")};
    start([&](const SecretStore::Result &r) {
        result = r;
        done = true;
    });
    // A keychain answers from the event loop, never inside the call.
    if (done)
        return {SecretStore::Status::Failed, {}, QStringLiteral("answered synchronously")};
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        return {SecretStore::Status::Failed, {}, QStringLiteral("no answer within 30 s")};
    return result;
}

void tst_KeychainSecretStore::keyName()
{
    QCOMPARE(SecretStore::keyName(QStringLiteral("abc"), SecretKind::SystemApiKey),
             QStringLiteral("abc/systemApiKey"));
    QCOMPARE(SecretStore::keyName(QStringLiteral("abc"), SecretKind::ApplicationKey),
             QStringLiteral("abc/applicationKey"));
    QCOMPARE(KeychainSecretStore::serviceName(), QStringLiteral("Returning Admin"));
}

void tst_KeychainSecretStore::probeAnswersOffTheGuiThread()
{
    REQUIRE_WORLD(nullptr);
    KeychainProbe probe;
    QSignalSpy finished(&probe, &KeychainProbe::finished);
    probe.start();
    // start() only hands the check to a pool thread.
    QCOMPARE(probe.availability(), KeychainProbe::Availability::Unknown);
    QVERIFY(finished.wait(10000));
    probe.start(); // remembered: no second check is started
    const QList<QFutureWatcherBase *> checks = probe.findChildren<QFutureWatcherBase *>();
    QCOMPARE(checks.size(), 1);
    QVERIFY(checks.constFirst()->isFinished());
    QCOMPARE(finished.count(), 1);
    const KeychainProbe::Finding f = probe.finding();
    if (m_world == u"absent") {
        QCOMPARE(f.availability, KeychainProbe::Availability::Unavailable);
        QVERIFY2(!f.detail.isEmpty(), "the probe says why");
        QVERIFY(f.service.isEmpty());
    } else {
        QCOMPARE(f.availability, KeychainProbe::Availability::Available);
        QCOMPARE(f.service, QStringLiteral("org.freedesktop.secrets"));
    }
}

void tst_KeychainSecretStore::absentEveryCallIsUnavailable()
{
    REQUIRE_WORLD("absent");
    KeychainSecretStore store;
    const SecretKind kind = SecretKind::IntegrationKey;
    const auto expectUnavailable = [](const SecretStore::Result &r) {
        QCOMPARE(int(r.status), int(SecretStore::Status::Unavailable));
        QCOMPARE(r.errorText, KeychainSecretStore::unavailableText());
        QVERIFY(r.errorText.contains(QStringLiteral("no Secret Service or KWallet")));
        QVERIFY(r.errorText.contains(QStringLiteral("for this run only")));
    };
    // Before the probe has answered: the call waits for it.
    expectUnavailable(call([&](SecretStore::Callback cb) {
        store.writeSecret(m_profileId, kind, QStringLiteral("t0ken"), this, cb);
    }));
    // After: answered at once from what the probe remembered, still later.
    QCOMPARE(store.probe().availability(), KeychainProbe::Availability::Unavailable);
    expectUnavailable(
        call([&](SecretStore::Callback cb) { store.readSecret(m_profileId, kind, this, cb); }));
    expectUnavailable(
        call([&](SecretStore::Callback cb) { store.deleteSecret(m_profileId, kind, this, cb); }));
}

void tst_KeychainSecretStore::absentSessionKeySurvivesEdits()
{
    REQUIRE_WORLD("absent");
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    KeychainSecretStore keychain;
    ProfileStore profiles(settings, keychain);
    QSignalSpy availability(&profiles, &ProfileStore::keychainAvailabilityChanged);
    QVERIFY(availability.wait(30000)); // from the probe, before any key is saved
    QCOMPARE(availability.constFirst().constFirst().toBool(), false);
    QVERIFY(!keychain.canStore());
    ConnectionProfile p;
    p.name = QStringLiteral("Acme");
    p.communityId = QStringLiteral("acme");
    p.setBaseUrl(ApiFamily::System, QUrl(QStringLiteral("https://system.acme.example")));
    const QString id = profiles.add(p);
    QVERIFY(!id.isEmpty());
    const SecretKind kind = SecretKind::SystemApiKey;

    QSignalSpy unavailable(&profiles, &ProfileStore::keychainUnavailable);
    QSignalSpy failed(&profiles, &ProfileStore::secretSaveFailed);
    QSignalSpy saved(&profiles, &ProfileStore::secretSaved);
    profiles.saveSecret(id, kind, QStringLiteral("first"));
    QVERIFY(unavailable.wait(30000));
    QCOMPARE(unavailable.constFirst().constFirst().toString(),
             KeychainSecretStore::unavailableText());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(saved.count(), 0);
    QVERIFY(!profiles.keychainAvailable());

    profiles.keepSecretForSession(id, kind, QStringLiteral("first"));
    QVERIFY(profiles.isSessionSecret(id, kind));
    // An edit of the kept key while the keychain is still missing: the new
    // value stays kept for this run, it is not dropped.
    saved.clear();
    profiles.saveSecret(id, kind, QStringLiteral("second"));
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30000);
    QCOMPARE(saved.constFirst().at(2).toBool(), true); // session only
    QCOMPARE(failed.count(), 1);
    QVERIFY(profiles.isSessionSecret(id, kind));
    const SecretStore::Result read =
        call([&](SecretStore::Callback cb) { profiles.readSecret(id, kind, this, cb); });
    QVERIFY2(read.ok(), qPrintable(read.errorText));
    QCOMPARE(read.secret, QStringLiteral("second"));
    // Another key of the profile, never kept, reads as unavailable.
    const SecretStore::Result other = call([&](SecretStore::Callback cb) {
        profiles.readSecret(id, SecretKind::IntegrationKey, this, cb);
    });
    QCOMPARE(int(other.status), int(SecretStore::Status::Unavailable));
}

void tst_KeychainSecretStore::presentRoundTrip()
{
    REQUIRE_WORLD("present");
    KeychainSecretStore store;
    const SecretKind kind = SecretKind::IntegrationKey;
    SecretStore::Result r = call([&](SecretStore::Callback cb) {
        store.writeSecret(m_profileId, kind, QStringLiteral("t0ken"), this, cb);
    });
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QCOMPARE(store.probe().availability(), KeychainProbe::Availability::Available);
    r = call([&](SecretStore::Callback cb) { store.readSecret(m_profileId, kind, this, cb); });
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QCOMPARE(r.secret, QStringLiteral("t0ken"));
    r = call([&](SecretStore::Callback cb) { store.deleteSecret(m_profileId, kind, this, cb); });
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    r = call([&](SecretStore::Callback cb) { store.readSecret(m_profileId, kind, this, cb); });
    QCOMPARE(int(r.status), int(SecretStore::Status::NotFound));
}

void tst_KeychainSecretStore::presentSaveReplacesSessionCopy()
{
    REQUIRE_WORLD("present");
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    KeychainSecretStore keychain;
    ProfileStore profiles(settings, keychain);
    ConnectionProfile p;
    p.name = QStringLiteral("Acme");
    p.setBaseUrl(ApiFamily::System, QUrl(QStringLiteral("https://system.acme.example")));
    const QString id = profiles.add(p);
    const SecretKind kind = SecretKind::SystemApiKey;
    profiles.keepSecretForSession(id, kind, QStringLiteral("session"));
    QSignalSpy saved(&profiles, &ProfileStore::secretSaved);
    profiles.saveSecret(id, kind, QStringLiteral("stored"));
    QVERIFY(saved.wait(30000));
    QCOMPARE(saved.constFirst().at(2).toBool(), false); // in the keychain
    QVERIFY(!profiles.isSessionSecret(id, kind));
    SecretStore::Result r =
        call([&](SecretStore::Callback cb) { profiles.readSecret(id, kind, this, cb); });
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QCOMPARE(r.secret, QStringLiteral("stored"));
    r = call([&](SecretStore::Callback cb) { keychain.deleteSecret(id, kind, this, cb); });
    QVERIFY2(r.ok(), qPrintable(r.errorText));
}

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_keychainsecretstore.moc"
