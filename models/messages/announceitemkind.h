#pragma once

#include "bulk/bulkitemkind.h"

#include <QCoreApplication>

namespace ra {

// Announcing one message to several channels as a bulk item kind: each item is a channel (key:
// its id, input: its name) and send() posts the message there with Send Message, as `sender`.
// A channel the server does not know is NotFound; 429, 502, 503 and 504 are transient (the
// server did not take the message) and the job tries again; any other failure is final with the
// server's reason. A timeout, a dropped connection or a garbled answer may hide a message that
// was posted, so those are not repeated blindly: they fail with a reason that says so, and after
// a crash an item in doubt is looked up (Get Messages of its channel, the newest 50, for the
// same text). Nothing undoes a message (no inverse). Immutable; GUI thread.
class AnnounceItemKind : public BulkItemKind
{
    Q_DECLARE_TR_FUNCTIONS(ra::AnnounceItemKind)

public:
    static constexpr int lookBack = 50;

    AnnounceItemKind(QString message, QString sender);

    QString message() const { return m_message; }
    QString sender() const { return m_sender; }

    // The journaled name, "announceMessage".
    static QString kindName();
    // Reads the kind's journal parameters; null when `name` is not kindName() or the message
    // is missing.
    static std::unique_ptr<AnnounceItemKind> fromJson(const QString &name,
                                                      const QJsonObject &params);

    QString name() const override;
    QString displayName() const override;
    QJsonObject toJson() const override;
    ApiReplyBase *send(ApiClient &client, const BulkItem &item) const override;
    BulkOutcome classify(const ApiReplyBase &reply) const override;
    std::unique_ptr<BulkItemKind> inverse() const override;
    ApiReplyBase *checkApplied(ApiClient &client, const BulkItem &item) const override;
    Applied readApplied(const ApiReplyBase &reply, const BulkItem &item) const override;
    bool repeatAnswersAlready() const override { return false; }

private:
    QString m_message;
    QString m_sender;
};

} // namespace ra
