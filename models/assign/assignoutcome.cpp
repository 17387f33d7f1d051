#include "assign/assignoutcome.h"

#include "api/apireplybase.h"

#include <QRegularExpression>

namespace ra {

namespace {

using Kind = AssignOutcome::Kind;
using Action = AssignOutcome::Action;

bool isGiving(Action action)
{
    return action == Action::AwardBadge || action == Action::AddRole;
}

// Error bodies are undocumented, so the subject of a 404 is read from the
// message. The earliest phrase wins: "User not found: a@badge.example" names
// the user, although a badge word follows in the quoted value.
Kind assignNotFoundSubject(const QString &message)
{
    static const QRegularExpression subjectFirst(
        QStringLiteral("\\b(user|member|badge|role)\\b(?:\\s+\\w+)?\\s+(?:not found|does not "
                       "exist|doesn't exist|is unknown)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression subjectLast(
        QStringLiteral("\\b(?:no such|unknown|invalid)\\s+(user|member|badge|role)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch a = subjectFirst.match(message);
    const QRegularExpressionMatch b = subjectLast.match(message);
    QRegularExpressionMatch first = a;
    if (!a.hasMatch() || (b.hasMatch() && b.capturedStart() < a.capturedStart()))
        first = b;
    if (!first.hasMatch())
        return Kind::Failed;
    const QString subject = first.captured(1).toLower();
    return subject == u"user" || subject == u"member" ? Kind::UserNotFound : Kind::TargetNotFound;
}

bool assignSaysAlready(const QString &message)
{
    return message.contains(u"already", Qt::CaseInsensitive);
}

bool assignSaysNotHeld(const QString &message)
{
    static const QRegularExpression notHeld(
        QStringLiteral("(?:does not|doesn't|did not|didn't) (?:have|hold)|not (?:assigned|"
                       "awarded|held)"),
        QRegularExpression::CaseInsensitiveOption);
    return notHeld.match(message).hasMatch();
}

} // namespace

bool AssignOutcome::succeeded() const
{
    return kind == Kind::Done || kind == Kind::AlreadyHad || kind == Kind::NotHeld;
}

bool AssignOutcome::actionOf(const QString &operationId, Action *action)
{
    static const QHash<QString, Action> actions{
        {QStringLiteral("awardBadge"), Action::AwardBadge},
        {QStringLiteral("removeBadge"), Action::RemoveBadge},
        {QStringLiteral("addRoleToUser"), Action::AddRole},
        {QStringLiteral("removeRoleFromUser"), Action::RemoveRole}};
    const auto it = actions.constFind(operationId);
    if (it == actions.constEnd())
        return false;
    *action = *it;
    return true;
}

AssignOutcome AssignOutcome::classify(Action action, const ApiError &error,
                                      const ApiResponse &response, int attempts)
{
    AssignOutcome out;
    out.attempts = attempts;
    const bool giving = isGiving(action);
    if (!error.isError()) {
        out.httpStatus = response.httpStatus;
        out.reason = response.message;
        // A live server might answer a repeated award 200 "... already ..." instead of 409.
        out.kind = giving && assignSaysAlready(response.message) ? Kind::AlreadyHad : Kind::Done;
        return out;
    }
    out.httpStatus = error.httpStatus;
    out.reason = error.serverMessage.isEmpty() ? errorText(error) : error.serverMessage;
    const bool answered = error.kind == ApiError::Kind::Http ||
                          error.kind == ApiError::Kind::Server ||
                          error.kind == ApiError::Kind::Decode;
    if (!answered)
        return out; // no verdict from the server: network, timeout, cancelled, ...
    if (error.kind == ApiError::Kind::Decode) {
        // The server said yes; only the payload's shape was not the documented one.
        if (error.httpStatus >= 200 && error.httpStatus < 300)
            out.kind = Kind::Done;
        return out;
    }
    const QString &message = error.serverMessage;
    if (giving && (error.httpStatus == 409 || assignSaysAlready(message))) {
        out.kind = Kind::AlreadyHad;
        return out;
    }
    if (!giving && assignSaysNotHeld(message)) {
        out.kind = Kind::NotHeld;
        return out;
    }
    if (error.httpStatus == 404 || error.httpStatus == 400 || error.kind == ApiError::Kind::Server)
        out.kind = assignNotFoundSubject(message);
    return out;
}

AssignOutcome AssignOutcome::classify(const ApiReplyBase &reply)
{
    Action action = Action::AwardBadge;
    if (!actionOf(reply.operationId(), &action)) {
        AssignOutcome out;
        out.reason = tr("%1 is not a badge or role assignment").arg(reply.operationId());
        return out;
    }
    const int attempts = reply.hasError() ? reply.error().attempts : reply.attempts();
    return classify(action, reply.error(), reply.response(), attempts);
}

QString AssignOutcome::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Done:
        return QStringLiteral("done");
    case Kind::AlreadyHad:
        return QStringLiteral("alreadyHad");
    case Kind::NotHeld:
        return QStringLiteral("notHeld");
    case Kind::UserNotFound:
        return QStringLiteral("userNotFound");
    case Kind::TargetNotFound:
        return QStringLiteral("targetNotFound");
    case Kind::Failed:
        break;
    }
    return QStringLiteral("failed");
}

} // namespace ra
