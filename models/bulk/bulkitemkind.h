#pragma once

#include "bulk/bulktypes.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace ra {

class ApiClient;
class ApiReplyBase;

// What a bulk job does with each of its items: one kind of request. BulkJob
// is generic; a kind says how one item is sent and how its finished reply is
// read. Assignment's four actions are kinds (AssignItemKind); an import
// chunk upload fits the same shape (send() uploads the chunk, classify()
// reads the job id, checkApplied() looks the chunk's file name up in the API
// log). Kinds are immutable after construction and used on the GUI thread.
class BulkItemKind
{
public:
    // What checkApplied() learnt about an item journaled "sending" without a
    // result (the app died while it was on the wire).
    enum class Applied { Yes, No, Unknown };

    virtual ~BulkItemKind();

    // Stable name, journaled: "awardBadge", "addRoleToUser", ...
    virtual QString name() const = 0;
    // Translated, for a live view: "Award badge \"Early Bird\"".
    virtual QString displayName() const = 0;
    // The kind's parameters (target id and name, ...) for the journal;
    // BulkKinds::create() reads them back.
    virtual QJsonObject toJson() const = 0;

    // Starts the request for `item` on `client` (never null).
    virtual ApiReplyBase *send(ApiClient &client, const BulkItem &item) const = 0;
    // Reads a finished reply of send().
    virtual BulkOutcome classify(const ApiReplyBase &reply) const = 0;

    // The kind that undoes this one (award -> remove, ...); null when none.
    virtual std::unique_ptr<BulkItemKind> inverse() const = 0;

    // After a crash: asks the server whether an item in doubt was applied.
    // Null when the kind has no way to ask; the item is then sent again and
    // an Already answer counts as Done (our earlier attempt may have applied
    // it), so the engine needs nothing else to keep exactly-once.
    virtual ApiReplyBase *checkApplied(ApiClient &client, const BulkItem &item) const;
    // Reads a finished reply of checkApplied().
    virtual Applied readApplied(const ApiReplyBase &reply, const BulkItem &item) const;

    // Whether a repeated send after an uncertain first try may be answered
    // Already (and so counts as Done); true for every assignment kind.
    virtual bool repeatAnswersAlready() const { return true; }
};

// Makes kinds back from their journaled name and parameters. Knows the
// assignment kinds; another kind adds itself in bulkkinds.cpp.
namespace BulkKinds {
std::unique_ptr<BulkItemKind> create(const QString &name, const QJsonObject &params,
                                     QString *error);
} // namespace BulkKinds

} // namespace ra
