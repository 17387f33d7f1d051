#include "domain/jsonreader.h"

#include <QHash>

#include <cmath>
#include <limits>

namespace ra {

JsonReader::JsonReader(const QJsonObject &object)
    : m_object(object)
{
}

QString JsonReader::snakeCase(const QString &camel)
{
    QString out;
    out.reserve(camel.size() + 4);
    for (const QChar c : camel) {
        if (c.isUpper()) {
            if (!out.isEmpty() && !out.endsWith(u'_'))
                out += u'_';
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

namespace {

// The spellings tried for one key: as given, snake_case, lower case and
// camelCase. Computed once per key literal (decoding is hot: every reply).
struct Spellings
{
    QString exact;
    QString alternatives[3];
};

QString camelCase(const QString &snake)
{
    QString camel;
    bool upper = false;
    for (const QChar c : snake) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        camel += upper ? c.toUpper() : c;
        upper = false;
    }
    return camel;
}

const Spellings &spellingsOf(const char *key)
{
    // Keys are string literals; thread_local keeps the cache lock-free.
    thread_local QHash<const char *, Spellings> cache;
    auto it = cache.find(key);
    if (it == cache.end()) {
        Spellings s;
        s.exact = QString::fromLatin1(key);
        const QString variants[] = {JsonReader::snakeCase(s.exact), s.exact.toLower(),
                                    camelCase(s.exact)};
        int n = 0;
        for (const QString &v : variants) {
            bool seen = v == s.exact;
            for (int i = 0; i < n; ++i)
                seen = seen || v == s.alternatives[i];
            if (!seen)
                s.alternatives[n++] = v;
        }
        it = cache.insert(key, s);
    }
    return *it;
}

} // namespace

QString JsonReader::findKey(const char *key) const
{
    const Spellings &s = spellingsOf(key);
    if (m_object.contains(s.exact))
        return s.exact;
    for (const QString &alt : s.alternatives) {
        if (!alt.isEmpty() && m_object.contains(alt))
            return alt;
    }
    return {};
}

QJsonValue JsonReader::value(std::initializer_list<const char *> keys)
{
    QJsonValue found = QJsonValue::Undefined;
    for (const char *key : keys) {
        const QString k = findKey(key);
        if (k.isEmpty())
            continue;
        m_used.insert(k);
        const QJsonValue v = m_object.value(k);
        if (found.isUndefined() && !v.isNull())
            found = v;
    }
    return found;
}

bool JsonReader::has(std::initializer_list<const char *> keys) const
{
    for (const char *key : keys) {
        const QString k = findKey(key);
        if (!k.isEmpty() && !m_object.value(k).isNull())
            return true;
    }
    return false;
}

QString JsonReader::toText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.007199254740992e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

bool JsonReader::toNumber(const QJsonValue &v, double *out)
{
    if (v.isDouble()) {
        *out = v.toDouble();
        return true;
    }
    if (v.isBool()) {
        *out = v.toBool() ? 1.0 : 0.0;
        return true;
    }
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d)) {
            *out = d;
            return true;
        }
    }
    return false;
}

bool JsonReader::toInteger(const QJsonValue &v, qint64 *out)
{
    if (v.isString()) {
        bool ok = false;
        const qint64 i = v.toString().trimmed().toLongLong(&ok);
        if (ok) {
            *out = i;
            return true;
        }
    }
    double d = 0;
    if (!toNumber(v, &d))
        return false;
    // Out-of-range values are refused rather than converted (undefined).
    if (!(d >= -9.2e18 && d <= 9.2e18))
        return false;
    *out = qint64(d);
    return true;
}

bool JsonReader::toBoolean(const QJsonValue &v, bool *out)
{
    if (v.isBool()) {
        *out = v.toBool();
        return true;
    }
    if (v.isDouble()) {
        *out = v.toDouble() != 0.0;
        return true;
    }
    if (v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        if (s == u"true" || s == u"1" || s == u"yes") {
            *out = true;
            return true;
        }
        if (s == u"false" || s == u"0" || s == u"no" || s.isEmpty()) {
            *out = false;
            return true;
        }
    }
    return false;
}

QString JsonReader::string(std::initializer_list<const char *> keys, const QString &fallback)
{
    const QJsonValue v = value(keys);
    if (v.isUndefined() || v.isNull() || v.isObject() || v.isArray())
        return fallback;
    return toText(v);
}

qint64 JsonReader::integer(std::initializer_list<const char *> keys, qint64 fallback)
{
    qint64 out = fallback;
    return toInteger(value(keys), &out) ? out : fallback;
}

double JsonReader::number(std::initializer_list<const char *> keys, double fallback)
{
    double out = fallback;
    return toNumber(value(keys), &out) ? out : fallback;
}

bool JsonReader::boolean(std::initializer_list<const char *> keys, bool fallback)
{
    bool out = fallback;
    return toBoolean(value(keys), &out) ? out : fallback;
}

QJsonObject JsonReader::object(std::initializer_list<const char *> keys)
{
    return value(keys).toObject();
}

QJsonArray JsonReader::array(std::initializer_list<const char *> keys)
{
    return value(keys).toArray();
}

QStringList JsonReader::stringList(std::initializer_list<const char *> keys)
{
    const QJsonValue v = value(keys);
    QStringList out;
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (const QJsonValue &item : a) {
            const QString s = toText(item);
            if (!s.isEmpty())
                out.append(s);
        }
    } else if (v.isString()) {
        const QStringList parts = v.toString().split(u',', Qt::SkipEmptyParts);
        for (const QString &p : parts)
            out.append(p.trimmed());
    }
    return out;
}

QJsonObject JsonReader::extra() const
{
    QJsonObject out;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_used.contains(it.key()))
            out.insert(it.key(), it.value());
    }
    return out;
}

} // namespace ra
