// ClientBinder against the real sandbox over 127.0.0.1: the client follows the
// active profile, its endpoints and its keys (read asynchronously from the
// secret store), and a profile switch re-targets it.
#include "api/apiclient.h"
#include "clientbinder.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "settings/appsettings.h"
#include "settings/memorysecretstore.h"
#include "settings/profilestore.h"

#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ra;

namespace {
// A keychain that is there but refuses every read (locked, user declined).
class RefusingSecretStore : public SecretStore
{
public:
    void readSecret(const QString &, SecretKind, QObject *context, Callback done) override
    {
        QTimer::singleShot(0, context, [done = std::move(done)] {
            done({Status::Denied, {}, QStringLiteral("the keyring is locked")});
        });
    }
    void writeSecret(const QString &, SecretKind, const QString &, QObject *, Callback) override {}
    void deleteSecret(const QString &, SecretKind, QObject *, Callback) override {}
};
} // namespace

class TestClientBinder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start(50));
    }

    void followsTheActiveProfile()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        MemorySecretStore secrets;
        ProfileStore profiles(settings, secrets);
        QNetworkAccessManager network;
        ApiClient client(&network);
        ClientBinder binder(client, profiles, settings);
        QSignalSpy bound(&binder, &ClientBinder::bound);

        // The built-in profile, filled the way the composition root fills it.
        const sandbox::DemoInfo demo = m_sandbox.server->demo();
        QMap<ApiFamily, QUrl> urls;
        const auto base = m_sandbox.server->baseUrls();
        for (auto it = base.cbegin(); it != base.cend(); ++it)
            urls.insert(it.key(), it.value());
        profiles.setSandboxEndpoints(urls, demo.communityId,
                                     {{SecretKind::SystemApiKey, demo.systemKey},
                                      {SecretKind::IntegrationKey, demo.integrationKey},
                                      {SecretKind::ApplicationKey, demo.integrationKey}});
        QVERIFY(profiles.setActive(ConnectionProfile::localSandboxId()));
        binder.rebind();
        QTRY_VERIFY(!bound.isEmpty());
        QCOMPARE(bound.last().first().toString(), ConnectionProfile::localSandboxId());

        auto ok = track(client.getUserData(QStringLiteral("1")));
        QTRY_VERIFY_WITH_TIMEOUT(ok->done, 15000);
        QVERIFY2(!ok->error.isError(), qPrintable(ok->error.userText()));
        QVERIFY(!ok->value.username.isEmpty());

        // A user profile on the same server with a wrong key: the switch
        // re-targets the client and the server refuses the key.
        ConnectionProfile other;
        other.name = QStringLiteral("Wrong key");
        other.baseUrls = urls;
        other.communityId = demo.communityId;
        const QString id = profiles.add(other);
        QVERIFY(!id.isEmpty());
        profiles.keepSecretForSession(id, SecretKind::IntegrationKey, QStringLiteral("nope"));
        bound.clear();
        QVERIFY(profiles.setActive(id));
        QTRY_VERIFY(!bound.isEmpty());
        QCOMPARE(bound.last().first().toString(), id);
        auto refused = track(client.getUserData(QStringLiteral("1")));
        QTRY_VERIFY_WITH_TIMEOUT(refused->done, 15000);
        QCOMPARE(refused->error.httpStatus, 401);

        // Switching back restores the working key.
        bound.clear();
        QVERIFY(profiles.setActive(ConnectionProfile::localSandboxId()));
        QTRY_VERIFY(!bound.isEmpty());
        auto again = track(client.getUserData(QStringLiteral("1")));
        QTRY_VERIFY_WITH_TIMEOUT(again->done, 15000);
        QVERIFY(!again->error.isError());
    }

    // Keys that cannot be read are not bound as empty keys: the window is told
    // why, and a request that needs a key fails with that reason before it is
    // sent, instead of every pane collecting a 401.
    void unreadableKeysAreNotSentEmpty()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings3.ini")));
        RefusingSecretStore secrets;
        ProfileStore profiles(settings, secrets);
        QNetworkAccessManager network;
        ApiClient client(&network);
        ClientBinder binder(client, profiles, settings);
        QSignalSpy readable(&binder, &ClientBinder::keysReadable);
        QSignalSpy bound(&binder, &ClientBinder::bound);
        ConnectionProfile locked;
        locked.name = QStringLiteral("Locked");
        const auto base = m_sandbox.server->baseUrls();
        for (auto it = base.cbegin(); it != base.cend(); ++it)
            locked.baseUrls.insert(it.key(), it.value());
        locked.communityId = m_sandbox.server->demo().communityId;
        const QString id = profiles.add(locked);
        QVERIFY(profiles.setActive(id));
        QTRY_VERIFY(!bound.isEmpty());
        QCOMPARE(readable.count(), 1);
        QCOMPARE(readable.last().at(0).toString(), id);
        const QString reason = readable.last().at(1).toString();
        QCOMPARE(reason, QStringLiteral("the keyring is locked"));
        QCOMPARE(binder.keyProblem(), reason);

        auto request = track(client.getUserData(QStringLiteral("1")));
        QTRY_VERIFY_WITH_TIMEOUT(request->done, 15000);
        QCOMPARE(int(request->error.kind), int(ApiError::Kind::Request));
        QCOMPARE(request->error.httpStatus, 0); // never reached the server
        QVERIFY2(request->error.userText().contains(QStringLiteral("the keyring is locked")),
                 qPrintable(request->error.userText()));
        QVERIFY2(request->error.userText().contains(QStringLiteral("profile \"Locked\"")),
                 qPrintable(request->error.userText()));
    }

    // Preferences apply to new requests only: a request in flight when the
    // timeout or the concurrency changes finishes normally, and nothing is
    // re-bound (which would make every pane reload).
    void settingsChangesKeepRunningWork()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings2.ini")));
        MemorySecretStore secrets;
        ProfileStore profiles(settings, secrets);
        QNetworkAccessManager network;
        ApiClient client(&network);
        ClientBinder binder(client, profiles, settings);
        QSignalSpy bound(&binder, &ClientBinder::bound);
        client.setConfig(m_sandbox.config());
        m_sandbox.addFault(QStringLiteral("route=getUserData;latency=400"));
        auto slow = track(client.getUserData(QStringLiteral("1")));
        settings.setRequestTimeoutMs(4321);
        settings.setPerHostConcurrency(3);
        QCOMPARE(client.config().timeoutMs, 4321);
        QCOMPARE(client.config().maxPerHost, 3);
        QCOMPARE(client.config().integrationKey, m_sandbox.config().integrationKey);
        QTRY_VERIFY_WITH_TIMEOUT(slow->done, 15000);
        m_sandbox.clearFaults();
        QVERIFY2(!slow->error.isError(), qPrintable(slow->error.userText()));
        QVERIFY(!slow->value.username.isEmpty());
        QCOMPARE(bound.count(), 0);
    }

private:
    QTemporaryDir m_dir;
    SandboxFixture m_sandbox;
};

QTEST_GUILESS_MAIN(TestClientBinder)
#include "tst_clientbinder.moc"
