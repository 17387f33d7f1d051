#pragma once

#include "faultdecision.h"
#include "faultrule.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRandomGenerator>

namespace ra::sandbox {

// The sandbox's fault configuration: an ordered list of FaultRules and a
// seeded random generator, so a run with the same seed and the same request
// sequence injects the same faults. decide() is asked once per API request
// (not for /health or /__admin); every matching rule that fires adds its
// latency, and the first firing rule with a kind decides the reply. Counted
// rules expire after firing `count` times. Lives on the server's thread; not
// thread-safe.
class FaultInjector : public QObject
{
    Q_OBJECT
public:
    explicit FaultInjector(QObject *parent = nullptr);

    quint64 seed() const { return m_seed; }
    // Sets the seed and restarts the generator from it.
    void setSeed(quint64 seed);

    const QList<FaultRule> &rules() const { return m_rules; }
    // Replaces the rules and restarts the generator, so a test that sets the
    // same configuration twice sees the same sequence.
    void setRules(const QList<FaultRule> &rules);
    void addRule(const FaultRule &rule);
    void clear();
    bool isEmpty() const { return m_rules.isEmpty(); }

    FaultDecision decide(const QString &operationId);
    // Since start: API requests decided on while rules were set, and how
    // many of them got a fault other than latency (for soak reports).
    quint64 requestsWithRules() const { return m_asked; }
    quint64 faultsInjected() const { return m_injected; }

    // {"seed": S, "rules": [...]} (see FaultRule::toJson).
    QJsonObject toJson() const;
    // Applies an admin document: {"seed"?: S, "rules": [...]} or a single
    // rule object. `replace` replaces the rules (PUT), otherwise appends
    // (POST). Returns false and changes nothing on a bad document.
    bool apply(const QJsonObject &document, bool replace, QString *error);

Q_SIGNALS:
    void changed();

private:
    QList<FaultRule> m_rules;
    quint64 m_seed = 0;
    quint64 m_asked = 0;
    quint64 m_injected = 0;
    QRandomGenerator64 m_random;
};

} // namespace ra::sandbox
