#include "api/apiclient.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "stores/useraccountstore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ra;

// UserAccountStore against the in-process sandbox: created and managed users are what the
// sandbox then reports.
class tst_UserAccountStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsUser();
    void refusesInvalidRequestWithoutSending();
    void reportsServerRefusal();
    void deletesAndRestores();
    void contextDeathDropsCallback();

private:
    NewUserRequest request(const QString &name) const;
    std::shared_ptr<ReplyOutcome<UserData>> userData(const QString &idOrEmail);

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<UserAccountStore> m_store;
};

void tst_UserAccountStore::initTestCase()
{
    QVERIFY(m_sandbox.start(20));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
    m_store = std::make_unique<UserAccountStore>(*m_client);
}

NewUserRequest tst_UserAccountStore::request(const QString &name) const
{
    NewUserRequest r;
    r.firstName = QStringLiteral("Test");
    r.lastName = name;
    r.username = name.toLower();
    r.displayName = QStringLiteral("Test ") + name;
    r.email = name.toLower() + QStringLiteral("@example.com");
    r.password = r.confirmPassword = QStringLiteral("StrongPass1!");
    r.accessLevel = 2;
    r.referral = QStringLiteral("ref-1");
    r.externalId = QStringLiteral("ext-") + name;
    return r;
}

std::shared_ptr<ReplyOutcome<UserData>> tst_UserAccountStore::userData(const QString &idOrEmail)
{
    auto outcome = track(m_client->getUserData(idOrEmail));
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 10000);
    }();
    return outcome;
}

void tst_UserAccountStore::createsUser()
{
    QSignalSpy created(m_store.get(), &UserAccountStore::userCreated);
    UserData made;
    ApiError failure;
    bool called = false;
    m_store->createUser(request(QStringLiteral("Babbage")), this,
                        [&](const UserData &u, const ApiError &e) {
                            made = u;
                            failure = e;
                            called = true;
                        });
    QTRY_VERIFY_WITH_TIMEOUT(called, 10000);
    QVERIFY2(!failure.isError(), qPrintable(failure.userText()));
    QCOMPARE(created.count(), 1);
    QVERIFY(!made.userId.isEmpty());
    const auto there = userData(QStringLiteral("babbage@example.com"));
    QVERIFY2(!there->error.isError(), qPrintable(there->error.userText()));
    QCOMPARE(there->value.userId, made.userId);
    QCOMPARE(there->value.username, QStringLiteral("babbage"));
    QCOMPARE(there->value.displayName, QStringLiteral("Test Babbage"));
}

void tst_UserAccountStore::refusesInvalidRequestWithoutSending()
{
    NewUserRequest r = request(QStringLiteral("Nope"));
    r.confirmPassword = QStringLiteral("different1");
    QSignalSpy failed(m_store.get(), &UserAccountStore::operationFailed);
    ApiError failure;
    m_store->createUser(r, this, [&](const UserData &, const ApiError &e) { failure = e; });
    QVERIFY(failed.wait(5000));
    QCOMPARE(failure.kind, ApiError::Kind::Request);
    QVERIFY2(failure.detail.contains(QStringLiteral("confirmPassword")),
             qPrintable(failure.detail));
    QVERIFY(userData(QStringLiteral("nope@example.com"))->error.isError());
}

void tst_UserAccountStore::reportsServerRefusal()
{
    // The same e-mail twice: the sandbox answers 409 and nothing is created.
    bool done = false;
    m_store->createUser(request(QStringLiteral("Twice")), this,
                        [&](const UserData &, const ApiError &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    NewUserRequest again = request(QStringLiteral("Twice"));
    again.username = QStringLiteral("twice2");
    ApiError failure;
    done = false;
    m_store->createUser(again, this, [&](const UserData &, const ApiError &e) {
        failure = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(failure.httpStatus, 409);
    QVERIFY2(failure.userText().contains(QStringLiteral("email")), qPrintable(failure.userText()));
}

void tst_UserAccountStore::deletesAndRestores()
{
    bool done = false;
    UserData made;
    m_store->createUser(request(QStringLiteral("Gone")), this,
                        [&](const UserData &u, const ApiError &) {
                            made = u;
                            done = true;
                        });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QSignalSpy changed(m_store.get(), &UserAccountStore::accountChanged);
    ApiError failure = ApiError::make(ApiError::Kind::Network);
    m_store->manageUser(UserAccountStore::Action::Delete, made.username, made.userId, this,
                        [&](const ApiError &e) { failure = e; });
    QVERIFY(changed.wait(10000));
    QVERIFY2(!failure.isError(), qPrintable(failure.userText()));
    QCOMPARE(changed.first().at(0).toString(), made.userId);
    QCOMPARE(changed.first().at(1).value<UserAccountStore::Action>(),
             UserAccountStore::Action::Delete);
    QCOMPARE(userData(made.userId)->error.httpStatus, 404);

    // Deleting twice is refused by the server and reported.
    QSignalSpy failed(m_store.get(), &UserAccountStore::operationFailed);
    m_store->manageUser(UserAccountStore::Action::Delete, made.username, made.userId, this);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<ApiError>().httpStatus, 409);

    m_store->manageUser(UserAccountStore::Action::Restore, made.username, made.userId, this);
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.last().at(1).value<UserAccountStore::Action>(),
             UserAccountStore::Action::Restore);
    const auto back = userData(made.userId);
    QVERIFY2(!back->error.isError(), qPrintable(back->error.userText()));
    QCOMPARE(back->value.username, made.username);
}

void tst_UserAccountStore::contextDeathDropsCallback()
{
    auto context = std::make_unique<QObject>();
    bool called = false;
    QSignalSpy created(m_store.get(), &UserAccountStore::userCreated);
    m_store->createUser(request(QStringLiteral("Orphan")), context.get(),
                        [&](const UserData &, const ApiError &) { called = true; });
    context.reset();
    QVERIFY(created.wait(10000));
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(tst_UserAccountStore)
#include "tst_useraccountstore.moc"
