#include "settings/appsettings.h"
#include "settings/memorysecretstore.h"
#include "settings/profilestore.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ra;

namespace {

// A keychain that cannot take keys: every call finishes with `status`
// (Unavailable: no secret service; Denied: locked and the user declined).
class UnavailableSecretStore : public SecretStore
{
public:
    explicit UnavailableSecretStore(Status status = Status::Unavailable)
        : m_status(status)
    {
    }
    void readSecret(const QString &, SecretKind, QObject *context, Callback done) override
    {
        fail(context, std::move(done));
    }
    void writeSecret(const QString &, SecretKind, const QString &, QObject *context,
                     Callback done) override
    {
        fail(context, std::move(done));
    }
    void deleteSecret(const QString &, SecretKind, QObject *context, Callback done) override
    {
        fail(context, std::move(done));
    }

private:
    void fail(QObject *context, Callback done)
    {
        QTimer::singleShot(0, context, [done = std::move(done), status = m_status] {
            if (done)
                done({status,
                      {},
                      status == Status::Denied ? QStringLiteral("The user declined")
                                               : QStringLiteral("No secret service running")});
        });
    }
    Status m_status;
};

ConnectionProfile makeProfile(const QString &name)
{
    ConnectionProfile p;
    p.name = name;
    p.communityId = QStringLiteral("community-1");
    p.setBaseUrl(ApiFamily::System, QUrl(QStringLiteral("https://system.example.com")));
    p.setBaseUrl(ApiFamily::Integration, QUrl(QStringLiteral("https://int.example.com/v1")));
    return p;
}

} // namespace

class tst_ProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void sessionKeySurvivesEdits();
    void refusedKeychainIsItsOwnState();
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void builtInAlwaysExists();
    void addEditRemove();
    void validationMessages();
    void switchActivePersists();
    void removingActiveFallsBackToSandbox();
    void duplicateGetsUniqueName();
    void secretsAreNotInTheIniFile();
    void sandboxKeysNeverTouchTheKeychain();
    void unavailableKeychainIsReported();
    void sandboxEndpointsAreNotPersisted();

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ProfileStore::builtInAlwaysExists()
{
    AppSettings settings(iniPath());
    MemorySecretStore secrets;
    ProfileStore store(settings, secrets);
    QCOMPARE(store.profiles().size(), 1);
    const ConnectionProfile sandbox = store.profiles().at(0);
    QVERIFY(sandbox.builtIn);
    QCOMPARE(sandbox.environment(), QStringLiteral("Local sandbox"));
    QCOMPARE(store.activeId(), sandbox.id);

    QVERIFY(!store.remove(sandbox.id));
    ConnectionProfile renamed = sandbox;
    renamed.name = QStringLiteral("Renamed");
    QList<ProfileStore::Issue> issues;
    QVERIFY(!store.update(renamed, &issues));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(store.profiles().at(0).name, sandbox.name);
}

void tst_ProfileStore::addEditRemove()
{
    AppSettings settings(iniPath());
    MemorySecretStore secrets;
    ProfileStore store(settings, secrets);
    QSignalSpy added(&store, &ProfileStore::profileAdded);
    QSignalSpy changed(&store, &ProfileStore::profileChanged);
    QSignalSpy removed(&store, &ProfileStore::profileRemoved);

    const QString id = store.add(makeProfile(QStringLiteral("Staging")));
    QVERIFY(!id.isEmpty());
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).toString(), id);

    ConnectionProfile edited = store.profile(id);
    edited.name = QStringLiteral("Staging EU");
    edited.production = true;
    QVERIFY(store.update(edited));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store.profile(id).name, QStringLiteral("Staging EU"));

    {
        // Another store over the same file sees the change.
        AppSettings again(iniPath());
        MemorySecretStore s2;
        ProfileStore reloaded(again, s2);
        QCOMPARE(reloaded.profiles().size(), 2);
        QCOMPARE(reloaded.profile(id), store.profile(id));
    }

    QVERIFY(store.remove(id));
    QCOMPARE(removed.size(), 1);
    QVERIFY(!store.contains(id));
    AppSettings again(iniPath());
    QVERIFY(again.profiles().isEmpty());
}

void tst_ProfileStore::validationMessages()
{
    AppSettings settings(iniPath());
    MemorySecretStore secrets;
    ProfileStore store(settings, secrets);
    QVERIFY(!store.add(makeProfile(QStringLiteral("Acme"))).isEmpty());

    ConnectionProfile bad = makeProfile(QStringLiteral("acme"));
    bad.setBaseUrl(ApiFamily::Gateway, QUrl(QStringLiteral("http://gateway.example.com")));
    QList<ProfileStore::Issue> issues;
    QVERIFY(store.add(bad, &issues).isEmpty());
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues.at(0).field, QStringLiteral("name"));
    QVERIFY(issues.at(0).message.contains(QStringLiteral("already used")));
    QCOMPARE(issues.at(1).field, ConnectionProfile::urlField(ApiFamily::Gateway));
    QVERIFY(issues.at(1).message.contains(QStringLiteral("Gateway URL")));
    QVERIFY(issues.at(1).message.contains(QStringLiteral("https://")));
    QCOMPARE(store.profiles().size(), 2);

    // The built-in's name is taken too.
    QVERIFY(store.add(makeProfile(QStringLiteral("Local sandbox")), &issues).isEmpty());
    QCOMPARE(issues.at(0).field, QStringLiteral("name"));
}

void tst_ProfileStore::switchActivePersists()
{
    QString id;
    {
        AppSettings settings(iniPath());
        MemorySecretStore secrets;
        ProfileStore store(settings, secrets);
        id = store.add(makeProfile(QStringLiteral("Prod")));
        QSignalSpy active(&store, &ProfileStore::activeProfileChanged);
        QVERIFY(store.setActive(id));
        QCOMPARE(active.size(), 1);
        QCOMPARE(store.active().name, QStringLiteral("Prod"));
        QVERIFY(!store.setActive(QStringLiteral("no-such-id")));
        QCOMPARE(store.activeId(), id);
    }
    AppSettings settings(iniPath());
    MemorySecretStore secrets;
    ProfileStore store(settings, secrets);
    QCOMPARE(store.activeId(), id);
}

void tst_ProfileStore::removingActiveFallsBackToSandbox()
{
    AppSettings settings(iniPath());
    MemorySecretStore secrets;
    ProfileStore store(settings, secrets);
    const QString id = store.add(makeProfile(QStringLiteral("Prod")));
    store.setActive(id);
    QSignalSpy active(&store, &ProfileStore::activeProfileChanged);
    QVERIFY(store.remove(id));
    QCOMPARE(active.size(), 1);
    QCOMPARE(store.activeId(), ConnectionProfile::localSandboxId());
}

void tst_ProfileStore::duplicateGetsUniqueName()
{
    AppSettings settings(iniPath());
    MemorySecretStore secrets;
    ProfileStore store(settings, secrets);
    const QString id = store.add(makeProfile(QStringLiteral("Acme")));
    const ConnectionProfile first = store.duplicateOf(id);
    QCOMPARE(first.name, QStringLiteral("Copy of Acme"));
    QVERIFY(first.id != id);
    QCOMPARE(first.baseUrls, store.profile(id).baseUrls);
    QVERIFY(!store.add(first).isEmpty());
    QCOMPARE(store.duplicateOf(id).name, QStringLiteral("Copy of Acme (2)"));
}

void tst_ProfileStore::secretsAreNotInTheIniFile()
{
    const QString key = QStringLiteral("sk_live_5up3r-s3cr3t-K3Y");
    AppSettings settings(iniPath());
    MemorySecretStore secrets;
    ProfileStore store(settings, secrets);
    const QString id = store.add(makeProfile(QStringLiteral("Acme")));
    QSignalSpy saved(&store, &ProfileStore::secretSaved);
    store.saveSecret(id, SecretKind::IntegrationKey, key);
    QVERIFY(saved.wait());
    QCOMPARE(saved.at(0).at(2).toBool(), false);
    QCOMPARE(secrets.secret(id, SecretKind::IntegrationKey), key);
    store.keepSecretForSession(id, SecretKind::SystemApiKey, key + QStringLiteral("-session"));

    QString readBack;
    store.readSecret(id, SecretKind::IntegrationKey, this,
                     [&readBack](const SecretStore::Result &r) { readBack = r.secret; });
    QTRY_COMPARE(readBack, key);

    settings.sync();
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("Acme")); // the file is the right one
    QVERIFY(!text.contains(key.toUtf8()));
    QVERIFY(!text.contains("s3cr3t"));

    // Removing the profile removes its secrets.
    QVERIFY(store.remove(id));
    QTRY_VERIFY(!secrets.contains(id, SecretKind::IntegrationKey));
    QVERIFY(!store.isSessionSecret(id, SecretKind::SystemApiKey));
}

void tst_ProfileStore::sessionKeySurvivesEdits()
{
    AppSettings settings(iniPath());
    UnavailableSecretStore secrets;
    ProfileStore store(settings, secrets);
    const QString id = store.add(makeProfile(QStringLiteral("Acme")));
    store.keepSecretForSession(id, SecretKind::SystemApiKey, QStringLiteral("kept"));
    QSignalSpy saved(&store, &ProfileStore::secretSaved);
    QSignalSpy failed(&store, &ProfileStore::secretSaveFailed);
    QSignalSpy unavailable(&store, &ProfileStore::keychainUnavailable);
    // An edit while the keychain is still missing replaces the kept copy.
    store.saveSecret(id, SecretKind::SystemApiKey, QStringLiteral("edited"));
    QVERIFY(saved.wait());
    QCOMPARE(saved.at(0).at(2).toBool(), true);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(unavailable.count(), 0);
    QString readBack;
    store.readSecret(id, SecretKind::SystemApiKey, this,
                     [&readBack](const SecretStore::Result &r) { readBack = r.secret; });
    QTRY_COMPARE(readBack, QStringLiteral("edited"));
    // Clearing it removes the kept copy.
    store.saveSecret(id, SecretKind::SystemApiKey, QString());
    QTRY_COMPARE(saved.count(), 2);
    QVERIFY(!store.isSessionSecret(id, SecretKind::SystemApiKey));
    // A key never kept fails and says why.
    store.saveSecret(id, SecretKind::IntegrationKey, QStringLiteral("new"));
    QVERIFY(unavailable.wait());
    QCOMPARE(failed.count(), 1);
    QVERIFY(!store.keychainAvailable());
}

void tst_ProfileStore::refusedKeychainIsItsOwnState()
{
    AppSettings settings(iniPath());
    UnavailableSecretStore secrets(SecretStore::Status::Denied);
    ProfileStore store(settings, secrets);
    const QString id = store.add(makeProfile(QStringLiteral("Acme")));
    QSignalSpy refused(&store, &ProfileStore::keychainRefused);
    QSignalSpy unavailable(&store, &ProfileStore::keychainUnavailable);
    QSignalSpy failed(&store, &ProfileStore::secretSaveFailed);
    store.saveSecret(id, SecretKind::SystemApiKey, QStringLiteral("k"));
    QVERIFY(refused.wait());
    QCOMPARE(refused.at(0).at(0).toString(), QStringLiteral("The user declined"));
    QCOMPARE(unavailable.count(), 0);
    QCOMPARE(failed.count(), 1);
    QVERIFY(store.keychainAvailable()); // refused is not "not there"
}

void tst_ProfileStore::sandboxKeysNeverTouchTheKeychain()
{
    AppSettings settings(iniPath());
    UnavailableSecretStore secrets;
    ProfileStore store(settings, secrets);
    SecretStore::Result result{SecretStore::Status::Ok, QStringLiteral("x"), {}};
    bool done = false;
    store.readSecret(ConnectionProfile::localSandboxId(), SecretKind::SystemApiKey, this,
                     [&](const SecretStore::Result &r) {
                         result = r;
                         done = true;
                     });
    QTRY_VERIFY(done);
    QCOMPARE(result.status, SecretStore::Status::NotFound); // not Unavailable
}

void tst_ProfileStore::unavailableKeychainIsReported()
{
    AppSettings settings(iniPath());
    UnavailableSecretStore secrets;
    ProfileStore store(settings, secrets);
    const QString id = store.add(makeProfile(QStringLiteral("Acme")));
    QSignalSpy failed(&store, &ProfileStore::secretSaveFailed);
    QSignalSpy unavailable(&store, &ProfileStore::keychainUnavailable);
    store.saveSecret(id, SecretKind::ApplicationKey, QStringLiteral("app-key"));
    QVERIFY(unavailable.wait());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(unavailable.at(0).at(0).toString(), QStringLiteral("No secret service running"));
    QVERIFY(!store.keychainAvailable());

    // "Keep for this run only" makes the key readable for the session.
    store.keepSecretForSession(id, SecretKind::ApplicationKey, QStringLiteral("app-key"));
    SecretStore::Result result{SecretStore::Status::Failed, {}, {}};
    store.readSecret(id, SecretKind::ApplicationKey, this,
                     [&result](const SecretStore::Result &r) { result = r; });
    QTRY_VERIFY(result.ok());
    QCOMPARE(result.secret, QStringLiteral("app-key"));
}

void tst_ProfileStore::sandboxEndpointsAreNotPersisted()
{
    const QUrl url(QStringLiteral("http://127.0.0.1:45678/system"));
    {
        AppSettings settings(iniPath());
        MemorySecretStore secrets;
        ProfileStore store(settings, secrets);
        QSignalSpy changed(&store, &ProfileStore::profileChanged);
        store.setSandboxEndpoints({{ApiFamily::System, url}}, QStringLiteral("demo"),
                                  {{SecretKind::SystemApiKey, QStringLiteral("sandbox-key")}});
        QCOMPARE(changed.size(), 1);
        const ConnectionProfile sandbox = store.profile(ConnectionProfile::localSandboxId());
        QCOMPARE(sandbox.baseUrl(ApiFamily::System), url);
        QCOMPARE(sandbox.communityId, QStringLiteral("demo"));
        QVERIFY(store.isSessionSecret(sandbox.id, SecretKind::SystemApiKey));
        QCOMPARE(secrets.count(), 0);
        store.add(makeProfile(QStringLiteral("Other")));
        settings.sync();
    }
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains("45678"));
    QVERIFY(!text.contains("sandbox-key"));
}

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
