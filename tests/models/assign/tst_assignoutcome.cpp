#include "assign/assignoutcome.h"

#include <QTest>

using namespace ra;
using Action = AssignOutcome::Action;
using Kind = AssignOutcome::Kind;

// AssignOutcome::classify over replies as the sandbox gives them and as a
// live server plausibly might (other wording, a 2xx saying "already", a
// payload of another shape). No server: the replies are built here.
class tst_AssignOutcome : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void actionOf();
    void attemptsAndReasonAreKept();
};

namespace {
ApiError httpError(int status, const QString &message)
{
    ApiError e = ApiError::make(ApiError::Kind::Http);
    e.httpStatus = status;
    e.serverMessage = message;
    return e;
}
} // namespace

void tst_AssignOutcome::classify_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("message"); // of a successful response
    QTest::addColumn<QString>("kind");

    const ApiError ok;
    const auto row = [](const char *name, Action a, const ApiError &e, const QString &message,
                        const char *kind) {
        QTest::newRow(name) << int(a) << e << message << QString::fromLatin1(kind);
    };
    const QString none;
    // The sandbox's answers (see the route table's notes).
    row("award done", Action::AwardBadge, ok,
        QStringLiteral("Badge has been rewarded successfully"), "done");
    row("award again 409", Action::AwardBadge,
        httpError(409, QStringLiteral("The user already has this badge")), none, "alreadyHad");
    row("award unknown user", Action::AwardBadge,
        httpError(404, QStringLiteral("User not found: 9")), none, "userNotFound");
    row("award unknown badge", Action::AwardBadge,
        httpError(404, QStringLiteral("Badge not found: b-1")), none, "targetNotFound");
    row("remove done", Action::RemoveBadge, ok,
        QStringLiteral("Badge has been removed successfully"), "done");
    row("remove not held", Action::RemoveBadge,
        httpError(404, QStringLiteral("The user does not have this badge")), none, "notHeld");
    row("remove unknown user", Action::RemoveBadge,
        httpError(404, QStringLiteral("User not found: x")), none, "userNotFound");
    row("add role done", Action::AddRole, ok, QStringLiteral("Role has been added to the user"),
        "done");
    row("add role again", Action::AddRole,
        httpError(409, QStringLiteral("The user already has this role")), none, "alreadyHad");
    row("add @all", Action::AddRole,
        httpError(409, QStringLiteral("The user already has the @all role: every user holds it")),
        none, "alreadyHad");
    row("remove @all", Action::RemoveRole,
        httpError(409, QStringLiteral("The @all role cannot be removed: every user holds it")),
        none, "failed");
    row("remove role not held", Action::RemoveRole,
        httpError(404, QStringLiteral("The user does not have this role")), none, "notHeld");
    row("unknown role", Action::RemoveRole, httpError(404, QStringLiteral("Role not found: r")),
        none, "targetNotFound");

    // A quoted value naming the other subject does not mislead.
    row("user quoted with badge word", Action::AwardBadge,
        httpError(404, QStringLiteral("User not found: role.badge@example.com")), none,
        "userNotFound");
    row("badge quoted with user word", Action::AwardBadge,
        httpError(404, QStringLiteral("Badge not found: user-badge")), none, "targetNotFound");
    // Plausible live wordings.
    row("no such member", Action::AddRole, httpError(404, QStringLiteral("No such member")), none,
        "userNotFound");
    row("role does not exist", Action::AddRole,
        httpError(404, QStringLiteral("Role does not exist")), none, "targetNotFound");
    row("user id not found", Action::AwardBadge,
        httpError(400, QStringLiteral("User id not found")), none, "userNotFound");
    row("409 without text", Action::AwardBadge, httpError(409, none), none, "alreadyHad");
    row("200 already awarded", Action::AwardBadge, ok,
        QStringLiteral("Badge already awarded to this user"), "alreadyHad");
    row("remove not assigned", Action::RemoveRole,
        httpError(400, QStringLiteral("Role not assigned to user")), none, "notHeld");
    ApiError reported = ApiError::make(ApiError::Kind::Server);
    reported.httpStatus = 200;
    reported.serverMessage = QStringLiteral("User not found");
    row("2xx reporting failure", Action::AddRole, reported, none, "userNotFound");
    ApiError shape = ApiError::make(ApiError::Kind::Decode, QStringLiteral("expected a list"));
    shape.httpStatus = 201;
    row("2xx of another shape", Action::AwardBadge, shape, none, "done");

    // No verdict, or a verdict that is none of the above.
    row("bare 404", Action::AwardBadge, httpError(404, QStringLiteral("Not Found")), none,
        "failed");
    row("409 on remove", Action::RemoveBadge, httpError(409, QStringLiteral("Conflict")), none,
        "failed");
    row("already on remove", Action::RemoveBadge,
        httpError(400, QStringLiteral("Badge already removed by a moderator")), none, "failed");
    row("server error", Action::AddRole, httpError(500, QStringLiteral("Internal error")), none,
        "failed");
    row("timeout", Action::AwardBadge, ApiError::make(ApiError::Kind::Timeout), none, "failed");
    row("network", Action::RemoveRole, ApiError::make(ApiError::Kind::Network), none, "failed");
    row("cancelled", Action::AddRole, ApiError::make(ApiError::Kind::Cancelled), none, "failed");
    ApiError badJson = ApiError::make(ApiError::Kind::Decode, QStringLiteral("invalid JSON"));
    badJson.httpStatus = 500;
    row("decode of an error", Action::AwardBadge, badJson, none, "failed");
}

void tst_AssignOutcome::classify()
{
    QFETCH(int, action);
    QFETCH(ApiError, error);
    QFETCH(QString, message);
    QFETCH(QString, kind);
    ApiResponse response;
    response.httpStatus = error.isError() ? 0 : 200;
    response.message = message;
    const AssignOutcome outcome = AssignOutcome::classify(Action(action), error, response);
    QCOMPARE(AssignOutcome::kindName(outcome.kind), kind);
    const bool success = kind == u"done" || kind == u"alreadyHad" || kind == u"notHeld";
    QCOMPARE(outcome.succeeded(), success);
}

void tst_AssignOutcome::actionOf()
{
    Action a = Action::AddRole;
    QVERIFY(AssignOutcome::actionOf(QStringLiteral("awardBadge"), &a));
    QCOMPARE(a, Action::AwardBadge);
    QVERIFY(AssignOutcome::actionOf(QStringLiteral("removeBadge"), &a));
    QCOMPARE(a, Action::RemoveBadge);
    QVERIFY(AssignOutcome::actionOf(QStringLiteral("addRoleToUser"), &a));
    QCOMPARE(a, Action::AddRole);
    QVERIFY(AssignOutcome::actionOf(QStringLiteral("removeRoleFromUser"), &a));
    QCOMPARE(a, Action::RemoveRole);
    QVERIFY(!AssignOutcome::actionOf(QStringLiteral("deleteBadge"), &a));
    QCOMPARE(a, Action::RemoveRole); // unchanged
}

void tst_AssignOutcome::attemptsAndReasonAreKept()
{
    const AssignOutcome failed = AssignOutcome::classify(
        Action::AwardBadge, httpError(500, QStringLiteral("Database unavailable")), {}, 3);
    QCOMPARE(failed.reason, QStringLiteral("Database unavailable"));
    QCOMPARE(failed.httpStatus, 500);
    QCOMPARE(failed.attempts, 3);
    // Without a server message, the reason is the error's own text.
    const ApiError timeout = ApiError::make(ApiError::Kind::Timeout);
    const AssignOutcome timedOut = AssignOutcome::classify(Action::AddRole, timeout, {});
    QCOMPARE(timedOut.reason, errorText(timeout));
    QVERIFY(!timedOut.reason.isEmpty());
}

QTEST_GUILESS_MAIN(tst_AssignOutcome)
#include "tst_assignoutcome.moc"
