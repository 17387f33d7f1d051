#include "../../sandboxmail.h"
#include "account/accountdialog.h"
#include "account/secureauthdialog.h"
#include "accountpanes.h"
#include "api/apiclient.h"
#include "api/requestlog.h"
#include "api/requestlogwriter.h"
#include "item/apikeytablemodel.h"
#include "item/usertablemodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "stores/accountsession.h"
#include "stores/secureauthlinks.h"
#include "stores/userapikeystore.h"
#include "stores/userdetailstore.h"
#include "testservices.h"
#include "users/apikeydialog.h"
#include "users/newkeysecretdialog.h"
#include "users/userapikeyssection.h"
#include "users/userdetailpanel.h"
#include "userspanes.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

// The account flows and a member's API keys in a real MainWindow against in-process sandboxes:
// Tools > Account… registers, verifies with the code the sandbox prints on its log and logs in;
// the login's token lists, creates, edits and deletes a member's keys; a new key's secret is
// shown exactly once and is found in no file the app wrote; a login that expires asks once to
// log in again; Secure Auth gives a URL of the documented shape.
class tst_AccountFlows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void registerVerifyLoginAndManageKeys();
    void expiredLoginAsksToLogInAgain();
    void refusedSessionAsksOnce();
    void secureAuthLink();
    void clipboardClearedOnlyWhileItHoldsTheKey();
    void keyExpiryIsMarked();

private:
    struct Window
    {
        Window(const QString &settingsPath, QNetworkAccessManager *network)
            : s(settingsPath, test::Keychain::Unavailable)
            , client(network)
            , window(s.settings, s.profiles, s.activity, s.questions)
            , users(installUsersPane(window, client, s.settings, s.profiles, s.questions, &owner))
            , accounts(window, client, s.profiles, s.questions, *users.details, *users.detailPanel,
                       &owner)
        {
        }
        test::Services s;
        ApiClient client;
        MainWindow window;
        QObject owner;
        UsersComposition users;
        AccountPanes accounts;
    };
    // Points `w` at `sandbox` through a user profile of its own and waits for the members.
    void attach(Window &w, SandboxFixture &sandbox);
    // Logs in through Tools > Account… (registering and verifying first).
    void logInThroughToolsMenu(Window &w, const QString &email);
    QString memberId(Window &w);
    static bool toolsMenuHolds(Window &w, QAction *action);
    // Every file under the test's home holding `needle`.
    QStringList filesHolding(const QString &needle) const;

    SandboxFixture m_sandbox;
    SandboxFixture m_shortSessions; // logins last 3 s
    QNetworkAccessManager m_network;
    QTemporaryDir m_home;
    std::unique_ptr<SandboxMail> m_mail;
};

void tst_AccountFlows::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Whatever the app writes through QStandardPaths lands under the test's home.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toUtf8());
    m_mail = std::make_unique<SandboxMail>(); // after QTest's own message handler
    QVERIFY(m_sandbox.start(60));
    sandbox::SandboxConfig shortConfig;
    shortConfig.users = 20;
    shortConfig.seed = 7;
    shortConfig.sessionLifetime = 3;
    QVERIFY(m_shortSessions.start(shortConfig));
}

void tst_AccountFlows::attach(Window &w, SandboxFixture &sandbox)
{
    const ApiClientConfig config = sandbox.config();
    ConnectionProfile p;
    p.name = QStringLiteral("Sandbox %1").arg(config.baseUrl(ApiFamily::System).port());
    p.communityId = config.communityId;
    for (auto it = config.baseUrls.cbegin(); it != config.baseUrls.cend(); ++it)
        p.setBaseUrl(it.key(), it.value());
    QList<ProfileStore::Issue> issues;
    const QString id = w.s.profiles.add(p, &issues);
    QVERIFY2(!id.isEmpty(), issues.isEmpty() ? "" : qPrintable(issues.first().message));
    QVERIFY(w.s.profiles.setActive(id));
    w.client.setConfig(config);
    w.accounts.onBound(id);
    w.users.reloadAll();
    QVERIFY(w.window.showPane(QStringLiteral("users")));
    w.window.resize(1400, 860);
    w.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    QTRY_VERIFY_WITH_TIMEOUT(w.users.users->rowCount() > 5, 10000);
}

bool tst_AccountFlows::toolsMenuHolds(Window &w, QAction *action)
{
    for (QAction *top : w.window.menuBar()->actions()) {
        if (top->menu() && top->menu()->actions().contains(action))
            return top->menu()->title().remove(QLatin1Char('&')) == u"Tools";
    }
    return false;
}

QString tst_AccountFlows::memberId(Window &w)
{
    return w.users.users->idAt(3);
}

void tst_AccountFlows::logInThroughToolsMenu(Window &w, const QString &email)
{
    // Tools > Account…: in the window's Tools menu.
    QAction *tools = w.accounts.accountAction();
    QVERIFY(toolsMenuHolds(w, tools));
    tools->trigger();
    AccountDialog *dialog = w.accounts.accountDialog();
    QVERIFY(dialog && dialog->isVisible());
    dialog->showPage(AccountDialog::Page::Register);
    auto edit = [dialog](const char *name) {
        return dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
    };
    auto click = [dialog](const char *name) {
        QTest::mouseClick(dialog->findChild<QPushButton *>(QString::fromLatin1(name)),
                          Qt::LeftButton);
    };
    // A bad address is refused naming the field, before anything is sent.
    edit("registerEmail")->setText(QStringLiteral("not-an-address"));
    click("registerButton");
    QVERIFY(dialog->findChild<MessageBar *>()->text().startsWith(QStringLiteral("E-mail:")));
    edit("registerEmail")->setText(email);
    edit("registerPassword")->setText(QStringLiteral("correct horse 1"));
    click("registerButton");
    QTRY_COMPARE_WITH_TIMEOUT(dialog->currentPage(), AccountDialog::Page::Verify, 10000);
    QCOMPARE(edit("verifyEmail")->text(), email);
    QVERIFY(edit("registerPassword")->text().isEmpty()); // not kept after sending
    // A wrong code is the server's refusal, shown with its reason.
    edit("verifyCode")
        ->setText(QStringLiteral("000000") == m_mail->codeFor(email) ? QStringLiteral("111111")
                                                                     : QStringLiteral("000000"));
    click("verifyButton");
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->findChild<MessageBar *>()->text().startsWith(u"Verifying failed"), 10000);
    QVERIFY(dialog->findChild<MessageBar *>()->text().contains(u"code"));
    QCOMPARE(dialog->currentPage(), AccountDialog::Page::Verify);
    edit("verifyCode")->setText(m_mail->codeFor(email));
    click("verifyButton");
    QTRY_COMPARE_WITH_TIMEOUT(dialog->currentPage(), AccountDialog::Page::Login, 10000);
    edit("loginPassword")->setText(QStringLiteral("correct horse 1"));
    test::saveScreenshot(*dialog, QStringLiteral("account-login"));
    click("loginButton");
    QTRY_VERIFY_WITH_TIMEOUT(w.accounts.session().isLoggedIn(), 10000);
    // Its expiry is shown, and the token went to this run's store, as no keychain is here.
    const QString status = dialog->findChild<QLabel *>(QStringLiteral("accountStatus"))->text();
    QVERIFY2(status.contains(email) && status.contains(u"until"), qPrintable(status));
    QTRY_VERIFY(w.accounts.session().keptForRunOnly());
    QVERIFY(w.s.profiles.isSessionSecret(w.s.profiles.activeId(), SecretKind::SessionToken));
    QVERIFY(!w.client.config().sessionToken.isEmpty());
    test::saveScreenshot(*dialog, QStringLiteral("account-logged-in"));
    dialog->close();
}

QStringList tst_AccountFlows::filesHolding(const QString &needle) const
{
    QStringList hits;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle.toUtf8()))
            hits.append(f.fileName());
    }
    return hits;
}

void tst_AccountFlows::registerVerifyLoginAndManageKeys()
{
    Window w(m_home.filePath(QStringLiteral("config/settings.ini")), &m_network);
    RequestLog log;
    w.client.setRequestLog(&log);
    RequestLogWriter writer(&log);
    QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("data")));
    QString error;
    QVERIFY2(writer.open(m_home.filePath(QStringLiteral("data/requests.log")), &error),
             qPrintable(error));
    attach(w, m_sandbox);
    if (QTest::currentTestFailed())
        return;
    UserApiKeysSection *section = w.accounts.section();
    QVERIFY(section);
    // The section is a tab of the detail panel of its own.
    QVERIFY(w.users.detailPanel->isAncestorOf(section));

    // Before a login, a member's keys are not asked for: the section offers the login.
    const QString member = memberId(w);
    w.users.details->showUser(member);
    QTRY_COMPARE(w.accounts.keys().userId(), member);
    QVERIFY(section->findChild<QPushButton *>(QStringLiteral("apiKeysLoginButton"))
                ->isVisibleTo(section));
    QVERIFY(!section->findChild<QPushButton *>(QStringLiteral("newApiKeyButton"))->isEnabled());

    logInThroughToolsMenu(w, QStringLiteral("manager@example.com"));
    if (QTest::currentTestFailed())
        return;
    // The login's token lists the member's keys at once.
    QTRY_VERIFY_WITH_TIMEOUT(
        !w.accounts.keys().isLoading() &&
            section->findChild<QPushButton *>(QStringLiteral("newApiKeyButton"))->isEnabled(),
        10000);
    const int before = section->model()->rowCount();

    // New Key…: name, a documented permission, an expiry in three days.
    section->createKey();
    ApiKeyDialog *create = nullptr;
    QTRY_VERIFY((create = section->findChild<ApiKeyDialog *>()) != nullptr);
    create->findChild<QLineEdit *>(QStringLiteral("apiKeyName"))->setText(QStringLiteral("bot"));
    create->findChild<QListWidget *>(QStringLiteral("apiKeyPermissions"))
        ->item(0)
        ->setCheckState(Qt::Checked);
    create->findChild<QCheckBox *>(QStringLiteral("apiKeyExpires"))->setChecked(true);
    create->findChild<QDateTimeEdit *>(QStringLiteral("apiKeyExpireDate"))
        ->setDateTime(QDateTime::currentDateTime().addDays(3));
    test::saveScreenshot(*create, QStringLiteral("apikey-create"));
    QSignalSpy created(section, &UserApiKeysSection::keyCreated);
    create->accept();
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 10000);
    NewKeySecretDialog *shown = nullptr;
    QTRY_VERIFY((shown = section->findChild<NewKeySecretDialog *>()) != nullptr);
    const QString secret = shown->shownSecret();
    QVERIFY(secret.size() >= 32);
    test::saveScreenshot(*shown, QStringLiteral("apikey-secret"));
    QTest::mouseClick(shown->findChild<QPushButton *>(QStringLiteral("copySecretButton")),
                      Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), secret);
    shown->close();
    QVERIFY(shown->shownSecret().isEmpty()); // the dialog forgets it

    // Exactly once: the list, a reload and the key's own view hold a hint at most.
    QCOMPARE(section->model()->rowCount(), before + 1);
    const int row = section->model()->rowOf(created.first().first().toString());
    QVERIFY(row >= 0);
    QVERIFY(section->model()->keyAt(row).key != secret);
    QVERIFY(section->model()
                ->data(section->model()->index(row, ApiKeyTableModel::Status))
                .toString()
                .startsWith(u"Expires in 3 day"));
    w.accounts.keys().reload();
    QTRY_VERIFY_WITH_TIMEOUT(!w.accounts.keys().isLoading(), 10000);
    for (const ApiKey &k : w.accounts.keys().items())
        QVERIFY(!k.key.contains(secret));
    section->view()->selectRow(section->model()->rowOf(created.first().first().toString()));
    section->showInfo();
    ApiKeyDialog *info = nullptr;
    QTRY_VERIFY((info = section->findChild<ApiKeyDialog *>()) != nullptr &&
                info->mode() == ApiKeyDialog::Mode::Info);
    test::saveScreenshot(*info, QStringLiteral("apikey-info"));
    for (QLabel *label : info->findChildren<QLabel *>())
        QVERIFY(!label->text().contains(secret));
    info->close();
    QTRY_VERIFY(section->findChild<ApiKeyDialog *>() == nullptr);
    test::saveScreenshot(w.window, QStringLiteral("apikeys-section"));

    // Edit: inactive, renamed.
    section->view()->selectRow(section->model()->rowOf(created.first().first().toString()));
    section->editKey();
    ApiKeyDialog *edit = nullptr;
    QTRY_VERIFY((edit = section->findChild<ApiKeyDialog *>()) != nullptr);
    edit->findChild<QLineEdit *>(QStringLiteral("apiKeyName"))->setText(QStringLiteral("bot 2"));
    edit->findChild<QCheckBox *>(QStringLiteral("apiKeyActive"))->setChecked(false);
    edit->accept();
    QTRY_VERIFY_WITH_TIMEOUT(section->model()->keyAt(row).name == u"bot 2", 10000);
    QCOMPARE(section->model()->keyAt(row).isActive, false);

    // The secret is in no file the app wrote (settings, the request log, anything in HOME),
    // nor in the request log's records.
    w.s.settings.sync();
    writer.close();
    QVERIFY(QFileInfo::exists(m_home.filePath(QStringLiteral("data/requests.log"))));
    QVERIFY(QFileInfo::exists(m_home.filePath(QStringLiteral("config/settings.ini"))));
    QCOMPARE(filesHolding(secret), QStringList());
    QCOMPARE(filesHolding(w.client.config().sessionToken), QStringList());
    for (const RequestRecord &r : log.records())
        QVERIFY(!QJsonDocument(r.toJson()).toJson().contains(secret.toUtf8()));

    // Revoke: asked first, naming the key; gone from the sandbox.
    w.s.questions.answer = true;
    section->view()->selectRow(row);
    section->deleteKey();
    QTRY_COMPARE_WITH_TIMEOUT(section->model()->rowCount(), before, 10000);
    QVERIFY(w.s.questions.asked.last().text.contains(u"bot 2"));
    auto listed = track(w.client.getUserApiKeys(member));
    QTRY_VERIFY_WITH_TIMEOUT(listed->done, 10000);
    for (const ApiKey &k : listed->value)
        QVERIFY(k.id != created.first().first().toString());
}

void tst_AccountFlows::expiredLoginAsksToLogInAgain()
{
    Window w(m_home.filePath(QStringLiteral("config/expiry.ini")), &m_network);
    attach(w, m_shortSessions);
    if (QTest::currentTestFailed())
        return;
    w.users.details->showUser(memberId(w));
    logInThroughToolsMenu(w, QStringLiteral("brief@example.com"));
    if (QTest::currentTestFailed())
        return;
    // The token works for a user API key call...
    auto first = track(w.client.getUserApiKeys(memberId(w)));
    QTRY_VERIFY_WITH_TIMEOUT(first->done, 10000);
    QVERIFY2(!first->error.isError(), qPrintable(first->error.userText()));
    // ...until the login expires (3 s): the app asks once to log in again.
    QSignalSpy required(&w.accounts.session(), &AccountSession::loginRequired);
    const int asked = w.s.questions.asked.size();
    w.s.questions.answer = true;
    QTRY_VERIFY_WITH_TIMEOUT(required.count() >= 1, 10000);
    QTRY_COMPARE(w.s.questions.asked.size(), asked + 1);
    QVERIFY(w.s.questions.asked.last().text.contains(u"brief@example.com"));
    QCOMPARE(w.accounts.session().state(), AccountSession::State::Expired);
    QVERIFY(w.client.config().sessionToken.isEmpty());
    // Confirming opens the account dialog on its Log In page, saying why.
    QTRY_VERIFY(w.accounts.accountDialog() && w.accounts.accountDialog()->isVisible());
    QCOMPARE(w.accounts.accountDialog()->currentPage(), AccountDialog::Page::Login);
    test::saveScreenshot(*w.accounts.accountDialog(), QStringLiteral("account-expired"));
    // A keys call now is not sent at all, and asks nothing more while the dialog is open.
    auto after = track(w.client.getUserApiKeys(memberId(w)));
    QTRY_VERIFY(after->done);
    QCOMPARE(after->error.kind, ApiError::Kind::Request);
    w.accounts.keys().reload();
    QTRY_VERIFY(!w.accounts.keys().isLoading());
    QCOMPARE(w.s.questions.asked.size(), asked + 1);
    // Nothing of the expired login is kept.
    QVERIFY(!w.s.profiles.isSessionSecret(w.s.profiles.activeId(), SecretKind::SessionToken));
}

void tst_AccountFlows::refusedSessionAsksOnce()
{
    // A server that no longer accepts the token (401) ends the login like an expiry: three
    // failing calls make one question.
    Window w(m_home.filePath(QStringLiteral("config/refused.ini")), &m_network);
    attach(w, m_sandbox);
    if (QTest::currentTestFailed())
        return;
    logInThroughToolsMenu(w, QStringLiteral("refused@example.com"));
    if (QTest::currentTestFailed())
        return;
    ApiClientConfig config = w.client.config();
    config.sessionToken = QStringLiteral("sbx.revoked");
    w.client.setConfig(config);
    const int asked = w.s.questions.asked.size();
    w.s.questions.answer = false;
    for (int i = 0; i < 3; ++i) {
        w.client.getUserApiKeys(memberId(w))
            ->then(
                &w.owner, [](const QList<ApiKey> &) {},
                [&w](const ApiError &e) { w.accounts.session().checkRejected(e); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(w.accounts.session().state(), AccountSession::State::Expired, 10000);
    QTRY_VERIFY(w.s.questions.answered > 0);
    QCOMPARE(w.s.questions.asked.size(), asked + 1);
}

void tst_AccountFlows::secureAuthLink()
{
    Window w(m_home.filePath(QStringLiteral("config/secure.ini")), &m_network);
    attach(w, m_sandbox);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(toolsMenuHolds(w, w.accounts.secureAuthAction()));
    w.accounts.secureAuthAction()->trigger();
    SecureAuthDialog *dialog = w.accounts.secureAuthDialog();
    QVERIFY(dialog && dialog->isVisible());
    const QString email = w.users.users->textAt(4, UserTableModel::Column::Email);
    dialog->setMember(email);
    dialog->request();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->loginUrl().isEmpty(), 10000);
    QVERIFY2(SecureAuthLinks::hasDocumentedShape(dialog->loginUrl()),
             qPrintable(dialog->loginUrl()));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("secureAuthValidity"))
                ->text()
                .contains(u"does not say"));
    test::saveScreenshot(*dialog, QStringLiteral("secureauth"));
    // An unknown member is refused, naming them.
    dialog->setMember(QStringLiteral("nobody@nowhere.example"));
    dialog->request();
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->findChild<MessageBar *>()->text().contains(u"nobody@nowhere.example"), 10000);
    QVERIFY(dialog->loginUrl().isEmpty());
    // A profile that points Secure Auth at the sandbox sends the sandbox's own host as its
    // hostname (the client binder takes it from the Secure Auth URL): served too.
    ApiClientConfig config = w.client.config();
    config.secureAuthHostname = config.baseUrl(ApiFamily::SecureAuth).host();
    w.client.setConfig(config);
    dialog->setMember(email);
    dialog->request();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->loginUrl().isEmpty(), 10000);
    QVERIFY2(SecureAuthLinks::hasDocumentedShape(dialog->loginUrl()),
             qPrintable(dialog->loginUrl()));
    // The shape check itself refuses what is not the documented URL.
    QVERIFY(!SecureAuthLinks::hasDocumentedShape(
        QStringLiteral("http://x.example/v2/app/loginApi/k/2?token=t")));
    QVERIFY(!SecureAuthLinks::hasDocumentedShape(
        QStringLiteral("https://x.example/v2/app/loginApi/k/2")));
}

void tst_AccountFlows::clipboardClearedOnlyWhileItHoldsTheKey()
{
    ClipboardGuard guard;
    guard.copy(QStringLiteral("s3cret-one"), 50);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("s3cret-one"));
    QVERIFY(guard.isArmed());
    QTRY_VERIFY(!guard.isArmed());
    QVERIFY(QApplication::clipboard()->text().isEmpty());
    // Something else copied meanwhile stays.
    guard.copy(QStringLiteral("s3cret-two"), 60000);
    QApplication::clipboard()->setText(QStringLiteral("a note"));
    guard.clearNow();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("a note"));
    QCOMPARE(ClipboardGuard::kDefaultDelayMs, 60000);
}

void tst_AccountFlows::keyExpiryIsMarked()
{
    const QDateTime now =
        QDateTime::fromString(QStringLiteral("2026-03-01T12:00:00Z"), Qt::ISODate);
    ApiKey k;
    k.isActive = true;
    QCOMPARE(ApiKeyTableModel::expiryOf(k, now), ApiKeyTableModel::Expiry::Never);
    k.expireDate = QStringLiteral("2026-03-01T11:59:59.000Z");
    QCOMPARE(ApiKeyTableModel::expiryOf(k, now), ApiKeyTableModel::Expiry::Expired);
    QCOMPARE(ApiKeyTableModel::statusText(k, now), QStringLiteral("Expired"));
    k.expireDate = QStringLiteral("2026-03-08T12:00:00.000Z"); // exactly 7 days
    QCOMPARE(ApiKeyTableModel::expiryOf(k, now), ApiKeyTableModel::Expiry::Soon);
    // "Expires in 7 days" with the app's English catalogue; the test loads none.
    QVERIFY(ApiKeyTableModel::statusText(k, now).startsWith(u"Expires in 7 day"));
    k.expireDate = QStringLiteral("2026-03-08T12:00:01.000Z");
    QCOMPARE(ApiKeyTableModel::expiryOf(k, now), ApiKeyTableModel::Expiry::Later);
    k.isActive = false;
    QCOMPARE(ApiKeyTableModel::statusText(k, now), QStringLiteral("Inactive"));
}

QTEST_MAIN(tst_AccountFlows)
#include "tst_accountflows.moc"
