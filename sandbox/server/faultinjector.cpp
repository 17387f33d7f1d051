#include "faultinjector.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ra::sandbox {

FaultInjector::FaultInjector(QObject *parent)
    : QObject(parent)
{
    setSeed(0);
}

void FaultInjector::setSeed(quint64 seed)
{
    m_seed = seed;
    const quint32 words[2] = {quint32(seed), quint32(seed >> 32)};
    m_random = QRandomGenerator64(words, 2);
}

void FaultInjector::setRules(const QList<FaultRule> &rules)
{
    m_rules = rules;
    setSeed(m_seed);
    Q_EMIT changed();
}

void FaultInjector::addRule(const FaultRule &rule)
{
    m_rules.append(rule);
    Q_EMIT changed();
}

void FaultInjector::clear()
{
    m_rules.clear();
    setSeed(m_seed);
    Q_EMIT changed();
}

FaultDecision FaultInjector::decide(const QString &operationId)
{
    FaultDecision decision;
    if (m_rules.isEmpty())
        return decision;
    for (qsizetype i = 0; i < m_rules.size();) {
        FaultRule &rule = m_rules[i];
        if (!rule.matches(operationId) || rule.count == 0) {
            ++i;
            continue;
        }
        // Draw only for fractional rates, so adding an always-on rule does
        // not shift the sequence of the others.
        bool fires = rule.rate >= 1.0;
        if (!fires && rule.rate > 0.0)
            fires = m_random.generateDouble() < rule.rate;
        if (!fires) {
            ++i;
            continue;
        }
        decision.latencyMs += rule.latencyMs;
        if (decision.kind == FaultKind::None && rule.kind != FaultKind::None) {
            decision.kind = rule.kind;
            switch (rule.kind) {
            case FaultKind::Error:
                if (rule.statuses.isEmpty())
                    decision.status = 500;
                else if (rule.statuses.size() == 1)
                    decision.status = rule.statuses.first();
                else
                    decision.status = rule.statuses.at(
                        qsizetype(m_random.bounded(quint64(rule.statuses.size()))));
                break;
            case FaultKind::RateLimit:
                decision.status = 429;
                decision.retryAfterSeconds = rule.retryAfterSeconds;
                break;
            case FaultKind::Malformed:
                decision.status = 200;
                break;
            case FaultKind::None:
            case FaultKind::Reset:
            case FaultKind::Truncate:
                break;
            }
        }
        if (rule.count > 0 && --rule.count == 0) {
            m_rules.removeAt(i);
            continue;
        }
        ++i;
    }
    ++m_asked;
    m_injected += decision.kind != FaultKind::None ? 1 : 0;
    return decision;
}

QJsonObject FaultInjector::toJson() const
{
    QJsonArray rules;
    for (const FaultRule &rule : m_rules)
        rules.append(rule.toJson());
    QJsonObject o;
    o.insert(u"seed", QString::number(m_seed));
    o.insert(u"rules", rules);
    return o;
}

bool FaultInjector::apply(const QJsonObject &document, bool replace, QString *error)
{
    QList<FaultRule> parsed;
    quint64 seed = m_seed;
    bool hasSeed = false;
    if (document.contains(u"rules")) {
        if (!document.value(u"rules").isArray()) {
            *error = QCoreApplication::translate("ra::sandbox::FaultInjector",
                                                 "faults: \"rules\" must be an array");
            return false;
        }
        const QJsonArray array = document.value(u"rules").toArray();
        for (const QJsonValue &v : array) {
            FaultRule rule;
            if (!FaultRule::fromJson(v.toObject(), &rule, error))
                return false;
            parsed.append(rule);
        }
    } else if (!document.isEmpty()) {
        QJsonObject single = document;
        single.remove(u"seed");
        if (!single.isEmpty()) {
            FaultRule rule;
            if (!FaultRule::fromJson(single, &rule, error))
                return false;
            parsed.append(rule);
        }
    }
    if (document.contains(u"seed")) {
        const QJsonValue v = document.value(u"seed");
        bool ok = true;
        seed = v.isString() ? v.toString().toULongLong(&ok) : quint64(v.toDouble(-1));
        if (!ok || (!v.isString() && v.toDouble(-1) < 0)) {
            *error = QCoreApplication::translate("ra::sandbox::FaultInjector",
                                                 "faults: \"seed\" must be a non-negative number");
            return false;
        }
        hasSeed = true;
    }
    if (hasSeed || replace)
        setSeed(seed);
    if (replace)
        m_rules = parsed;
    else
        m_rules.append(parsed);
    Q_EMIT changed();
    return true;
}

} // namespace ra::sandbox
