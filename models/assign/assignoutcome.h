#pragma once

#include "api/apierror.h"
#include "api/apiresponse.h"

#include <QCoreApplication>
#include <QString>

namespace ra {

class ApiReplyBase;

// What one badge award or removal, or one role given or taken, came to: the
// typed result a bulk job counts and reports. classify() is a pure function of
// the operation and the finished reply (its ApiError or ApiResponse), so it
// can be tested without a server. The route table's notes say what the
// sandbox answers; classify() also reads the plausible variants of a live
// server (a 2xx saying "already", a 409 without text). Value type.
struct AssignOutcome
{
    Q_DECLARE_TR_FUNCTIONS(ra::AssignOutcome)

public:
    enum class Action { AwardBadge, RemoveBadge, AddRole, RemoveRole };

    enum class Kind {
        Done,           // the server made the change
        AlreadyHad,     // award / add: the member already held the badge or role
        NotHeld,        // remove: the member did not hold it, nothing to take away
        UserNotFound,   // no such member
        TargetNotFound, // no such badge or role
        Failed,         // anything else; `reason` holds the server's message
    };

    Kind kind = Kind::Failed;
    int httpStatus = 0;
    QString reason; // the server's message, else the error's text; empty for Done without one
    // Attempts the client made. After a retry, AlreadyHad / NotHeld may answer
    // an earlier attempt of ours that the server did carry out.
    int attempts = 0;

    // Done, AlreadyHad and NotHeld: the member is now as asked.
    bool succeeded() const;

    // The action of an operation id (awardBadge, removeBadge, addRoleToUser,
    // removeRoleFromUser); false for any other operation.
    static bool actionOf(const QString &operationId, Action *action);
    static AssignOutcome classify(Action action, const ApiError &error, const ApiResponse &response,
                                  int attempts = 1);
    // A finished reply of one of the four operations; Failed for another operation.
    static AssignOutcome classify(const ApiReplyBase &reply);
    // Stable lower-case names for logs and reports: "done", "alreadyHad", ...
    static QString kindName(Kind kind);
};

} // namespace ra
