#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace ra {

// Tolerant reader over one JSON object, for decoding what the live API really
// sends: every accessor accepts the given key plus its snake_case and
// lower-case spellings (and any aliases), numbers and booleans sent as
// strings, and absent fields (the fallback is returned). It remembers which
// keys were read so that extra() can hand back the unknown ones, which the
// domain types keep instead of dropping. Value type; not thread-safe.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object);

    // The value under the first spelling present; Undefined when none.
    QJsonValue value(std::initializer_list<const char *> keys);

    QString string(std::initializer_list<const char *> keys, const QString &fallback = {});
    qint64 integer(std::initializer_list<const char *> keys, qint64 fallback = 0);
    double number(std::initializer_list<const char *> keys, double fallback = 0.0);
    bool boolean(std::initializer_list<const char *> keys, bool fallback = false);
    QJsonObject object(std::initializer_list<const char *> keys);
    QJsonArray array(std::initializer_list<const char *> keys);
    // An array of strings (numbers are converted); a single string or a
    // comma-separated string becomes a list too.
    QStringList stringList(std::initializer_list<const char *> keys);
    // True when any spelling of the key is present (and not null).
    bool has(std::initializer_list<const char *> keys) const;

    // The keys nobody asked for, with their values.
    QJsonObject extra() const;

    // Conversions used by the accessors, public for the tests.
    static bool toInteger(const QJsonValue &v, qint64 *out);
    static bool toNumber(const QJsonValue &v, double *out);
    static bool toBoolean(const QJsonValue &v, bool *out);
    static QString toText(const QJsonValue &v);
    // "firstName" -> "first_name".
    static QString snakeCase(const QString &camel);

private:
    QString findKey(const char *key) const;

    QJsonObject m_object;
    QSet<QString> m_used;
};

} // namespace ra
