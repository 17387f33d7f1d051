#include "api/apiclient.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "stores/userdetailstore.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ra;

// UserDetailStore against the in-process sandbox: what it shows must be what the API reports.
class tst_UserDetailStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void loadsUserRolesAndActivity();
    void rangeKeepsOneEntryPerDay();
    void switchingUserDropsStaleReplies();
    void postBodyShapeMatchesGetShape();
    void unknownUserFails();

private:
    QList<UserData> someUsers(int count);
    QList<GamificationDay> directHistory(const QString &userId, int days);
    QList<GamificationDay> directStats(const QString &userId, int days);
    void showAndWait(const QString &userId);

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<UserDetailStore> m_store;
};

void tst_UserDetailStore::initTestCase()
{
    QVERIFY(m_sandbox.start(30));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
}

void tst_UserDetailStore::init()
{
    m_sandbox.clearFaults();
    m_client->setConfig(m_sandbox.config());
    m_store = std::make_unique<UserDetailStore>(*m_client);
}

QList<UserData> tst_UserDetailStore::someUsers(int count)
{
    auto page = track(m_client->getUsersByPage({QStringLiteral("email")}, {}, 1));
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(page->done, 10000);
    }();
    return page->value.users.mid(0, count);
}

QList<GamificationDay> tst_UserDetailStore::directHistory(const QString &userId, int days)
{
    auto h = track(m_client->getGamificationHistory(userId, QStringLiteral("id"), days));
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(h->done, 10000);
    }();
    return h->value.days;
}

QList<GamificationDay> tst_UserDetailStore::directStats(const QString &userId, int days)
{
    auto s = track(m_client->getGamificationStats(userId, QStringLiteral("id"), days));
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(s->done, 10000);
    }();
    return s->value.days;
}

void tst_UserDetailStore::showAndWait(const QString &userId)
{
    QSignalSpy history(m_store.get(), &UserDetailStore::historyLoaded);
    QSignalSpy stats(m_store.get(), &UserDetailStore::statsLoaded);
    QSignalSpy roles(m_store.get(), &UserDetailStore::rolesLoaded);
    m_store->showUser(userId);
    QVERIFY(m_store->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!m_store->isLoading(), 15000);
    QCOMPARE(history.count(), 1);
    QCOMPARE(stats.count(), 1);
    QCOMPARE(roles.count(), 1);
}

void tst_UserDetailStore::loadsUserRolesAndActivity()
{
    const QList<UserData> users = someUsers(1);
    QVERIFY(!users.isEmpty());
    const QString id = users.first().userId;
    QSignalSpy changed(m_store.get(), &UserDetailStore::userChanged);
    showAndWait(id);
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_store->hasUser());

    auto direct = track(m_client->getUserData(id));
    QTRY_VERIFY_WITH_TIMEOUT(direct->done, 10000);
    QCOMPARE(m_store->user().userId, id);
    QCOMPARE(m_store->user().email, direct->value.email);
    QCOMPARE(m_store->user().xp, direct->value.xp);
    QCOMPARE(m_store->user().loginStreak, direct->value.loginStreak);
    QCOMPARE(m_store->user().customFields, direct->value.customFields);

    auto roles = track(m_client->getUserRoles(id));
    QTRY_VERIFY_WITH_TIMEOUT(roles->done, 10000);
    QCOMPARE(m_store->roles().size(), roles->value.size());
    for (int i = 0; i < roles->value.size(); ++i)
        QCOMPARE(m_store->roles().at(i).id, roles->value.at(i).id);

    // Default range: the last 30 days, oldest first, the sandbox's numbers day by day.
    QCOMPARE(m_store->history().size(), 30);
    QCOMPARE(m_store->stats().size(), 30);
    const QList<GamificationDay> history = directHistory(id, 30);
    const QList<GamificationDay> stats = directStats(id, 30);
    QCOMPARE(history.size(), 30);
    for (const GamificationDay &d : history) {
        const int i = int(m_store->rangeStart().daysTo(QDate::fromString(d.date, Qt::ISODate)));
        QCOMPARE(m_store->history().at(i).date, d.date);
        QCOMPARE(m_store->history().at(i).xp, d.xp);
        QCOMPARE(m_store->history().at(i).coins, d.coins);
    }
    for (const GamificationDay &d : stats) {
        const int i = int(m_store->rangeStart().daysTo(QDate::fromString(d.date, Qt::ISODate)));
        QCOMPARE(m_store->stats().at(i).messages, d.messages);
        QCOMPARE(m_store->stats().at(i).replies, d.replies);
        QCOMPARE(m_store->stats().at(i).reactions, d.reactions);
        QCOMPARE(m_store->stats().at(i).socials, d.socials);
    }
}

void tst_UserDetailStore::rangeKeepsOneEntryPerDay()
{
    const QString id = someUsers(1).first().userId;
    showAndWait(id);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QSignalSpy history(m_store.get(), &UserDetailStore::historyLoaded);
    QSignalSpy range(m_store.get(), &UserDetailStore::rangeChanged);
    // A range that ends before today: the store asks for enough days and keeps the window.
    m_store->setRange(today.addDays(-20), today.addDays(-14));
    QCOMPARE(range.count(), 1);
    QVERIFY(history.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_store->isLoading(), 10000);
    QCOMPARE(m_store->history().size(), 7);
    QCOMPARE(m_store->stats().size(), 7);
    QCOMPARE(m_store->history().first().date, today.addDays(-20).toString(Qt::ISODate));
    QCOMPARE(m_store->history().last().date, today.addDays(-14).toString(Qt::ISODate));
    const QList<GamificationDay> direct = directHistory(id, 21);
    for (const GamificationDay &d : direct) {
        const QDate date = QDate::fromString(d.date, Qt::ISODate);
        if (date < today.addDays(-20) || date > today.addDays(-14))
            continue;
        QCOMPARE(m_store->history().at(int(today.addDays(-20).daysTo(date))).xp, d.xp);
    }
    // Out-of-bounds ranges are clamped to what the API serves.
    m_store->setRange(today.addYears(-3), today.addDays(5));
    QCOMPARE(m_store->rangeEnd(), today);
    QCOMPARE(m_store->rangeStart(), today.addDays(-(UserDetailStore::MaxDays - 1)));
}

void tst_UserDetailStore::switchingUserDropsStaleReplies()
{
    const QList<UserData> users = someUsers(2);
    QCOMPARE(users.size(), 2);
    // The first user's data is slow; the switch must not let it land on the second.
    m_sandbox.addFault(QStringLiteral("route=getUserData;kind=none;latency=600;count=1"));
    QSignalSpy loaded(m_store.get(), &UserDetailStore::userLoaded);
    m_store->showUser(users.at(0).userId);
    m_store->showUser(users.at(1).userId);
    QTRY_VERIFY_WITH_TIMEOUT(!m_store->isLoading(), 15000);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().first().value<UserData>().userId, users.at(1).userId);
    QCOMPARE(m_store->user().userId, users.at(1).userId);
    QVERIFY(!loaded.wait(800)); // the cancelled reply would have arrived by now
    QCOMPARE(m_store->userId(), users.at(1).userId);

    // Showing nothing clears the user.
    m_store->showUser(QString());
    QVERIFY(!m_store->hasUser());
    QVERIFY(!m_store->isLoading());
}

void tst_UserDetailStore::postBodyShapeMatchesGetShape()
{
    const QString id = someUsers(1).first().userId;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_store->setRange(today.addDays(-6), today);
    showAndWait(id);
    const QList<GamificationDay> viaGet = m_store->history();
    QCOMPARE(viaGet.size(), 7);

    ApiClientConfig c = m_sandbox.config();
    c.historyShape = GamificationHistoryShape::PostBody;
    m_client->setConfig(c);
    UserDetailStore post(*m_client);
    post.setRange(today.addDays(-6), today);
    QSignalSpy history(&post, &UserDetailStore::historyLoaded);
    post.showUser(id);
    QVERIFY(history.wait(15000));
    QCOMPARE(post.history().size(), 7);
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(post.history().at(i).date, viaGet.at(i).date);
        QCOMPARE(post.history().at(i).xp, viaGet.at(i).xp);
        QCOMPARE(post.history().at(i).coins, viaGet.at(i).coins);
    }
}

void tst_UserDetailStore::unknownUserFails()
{
    QSignalSpy failed(m_store.get(), &UserDetailStore::loadFailed);
    m_store->showUser(QStringLiteral("999999999"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_store->isLoading(), 15000);
    QVERIFY(!m_store->hasUser());
    QVERIFY(failed.count() >= 1);
    const ApiError e = m_store->error(UserDetailStore::Part::User);
    QVERIFY(e.isError());
    QCOMPARE(e.httpStatus, 404);
    QVERIFY(m_store->error(UserDetailStore::Part::History).isError());
}

QTEST_GUILESS_MAIN(tst_UserDetailStore)
#include "tst_userdetailstore.moc"
