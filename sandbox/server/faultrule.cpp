#include "faultrule.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ra::sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ra::sandbox::FaultRule", text);
}

struct KindName
{
    FaultKind kind;
    const char16_t *name;
};

constexpr KindName kindNames[] = {
    {FaultKind::None, u"none"},         {FaultKind::Error, u"error"},
    {FaultKind::RateLimit, u"429"},     {FaultKind::Reset, u"reset"},
    {FaultKind::Truncate, u"truncate"}, {FaultKind::Malformed, u"malformed"},
};

bool validStatus(int status)
{
    return status >= 100 && status <= 599;
}

bool check(const FaultRule &rule, QString *error)
{
    if (rule.route.isEmpty()) {
        *error = tr("fault rule: \"route\" must be an operationId or \"*\"");
        return false;
    }
    if (!(rule.rate >= 0.0 && rule.rate <= 1.0)) {
        *error = tr("fault rule: \"rate\" must be between 0 and 1");
        return false;
    }
    if (rule.latencyMs < 0 || rule.latencyMs > 600000) {
        *error = tr("fault rule: \"latencyMs\" must be between 0 and 600000");
        return false;
    }
    if (rule.retryAfterSeconds < 0) {
        *error = tr("fault rule: \"retryAfter\" must not be negative");
        return false;
    }
    for (int s : rule.statuses) {
        if (!validStatus(s)) {
            *error = tr("fault rule: status %1 is not an HTTP status").arg(s);
            return false;
        }
    }
    return true;
}

} // namespace

QString toString(FaultKind kind)
{
    for (const KindName &k : kindNames) {
        if (k.kind == kind)
            return QString::fromUtf16(k.name);
    }
    return {};
}

bool faultKindFromString(const QString &text, FaultKind *kind)
{
    for (const KindName &k : kindNames) {
        if (text.compare(QString::fromUtf16(k.name), Qt::CaseInsensitive) == 0) {
            *kind = k.kind;
            return true;
        }
    }
    if (text.compare(u"rateLimit", Qt::CaseInsensitive) == 0) {
        *kind = FaultKind::RateLimit;
        return true;
    }
    return false;
}

QJsonObject FaultRule::toJson() const
{
    QJsonObject o;
    o.insert(u"route", route);
    o.insert(u"kind", toString(kind));
    o.insert(u"latencyMs", latencyMs);
    o.insert(u"rate", rate);
    o.insert(u"count", count);
    QJsonArray s;
    for (int status : statuses)
        s.append(status);
    o.insert(u"statuses", s);
    o.insert(u"retryAfter", retryAfterSeconds);
    return o;
}

bool FaultRule::fromJson(const QJsonObject &object, FaultRule *rule, QString *error)
{
    FaultRule r;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == u"route" || key == u"operationId") {
            r.route = v.toString();
        } else if (key == u"kind") {
            if (!faultKindFromString(v.toString(), &r.kind)) {
                *error = tr("fault rule: unknown kind \"%1\"").arg(v.toString());
                return false;
            }
        } else if (key == u"latencyMs") {
            r.latencyMs = v.toInt(-1);
        } else if (key == u"rate") {
            r.rate = v.toDouble(-1);
        } else if (key == u"count") {
            r.count = v.toInt(-1);
        } else if (key == u"status") {
            r.statuses = {v.toInt(-1)};
        } else if (key == u"statuses") {
            r.statuses.clear();
            const QJsonArray a = v.toArray();
            for (const QJsonValue &s : a)
                r.statuses.append(s.toInt(-1));
        } else if (key == u"retryAfter") {
            r.retryAfterSeconds = v.toInt(-1);
        } else {
            *error = tr("fault rule: unknown field \"%1\"").arg(key);
            return false;
        }
    }
    if (!check(r, error))
        return false;
    *rule = r;
    return true;
}

bool FaultRule::fromSpec(const QString &spec, FaultRule *rule, QString *error)
{
    FaultRule r;
    const QStringList pairs = spec.split(u';', Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString key = pair.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : pair.mid(eq + 1).trimmed();
        bool ok = eq > 0;
        if (key == u"route" || key == u"op") {
            r.route = value;
        } else if (key == u"kind") {
            ok = ok && faultKindFromString(value, &r.kind);
        } else if (key == u"latency" || key == u"latencyMs") {
            r.latencyMs = value.toInt(&ok);
        } else if (key == u"rate") {
            r.rate = value.toDouble(&ok);
        } else if (key == u"count") {
            r.count = value.toInt(&ok);
        } else if (key == u"status" || key == u"statuses") {
            r.statuses.clear();
            const QStringList codes = value.split(u',', Qt::SkipEmptyParts);
            for (const QString &code : codes) {
                bool codeOk = false;
                r.statuses.append(code.trimmed().toInt(&codeOk));
                ok = ok && codeOk;
            }
        } else if (key == u"retryAfter") {
            r.retryAfterSeconds = value.toInt(&ok);
        } else {
            ok = false;
        }
        if (!ok) {
            *error = tr("fault spec: cannot read \"%1\"").arg(pair);
            return false;
        }
    }
    if (!check(r, error))
        return false;
    *rule = r;
    return true;
}

} // namespace ra::sandbox
