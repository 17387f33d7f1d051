#include "settings/keychainsecretstore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace ra;

// Talks to the real platform keychain. On a machine without a secret service
// (headless CI) every call must finish with Unavailable and the keychain's
// message; with one, a written secret must read back and delete cleanly.
class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void roundTripOrUnavailable();
    void keyName();
};

void tst_KeychainSecretStore::roundTripOrUnavailable()
{
    KeychainSecretStore store;
    const QString profileId = QStringLiteral("test-") + QUuid::createUuid().toString();
    bool written = false;
    SecretStore::Result write{SecretStore::Status::Failed, {}, {}};
    store.writeSecret(profileId, SecretKind::IntegrationKey, QStringLiteral("t0ken"), this,
                      [&](const SecretStore::Result &r) {
                          write = r;
                          written = true;
                      });
    QVERIFY(!written); // asynchronous
    QTRY_VERIFY_WITH_TIMEOUT(written, 30000);
    if (write.status == SecretStore::Status::Unavailable) {
        QVERIFY(!write.errorText.isEmpty());
        qInfo("keychain unavailable here: %s", qPrintable(write.errorText));
        return;
    }
    QVERIFY2(write.ok(), qPrintable(write.errorText));
    bool read = false;
    SecretStore::Result result;
    store.readSecret(profileId, SecretKind::IntegrationKey, this,
                     [&](const SecretStore::Result &r) {
                         result = r;
                         read = true;
                     });
    QTRY_VERIFY_WITH_TIMEOUT(read, 30000);
    QCOMPARE(result.secret, QStringLiteral("t0ken"));
    bool deleted = false;
    store.deleteSecret(profileId, SecretKind::IntegrationKey, this,
                       [&](const SecretStore::Result &r) {
                           QVERIFY(r.ok());
                           deleted = true;
                       });
    QTRY_VERIFY_WITH_TIMEOUT(deleted, 30000);
}

void tst_KeychainSecretStore::keyName()
{
    QCOMPARE(SecretStore::keyName(QStringLiteral("abc"), SecretKind::SystemApiKey),
             QStringLiteral("abc/systemApiKey"));
    QCOMPARE(SecretStore::keyName(QStringLiteral("abc"), SecretKind::ApplicationKey),
             QStringLiteral("abc/applicationKey"));
    QCOMPARE(KeychainSecretStore::serviceName(), QStringLiteral("Returning Admin"));
}

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_keychainsecretstore.moc"
