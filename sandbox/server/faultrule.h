#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ra::sandbox {

// What an injected fault does to a reply.
enum class FaultKind {
    None,      // only latency (when latencyMs > 0)
    Error,     // an error status from `statuses`, in the family envelope
    RateLimit, // 429 with a Retry-After header
    Reset,     // abort the connection without a reply
    Truncate,  // headers with the full Content-Length, half the body, close
    Malformed, // 200 with a body that is not valid JSON
};

// One fault rule: which route it targets ("*" for all), what it does, how
// often (rate in [0,1], drawn from the injector's seeded generator) and for
// how many requests (count < 0: unlimited; otherwise the rule expires after
// firing `count` times, so tests can say "the next 1 createUser gets 500").
// Value type.
struct FaultRule
{
    QString route = QStringLiteral("*"); // operationId or "*"
    FaultKind kind = FaultKind::None;
    int latencyMs = 0;
    double rate = 1.0;
    int count = -1;
    QList<int> statuses; // Error: chosen uniformly; default 500
    int retryAfterSeconds = 1;

    bool matches(const QString &operationId) const { return route == u'*' || route == operationId; }

    QJsonObject toJson() const;
    // Reads a rule; returns false and sets `error` on bad fields.
    static bool fromJson(const QJsonObject &object, FaultRule *rule, QString *error);
    // Reads the command-line form `key=value;key=value`, e.g.
    // `route=createUser;kind=error;status=500,502;rate=0.5;count=1`.
    static bool fromSpec(const QString &spec, FaultRule *rule, QString *error);
};

QString toString(FaultKind kind);
bool faultKindFromString(const QString &text, FaultKind *kind);

} // namespace ra::sandbox
