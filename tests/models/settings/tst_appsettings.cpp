#include "settings/appsettings.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

class tst_AppSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.isValid()); }
    void defaults();
    void roundTrip();
    void clampsNumbers_data();
    void clampsNumbers();
    void builtInProfilesAreNotStored();
    void changeSignals();

private:
    QString iniPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    QTemporaryDir m_dir;
};

void tst_AppSettings::defaults()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("empty.ini")));
    QCOMPARE(settings.requestTimeoutMs(), AppSettings::DefaultRequestTimeoutMs);
    QCOMPARE(settings.perHostConcurrency(), AppSettings::DefaultPerHostConcurrency);
    QVERIFY(settings.navigationVisible());
    QVERIFY(settings.language().isEmpty());
    QVERIFY(settings.profiles().isEmpty());
    QVERIFY(settings.windowGeometry().isEmpty());
}

void tst_AppSettings::roundTrip()
{
    ConnectionProfile prod;
    prod.id = ConnectionProfile::newId();
    prod.name = QStringLiteral("Acme production");
    prod.production = true;
    prod.communityId = QStringLiteral("c-123");
    prod.setBaseUrl(ApiFamily::System, QUrl(QStringLiteral("https://system.example.com/api")));
    prod.setBaseUrl(ApiFamily::Gateway, QUrl(QStringLiteral("https://gw.example.com")));
    ConnectionProfile local;
    local.id = ConnectionProfile::newId();
    local.name = QStringLiteral("Mine");
    local.setBaseUrl(ApiFamily::Integration, QUrl(QStringLiteral("http://127.0.0.1:8080/int")));

    {
        AppSettings settings(iniPath());
        settings.setWindowGeometry(QByteArray("geometry\x01\x02", 10));
        settings.setWindowState(QByteArray("state"));
        settings.setNavigationState(QByteArray("nav"));
        settings.setNavigationVisible(false);
        settings.setLastProfileId(prod.id);
        settings.setLastNavigationEntry(QStringLiteral("connections"));
        settings.setLanguage(QStringLiteral("de"));
        settings.setRequestTimeoutMs(12000);
        settings.setPerHostConcurrency(7);
        settings.setProfiles({prod, local});
        settings.sync();
    }
    AppSettings settings(iniPath());
    QCOMPARE(settings.windowGeometry(), QByteArray("geometry\x01\x02", 10));
    QCOMPARE(settings.windowState(), QByteArray("state"));
    QCOMPARE(settings.navigationState(), QByteArray("nav"));
    QCOMPARE(settings.navigationVisible(), false);
    QCOMPARE(settings.lastProfileId(), prod.id);
    QCOMPARE(settings.lastNavigationEntry(), QStringLiteral("connections"));
    QCOMPARE(settings.language(), QStringLiteral("de"));
    QCOMPARE(settings.requestTimeoutMs(), 12000);
    QCOMPARE(settings.perHostConcurrency(), 7);
    const QList<ConnectionProfile> profiles = settings.profiles();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(0), prod);
    QCOMPARE(profiles.at(1), local);
    QCOMPARE(profiles.at(0).environmentKind(), ConnectionProfile::Environment::Production);
}

void tst_AppSettings::clampsNumbers_data()
{
    QTest::addColumn<int>("timeout");
    QTest::addColumn<int>("expectedTimeout");
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<int>("expectedConcurrency");
    QTest::newRow("in range") << 5000 << 5000 << 2 << 2;
    QTest::newRow("too small") << 10 << AppSettings::MinRequestTimeoutMs << 0
                               << AppSettings::MinPerHostConcurrency;
    QTest::newRow("too large") << 99999999 << AppSettings::MaxRequestTimeoutMs << 1000
                               << AppSettings::MaxPerHostConcurrency;
}

void tst_AppSettings::clampsNumbers()
{
    QFETCH(int, timeout);
    QFETCH(int, expectedTimeout);
    QFETCH(int, concurrency);
    QFETCH(int, expectedConcurrency);
    AppSettings settings(iniPath());
    settings.setRequestTimeoutMs(timeout);
    settings.setPerHostConcurrency(concurrency);
    QCOMPARE(settings.requestTimeoutMs(), expectedTimeout);
    QCOMPARE(settings.perHostConcurrency(), expectedConcurrency);
}

void tst_AppSettings::builtInProfilesAreNotStored()
{
    AppSettings settings(iniPath());
    ConnectionProfile user;
    user.id = ConnectionProfile::newId();
    user.name = QStringLiteral("User");
    settings.setProfiles({ConnectionProfile::localSandbox(), user});
    const QList<ConnectionProfile> profiles = settings.profiles();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.at(0).id, user.id);
}

void tst_AppSettings::changeSignals()
{
    AppSettings settings(iniPath());
    settings.setLanguage(QString());
    QSignalSpy language(&settings, &AppSettings::languageChanged);
    QSignalSpy timeout(&settings, &AppSettings::requestTimeoutChanged);
    settings.setLanguage(QStringLiteral("fr"));
    settings.setLanguage(QStringLiteral("fr"));
    settings.setRequestTimeoutMs(4321);
    QCOMPARE(language.size(), 1);
    QCOMPARE(language.at(0).at(0).toString(), QStringLiteral("fr"));
    QCOMPARE(timeout.size(), 1);
    QCOMPARE(timeout.at(0).at(0).toInt(), 4321);
}

QTEST_GUILESS_MAIN(tst_AppSettings)
#include "tst_appsettings.moc"
