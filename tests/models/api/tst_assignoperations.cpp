#include "api/apiclient.h"
#include "assign/assignoutcome.h"
#include "sandboxfixture.h"
#include "server/sandboxcommandline.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>

#include <algorithm>
#include <memory>
#include <type_traits>

using namespace ra;
using Action = AssignOutcome::Action;

// Badge awards and role assignments over real HTTP on 127.0.0.1 against the
// in-process sandbox: what each answer is, how AssignOutcome classifies it,
// that the member's role list follows, and that only the safe operations are
// retried. Functions run in order on one sandbox; each states what it needs.
class tst_AssignOperations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void awardNewThenAgain();
    void removeHeldThenNotHeld();
    void unknownUserOrTarget_data();
    void unknownUserOrTarget();
    void roleListOfUnknownUser();
    void roleAddThenAgainThenRemove();
    void everyoneRole();
    void awardIsNotRetried();
    void roleAndRemoveAreRetried();
    void latencyOptionDelaysEveryReply();

private:
    struct Result
    {
        bool done = false;
        AssignOutcome outcome;
        QList<Badge> badges;
        QList<Role> roles;
    };

    // Classifies the reply when it finishes (it deletes itself afterwards).
    template<typename T> std::shared_ptr<Result> run(ApiReply<T> *reply)
    {
        auto result = std::make_shared<Result>();
        connect(reply, &ApiReplyBase::finished, this, [reply, result] {
            result->outcome = AssignOutcome::classify(*reply);
            if constexpr (std::is_same_v<T, QList<Badge>>)
                result->badges = reply->value();
            result->done = true;
        });
        return result;
    }
    QList<Role> userRoles(ApiClient &client, const QString &userId);
    static bool holds(const QList<Role> &roles, const QString &roleId);

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    QString m_userId, m_badgeId, m_roleId, m_everyoneId;
};

#define FINISHED(result) QTRY_VERIFY_WITH_TIMEOUT((result)->done, 15000)

void tst_AssignOperations::initTestCase()
{
    QVERIFY(m_sandbox.start(50));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());

    bool done = false;
    m_client->getUserData(QStringLiteral("3"))
        ->then(
            this,
            [&](const UserData &u) {
                m_userId = u.userId;
                done = true;
            },
            [&](const ApiError &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(m_userId, QStringLiteral("3"));

    // A badge and a role of this test's own, so no seeded holding interferes.
    done = false;
    m_client
        ->createBadge({{QStringLiteral("title"), QStringLiteral("Assign Test Badge")},
                       {QStringLiteral("action"), QStringLiteral("custom")}})
        ->then(
            this,
            [&](const Badge &b) {
                m_badgeId = b.id;
                done = true;
            },
            [&](const ApiError &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY(!m_badgeId.isEmpty());
    done = false;
    m_client
        ->createRole({{QStringLiteral("title"), QStringLiteral("Assign Test Role")},
                      {QStringLiteral("class"), QStringLiteral("red")},
                      {QStringLiteral("order"), 5},
                      {QStringLiteral("billable"), false},
                      {QStringLiteral("server_permissions"), QJsonObject()},
                      {QStringLiteral("channel_permissions"), QJsonObject()}})
        ->then(
            this,
            [&](const Role &r) {
                m_roleId = r.id;
                done = true;
            },
            [&](const ApiError &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY(!m_roleId.isEmpty());
    for (const Role &r : userRoles(*m_client, m_userId)) {
        if (r.title == QStringLiteral("@all"))
            m_everyoneId = r.id;
    }
    QVERIFY(!m_everyoneId.isEmpty());
}

QList<Role> tst_AssignOperations::userRoles(ApiClient &client, const QString &userId)
{
    bool done = false;
    QList<Role> roles;
    client.getUserRoles(userId)->then(
        this,
        [&](const QList<Role> &r) {
            roles = r;
            done = true;
        },
        [&](const ApiError &e) {
            qWarning() << "getUserRoles failed:" << e.userText();
            done = true;
        });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning() << "getUserRoles did not finish";
    return roles;
}

bool tst_AssignOperations::holds(const QList<Role> &roles, const QString &roleId)
{
    return std::any_of(roles.cbegin(), roles.cend(), [&](const Role &r) { return r.id == roleId; });
}

void tst_AssignOperations::awardNewThenAgain()
{
    const auto first = run(m_client->awardBadge(m_badgeId, m_userId));
    FINISHED(first);
    QCOMPARE(AssignOutcome::kindName(first->outcome.kind), QStringLiteral("done"));
    QCOMPARE(first->outcome.httpStatus, 200);
    QCOMPARE(first->outcome.reason, QStringLiteral("Badge has been rewarded successfully"));
    // The documented reply: the member's badges, the new one flagged awarded.
    const auto it = std::find_if(first->badges.cbegin(), first->badges.cend(),
                                 [&](const Badge &b) { return b.id == m_badgeId; });
    QVERIFY(it != first->badges.cend());
    QVERIFY(it->awarded);

    const auto again = run(m_client->awardBadge(m_badgeId, m_userId));
    FINISHED(again);
    QCOMPARE(AssignOutcome::kindName(again->outcome.kind), QStringLiteral("alreadyHad"));
    QCOMPARE(again->outcome.httpStatus, 409);
    QCOMPARE(again->outcome.reason, QStringLiteral("The user already has this badge"));
    QVERIFY(again->outcome.succeeded());
}

void tst_AssignOperations::removeHeldThenNotHeld()
{
    // Needs awardNewThenAgain: the member holds the badge.
    const auto removed = run(m_client->removeBadge(m_badgeId, m_userId));
    FINISHED(removed);
    QCOMPARE(AssignOutcome::kindName(removed->outcome.kind), QStringLiteral("done"));
    QCOMPARE(removed->outcome.reason, QStringLiteral("Badge has been removed successfully"));

    const auto again = run(m_client->removeBadge(m_badgeId, m_userId));
    FINISHED(again);
    QCOMPARE(AssignOutcome::kindName(again->outcome.kind), QStringLiteral("notHeld"));
    QCOMPARE(again->outcome.httpStatus, 404);
    QCOMPARE(again->outcome.attempts, 1);
}

void tst_AssignOperations::unknownUserOrTarget_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<bool>("unknownUser"); // else an unknown badge or role
    QTest::addColumn<QString>("kind");
    const struct
    {
        const char *name;
        Action action;
    } actions[] = {{"award", Action::AwardBadge},
                   {"remove badge", Action::RemoveBadge},
                   {"add role", Action::AddRole},
                   {"remove role", Action::RemoveRole}};
    for (const auto &a : actions) {
        QTest::addRow("%s, unknown user", a.name)
            << int(a.action) << true << QStringLiteral("userNotFound");
        QTest::addRow("%s, unknown target", a.name)
            << int(a.action) << false << QStringLiteral("targetNotFound");
    }
}

void tst_AssignOperations::unknownUserOrTarget()
{
    QFETCH(int, action);
    QFETCH(bool, unknownUser);
    QFETCH(QString, kind);
    const QString user = unknownUser ? QStringLiteral("987654321") : m_userId;
    const auto given = [&](const QString &known, const char *unknown) {
        return unknownUser ? known : QString::fromLatin1(unknown);
    };
    std::shared_ptr<Result> r;
    switch (Action(action)) {
    case Action::AwardBadge:
        r = run(m_client->awardBadge(given(m_badgeId, "00000000-0000-0000-0000-0000"), user));
        break;
    case Action::RemoveBadge:
        r = run(m_client->removeBadge(given(m_badgeId, "00000000-0000-0000-0000-0000"), user));
        break;
    case Action::AddRole:
        r = run(m_client->addRoleToUser(given(m_roleId, "0123456789abcdef01234567"), user));
        break;
    case Action::RemoveRole:
        r = run(m_client->removeRoleFromUser(given(m_roleId, "0123456789abcdef01234567"), user));
        break;
    }
    FINISHED(r);
    QCOMPARE(AssignOutcome::kindName(r->outcome.kind), kind);
    QCOMPARE(r->outcome.httpStatus, 404);
    QVERIFY(!r->outcome.succeeded());
}

void tst_AssignOperations::roleListOfUnknownUser()
{
    bool done = false;
    ApiError error;
    m_client->getUserRoles(QStringLiteral("987654321"))
        ->then(
            this, [&](const QList<Role> &) { done = true; },
            [&](const ApiError &e) {
                error = e;
                done = true;
            });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.httpStatus, 404);
}

void tst_AssignOperations::roleAddThenAgainThenRemove()
{
    QVERIFY(!holds(userRoles(*m_client, m_userId), m_roleId));

    const auto added = run(m_client->addRoleToUser(m_roleId, m_userId));
    FINISHED(added);
    QCOMPARE(AssignOutcome::kindName(added->outcome.kind), QStringLiteral("done"));
    QVERIFY(holds(userRoles(*m_client, m_userId), m_roleId));

    const auto again = run(m_client->addRoleToUser(m_roleId, m_userId));
    FINISHED(again);
    QCOMPARE(AssignOutcome::kindName(again->outcome.kind), QStringLiteral("alreadyHad"));
    QCOMPARE(again->outcome.httpStatus, 409);
    QCOMPARE(again->outcome.reason, QStringLiteral("The user already has this role"));

    const auto removed = run(m_client->removeRoleFromUser(m_roleId, m_userId));
    FINISHED(removed);
    QCOMPARE(AssignOutcome::kindName(removed->outcome.kind), QStringLiteral("done"));
    const QList<Role> after = userRoles(*m_client, m_userId);
    QVERIFY(!holds(after, m_roleId));
    QVERIFY(holds(after, m_everyoneId));

    const auto removedAgain = run(m_client->removeRoleFromUser(m_roleId, m_userId));
    FINISHED(removedAgain);
    QCOMPARE(AssignOutcome::kindName(removedAgain->outcome.kind), QStringLiteral("notHeld"));
    QCOMPARE(removedAgain->outcome.httpStatus, 404);
}

void tst_AssignOperations::everyoneRole()
{
    // Every member holds @all: giving it is "already had", taking it away a refusal.
    const auto add = run(m_client->addRoleToUser(m_everyoneId, m_userId));
    const auto remove = run(m_client->removeRoleFromUser(m_everyoneId, m_userId));
    FINISHED(add);
    FINISHED(remove);
    QCOMPARE(AssignOutcome::kindName(add->outcome.kind), QStringLiteral("alreadyHad"));
    QCOMPARE(AssignOutcome::kindName(remove->outcome.kind), QStringLiteral("failed"));
    QCOMPARE(remove->outcome.httpStatus, 409);
    QVERIFY(remove->outcome.reason.contains(QStringLiteral("@all")));
    QVERIFY(holds(userRoles(*m_client, m_userId), m_everyoneId));
}

void tst_AssignOperations::awardIsNotRetried()
{
    // A live server that awards again would grant the badge's XP twice: an award
    // that failed is reported, never resent.
    m_sandbox.addFault(QStringLiteral("route=awardBadge;kind=error;status=503;count=1"));
    const auto award = run(m_client->awardBadge(m_badgeId, m_userId));
    FINISHED(award);
    m_sandbox.clearFaults();
    QCOMPARE(AssignOutcome::kindName(award->outcome.kind), QStringLiteral("failed"));
    QCOMPARE(award->outcome.httpStatus, 503);
    QCOMPARE(award->outcome.attempts, 1);
    QVERIFY(!award->outcome.reason.isEmpty());
    QVERIFY(!award->outcome.succeeded());
}

void tst_AssignOperations::roleAndRemoveAreRetried()
{
    // Holding a role or a badge is yes or no: a repeat changes nothing, so a
    // transient failure is retried and the operation completes.
    m_sandbox.addFault(QStringLiteral("route=addRoleToUser;kind=error;status=503;count=1"));
    m_sandbox.addFault(QStringLiteral("route=removeRoleFromUser;kind=error;status=503;count=1"));
    m_sandbox.addFault(QStringLiteral("route=removeBadge;kind=error;status=503;count=1"));
    const auto award = run(m_client->awardBadge(m_badgeId, m_userId)); // no fault left on it
    FINISHED(award);
    QCOMPARE(AssignOutcome::kindName(award->outcome.kind), QStringLiteral("done"));
    const auto add = run(m_client->addRoleToUser(m_roleId, m_userId));
    FINISHED(add);
    const auto removeRole = run(m_client->removeRoleFromUser(m_roleId, m_userId));
    const auto removeBadge = run(m_client->removeBadge(m_badgeId, m_userId));
    FINISHED(removeRole);
    FINISHED(removeBadge);
    m_sandbox.clearFaults();
    for (const auto &r : {add, removeRole, removeBadge}) {
        QCOMPARE(AssignOutcome::kindName(r->outcome.kind), QStringLiteral("done"));
        QCOMPARE(r->outcome.attempts, 2);
    }
    QVERIFY(!holds(userRoles(*m_client, m_userId), m_roleId));
}

void tst_AssignOperations::latencyOptionDelaysEveryReply()
{
    // `returning-sandbox --latency MS` as parsed for the executable.
    QCommandLineParser parser;
    sandbox::SandboxCommandLine::addOptions(&parser);
    QVERIFY(parser.parse(
        {QStringLiteral("returning-sandbox"), QStringLiteral("--latency"), QStringLiteral("300")}));
    sandbox::SandboxConfig config;
    QString error;
    QVERIFY2(sandbox::SandboxCommandLine::toConfig(parser, &config, &error), qPrintable(error));
    config.users = 20;
    config.seed = 7;
    SandboxFixture slow;
    QVERIFY(slow.start(config));
    ApiClient client(&m_network);
    client.setConfig(slow.config());

    QElapsedTimer timer;
    timer.start();
    const auto award = run(client.awardBadge(QStringLiteral("no-such-badge"), QStringLiteral("3")));
    FINISHED(award);
    QCOMPARE(AssignOutcome::kindName(award->outcome.kind), QStringLiteral("targetNotFound"));
    QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));
    timer.restart();
    const auto add =
        run(client.addRoleToUser(QStringLiteral("0123456789abcdef01234567"), QStringLiteral("3")));
    FINISHED(add);
    QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));
    timer.restart();
    QVERIFY(!userRoles(client, QStringLiteral("3")).isEmpty());
    QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(tst_AssignOperations)
#include "tst_assignoperations.moc"
