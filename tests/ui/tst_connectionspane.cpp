#include "connectionspane.h"
#include "messagebar.h"
#include "testservices.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace ra;
using namespace ra::test;

class tst_ConnectionsPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void createEditDuplicateDelete();
    void builtInIsReadOnly();
    void duplicateNameIsReportedInline();
    void unsavedChangesNeedConfirmation();
    void unavailableKeychainOffersSessionKeys();
    void realKeychainAbsentOffersSessionKeys();
    void showHideKey();
    void keyboardShortcuts();

private:
    template<typename T> T *child(QWidget &pane, const char *name)
    {
        auto *w = pane.findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
    void clickRow(QListWidget *list, const QString &textPart);
    void replaceText(QLineEdit *edit, const QString &text);
    QString iniPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ConnectionsPane::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ConnectionsPane::clickRow(QListWidget *list, const QString &textPart)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().contains(textPart)) {
            const QRect rect = list->visualItemRect(list->item(i));
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row with ") + textPart));
}

void tst_ConnectionsPane::replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void tst_ConnectionsPane::createEditDuplicateDelete()
{
    Services s(iniPath());
    ConnectionsPane pane(s.profiles, s.questions);
    pane.resize(1000, 760);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    auto *list = child<QListWidget>(pane, "profileList");
    auto *name = child<QLineEdit>(pane, "nameEdit");
    auto *systemUrl = child<QLineEdit>(pane, "systemUrlEdit");
    auto *systemUrlError = child<QLabel>(pane, "systemUrlError");
    auto *integrationKey = child<QLineEdit>(pane, "integrationKeyEdit");
    auto *save = child<QPushButton>(pane, "saveButton");
    QCOMPARE(list->count(), 1);

    // Create.
    QTest::mouseClick(child<QPushButton>(pane, "newButton"), Qt::LeftButton);
    QVERIFY(pane.isDraft());
    QTest::keyClicks(name, QStringLiteral("Staging EU"));
    QTest::keyClicks(child<QLineEdit>(pane, "communityIdEdit"), QStringLiteral("c-42"));
    QTest::keyClicks(systemUrl, QStringLiteral("http://api.example.com"));
    QTRY_VERIFY(systemUrlError->isVisible());
    QVERIFY2(systemUrlError->text().contains(QStringLiteral("System API URL")),
             qPrintable(systemUrlError->text()));
    QVERIFY(systemUrlError->text().contains(QStringLiteral("https://")));
    saveScreenshot(pane, QStringLiteral("validation"));
    // Saving is refused while the URL is wrong.
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(s.profiles.profiles().size(), 1);
    replaceText(systemUrl, QStringLiteral("https://api.example.com"));
    QTRY_VERIFY(systemUrlError->isHidden());
    QTest::keyClicks(integrationKey, QStringLiteral("int-s3cret"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(s.profiles.profiles().size(), 2);
    const QString id = pane.currentProfileId();
    const ConnectionProfile stored = s.profiles.profile(id);
    QCOMPARE(stored.name, QStringLiteral("Staging EU"));
    QCOMPARE(stored.communityId, QStringLiteral("c-42"));
    QCOMPARE(stored.baseUrl(ApiFamily::System), QUrl(QStringLiteral("https://api.example.com")));
    QTRY_COMPARE(s.memorySecrets()->secret(id, SecretKind::IntegrationKey),
                 QStringLiteral("int-s3cret"));
    QTRY_COMPARE(child<QLabel>(pane, "integrationKeyStatus")->text(),
                 QStringLiteral("Stored in the system keychain"));
    QCOMPARE(list->count(), 2);
    QVERIFY(!save->isEnabled());

    // Edit.
    replaceText(name, QStringLiteral("Staging Europe"));
    auto *production = child<QCheckBox>(pane, "productionCheck");
    QTest::mouseClick(production, Qt::LeftButton, {}, QPoint(8, production->height() / 2));
    QVERIFY(production->isChecked());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(s.profiles.profile(id).name, QStringLiteral("Staging Europe"));
    QVERIFY(s.profiles.profile(id).production);

    // Duplicate: the copy gets a unique name and the keys.
    QTest::mouseClick(child<QPushButton>(pane, "duplicateButton"), Qt::LeftButton);
    QVERIFY(pane.isDraft());
    QCOMPARE(name->text(), QStringLiteral("Copy of Staging Europe"));
    QTRY_COMPARE(integrationKey->text(), QStringLiteral("int-s3cret"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(s.profiles.profiles().size(), 3);
    const QString copyId = pane.currentProfileId();
    QVERIFY(copyId != id);
    QCOMPARE(s.profiles.profile(copyId).baseUrls, s.profiles.profile(id).baseUrls);
    QTRY_COMPARE(s.memorySecrets()->secret(copyId, SecretKind::IntegrationKey),
                 QStringLiteral("int-s3cret"));

    // Delete, first declined, then confirmed; the question names the profile.
    clickRow(list, QStringLiteral("Copy of Staging Europe"));
    QCOMPARE(pane.currentProfileId(), copyId);
    s.questions.answer = false;
    QTest::mouseClick(child<QPushButton>(pane, "deleteButton"), Qt::LeftButton);
    QTRY_COMPARE(s.questions.answered, 1);
    QVERIFY(s.questions.asked.at(0).text.contains(QStringLiteral("Copy of Staging Europe")));
    QVERIFY(s.profiles.contains(copyId));
    s.questions.answer = true;
    QTest::mouseClick(child<QPushButton>(pane, "deleteButton"), Qt::LeftButton);
    QTRY_VERIFY(!s.profiles.contains(copyId));
    QTRY_VERIFY(!s.memorySecrets()->contains(copyId, SecretKind::IntegrationKey));
    QCOMPARE(list->count(), 2);

    // Make active.
    clickRow(list, QStringLiteral("Staging Europe"));
    QTest::mouseClick(child<QPushButton>(pane, "makeActiveButton"), Qt::LeftButton);
    QCOMPARE(s.profiles.activeId(), id);
    QVERIFY(!child<QPushButton>(pane, "makeActiveButton")->isEnabled());
}

void tst_ConnectionsPane::builtInIsReadOnly()
{
    Services s(iniPath());
    s.profiles.setSandboxEndpoints(
        {{ApiFamily::Integration, QUrl(QStringLiteral("http://127.0.0.1:4567/integration"))}},
        QStringLiteral("demo"), {{SecretKind::IntegrationKey, QStringLiteral("sandbox-key")}});
    ConnectionsPane pane(s.profiles, s.questions);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QCOMPARE(pane.currentProfileId(), ConnectionProfile::localSandboxId());
    QVERIFY(child<QLineEdit>(pane, "nameEdit")->isReadOnly());
    QCOMPARE(child<QLineEdit>(pane, "integrationUrlEdit")->text(),
             QStringLiteral("http://127.0.0.1:4567/integration"));
    QVERIFY(!child<QPushButton>(pane, "deleteButton")->isEnabled());
    QVERIFY(!child<QPushButton>(pane, "saveButton")->isEnabled());
    QVERIFY(child<QLabel>(pane, "builtInNote")->isVisible());
    QTRY_COMPARE(child<QLineEdit>(pane, "integrationKeyEdit")->text(),
                 QStringLiteral("sandbox-key"));

    // New endpoints from the app show up at once.
    s.profiles.setSandboxEndpoints(
        {{ApiFamily::Integration, QUrl(QStringLiteral("http://127.0.0.1:9999/integration"))}},
        QStringLiteral("demo"), {});
    QCOMPARE(child<QLineEdit>(pane, "integrationUrlEdit")->text(),
             QStringLiteral("http://127.0.0.1:9999/integration"));
}

void tst_ConnectionsPane::duplicateNameIsReportedInline()
{
    Services s(iniPath());
    ConnectionsPane pane(s.profiles, s.questions);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTest::mouseClick(child<QPushButton>(pane, "newButton"), Qt::LeftButton);
    // Untouched fields show nothing until a save attempt.
    QVERIFY(child<QLabel>(pane, "nameError")->isHidden());
    QTest::mouseClick(child<QPushButton>(pane, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>(pane, "nameError")->isVisible());
    QCOMPARE(child<QLabel>(pane, "nameError")->text(), QStringLiteral("Name is required"));
    QTest::keyClicks(child<QLineEdit>(pane, "nameEdit"), QStringLiteral("local SANDBOX"));
    QTRY_VERIFY(child<QLabel>(pane, "nameError")->text().contains(QStringLiteral("already used")));
    QCOMPARE(s.profiles.profiles().size(), 1);
}

void tst_ConnectionsPane::unsavedChangesNeedConfirmation()
{
    Services s(iniPath());
    const QString other = s.profiles.add(productionProfile(QStringLiteral("Acme")));
    ConnectionsPane pane(s.profiles, s.questions);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    auto *list = child<QListWidget>(pane, "profileList");
    clickRow(list, QStringLiteral("Acme"));
    QCOMPARE(pane.currentProfileId(), other);
    QTest::keyClicks(child<QLineEdit>(pane, "nameEdit"), QStringLiteral(" Corp"));
    QVERIFY(pane.hasUnsavedChanges());
    s.questions.answer = false;
    clickRow(list, QStringLiteral("Local sandbox"));
    QTRY_COMPARE(s.questions.answered, 1);
    QCOMPARE(pane.currentProfileId(), other); // stayed
    QCOMPARE(child<QLineEdit>(pane, "nameEdit")->text(), QStringLiteral("Acme Corp"));
    s.questions.answer = true;
    clickRow(list, QStringLiteral("Local sandbox"));
    QTRY_COMPARE(pane.currentProfileId(), ConnectionProfile::localSandboxId());
    QCOMPARE(s.profiles.profile(other).name, QStringLiteral("Acme"));
}

void tst_ConnectionsPane::unavailableKeychainOffersSessionKeys()
{
    Services s(iniPath(), Keychain::Unavailable);
    const QString id = s.profiles.add(productionProfile(QStringLiteral("Acme")));
    ConnectionsPane pane(s.profiles, s.questions);
    pane.resize(1000, 760);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    clickRow(child<QListWidget>(pane, "profileList"), QStringLiteral("Acme"));
    QTRY_COMPARE(child<QLabel>(pane, "systemKeyStatus")->text(),
                 QStringLiteral("System keychain not available"));
    // Reading the keys already shows the problem, without an action yet.
    auto *bar = child<MessageBar>(pane, "messageBar");
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(bar->text().contains(QStringLiteral("keychain is not available")));
    QVERIFY(!bar->findChild<QPushButton *>(QStringLiteral("keepForSessionButton")));
    QTest::keyClicks(child<QLineEdit>(pane, "systemKeyEdit"), QStringLiteral("sys-key"));
    QTest::mouseClick(child<QPushButton>(pane, "saveButton"), Qt::LeftButton);
    QVERIFY2(bar->text().contains(QStringLiteral("keychain is not available")),
             qPrintable(bar->text()));
    QVERIFY(bar->text().contains(QStringLiteral("no Secret Service or KWallet")));
    QVERIFY(!s.profiles.isSessionSecret(id, SecretKind::SystemApiKey));
    QPushButton *keep = nullptr;
    QTRY_VERIFY((keep = bar->findChild<QPushButton *>(QStringLiteral("keepForSessionButton"))));
    QCOMPARE(keep->text(), QStringLiteral("Keep for this run only"));
    QVERIFY(keep->isVisibleTo(&pane));
    saveScreenshot(pane, QStringLiteral("keychain-unavailable"));
    QTest::mouseClick(keep, Qt::LeftButton);
    QVERIFY(s.profiles.isSessionSecret(id, SecretKind::SystemApiKey));
    QVERIFY(bar->isHidden());
    QCOMPARE(child<QLabel>(pane, "systemKeyStatus")->text(),
             QStringLiteral("Kept for this run only"));
}

// The same path with the real keychain on a machine that has none: ctest runs
// this function alone as tst_connectionspane_nokeychain, with no session bus.
void tst_ConnectionsPane::realKeychainAbsentOffersSessionKeys()
{
    if (qEnvironmentVariable("RA_EXPECT_KEYCHAIN") != u"absent")
        QSKIP("runs as tst_connectionspane_nokeychain, where ctest takes the session bus away");
    Services s(iniPath(), Keychain::System);
    const QString id = s.profiles.add(productionProfile(QStringLiteral("Acme")));
    ConnectionsPane pane(s.profiles, s.questions);
    pane.resize(1000, 760);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    // Known from the probe alone, before any key is read or typed.
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(pane, "keysHint")->text().contains(QStringLiteral("this run only")), 30000);
    clickRow(child<QListWidget>(pane, "profileList"), QStringLiteral("Acme"));
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(pane, "integrationKeyStatus")->text(),
                              QStringLiteral("System keychain not available"), 30000);
    auto *bar = child<MessageBar>(pane, "messageBar");
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("No keychain is running on this desktop")),
             qPrintable(bar->text()));
    QVERIFY(child<QLabel>(pane, "keysHint")->text().contains(QStringLiteral("this run only")));
    QTest::keyClicks(child<QLineEdit>(pane, "integrationKeyEdit"), QStringLiteral("int-key"));
    QTest::mouseClick(child<QPushButton>(pane, "saveButton"), Qt::LeftButton);
    QPushButton *keep = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (keep = bar->findChild<QPushButton *>(QStringLiteral("keepForSessionButton"))), 30000);
    QVERIFY(keep->isVisibleTo(&pane));
    QCOMPARE(keep->text(), QStringLiteral("Keep for this run only"));
    QVERIFY(bar->text().contains(QStringLiteral("for this run only")));
    saveScreenshot(pane, QStringLiteral("keychain-absent"));
    QTest::mouseClick(keep, Qt::LeftButton);
    QVERIFY(s.profiles.isSessionSecret(id, SecretKind::IntegrationKey));
    QCOMPARE(child<QLabel>(pane, "integrationKeyStatus")->text(),
             QStringLiteral("Kept for this run only"));
    // Editing the kept key again keeps the new value for this run.
    auto *edit = child<QLineEdit>(pane, "integrationKeyEdit");
    replaceText(edit, QStringLiteral("int-key-2"));
    QTest::mouseClick(child<QPushButton>(pane, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(pane, "integrationKeyStatus")->text(),
                              QStringLiteral("Kept for this run only"), 30000);
    QVERIFY(s.profiles.isSessionSecret(id, SecretKind::IntegrationKey));
    bool read = false;
    s.profiles.readSecret(id, SecretKind::IntegrationKey, this, [&](const SecretStore::Result &r) {
        QCOMPARE(r.secret, QStringLiteral("int-key-2"));
        read = true;
    });
    QTRY_VERIFY(read);
}

void tst_ConnectionsPane::showHideKey()
{
    Services s(iniPath());
    ConnectionsPane pane(s.profiles, s.questions);
    pane.show();
    QTest::mouseClick(child<QPushButton>(pane, "newButton"), Qt::LeftButton);
    auto *key = child<QLineEdit>(pane, "applicationKeyEdit");
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    auto *toggle = pane.findChild<QAction *>(QStringLiteral("applicationKeyShowAction"));
    QVERIFY(toggle);
    QCOMPARE(toggle->text(), QStringLiteral("Show key"));
    toggle->trigger();
    QCOMPARE(key->echoMode(), QLineEdit::Normal);
    QCOMPARE(toggle->text(), QStringLiteral("Hide key"));
    toggle->trigger();
    QCOMPARE(key->echoMode(), QLineEdit::Password);
}

void tst_ConnectionsPane::keyboardShortcuts()
{
    Services s(iniPath());
    ConnectionsPane pane(s.profiles, s.questions);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    auto *newAction = pane.findChild<QAction *>(QStringLiteral("newProfileAction"));
    auto *saveAction = pane.findChild<QAction *>(QStringLiteral("saveProfileAction"));
    QVERIFY(newAction && saveAction);
    QCOMPARE(newAction->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(saveAction->shortcut(), QKeySequence(QKeySequence::Save));
    newAction->trigger();
    QVERIFY(pane.isDraft());
    QTest::keyClicks(child<QLineEdit>(pane, "nameEdit"), QStringLiteral("Keyboard"));
    saveAction->trigger();
    QVERIFY(!pane.isDraft());
    QCOMPARE(s.profiles.profile(pane.currentProfileId()).name, QStringLiteral("Keyboard"));
    auto *deleteAction = pane.findChild<QAction *>(QStringLiteral("deleteProfileAction"));
    QCOMPARE(deleteAction->shortcut(), QKeySequence(QKeySequence::Delete));
    deleteAction->trigger();
    QTRY_COMPARE(s.profiles.profiles().size(), 1);
}

QTEST_MAIN(tst_ConnectionsPane)
#include "tst_connectionspane.moc"
