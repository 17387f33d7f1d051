#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

namespace ra {

// The server-side filter of Get Users with Filters, as the filter bar builds it: one condition
// per field, either an exact value or a range ({gte, lte}; either bound may be open) for numbers
// and dates. The documented platform fields are email, first_name, last_name, join_date, xp and
// coins; any other key is sent as a custom field. toJson() is the request's `filter` object;
// toSaved()/fromSaved() the compact text kept in the settings for a saved filter. Value type.
class UserFilterSpec
{
public:
    enum class Field { Email, FirstName, LastName, JoinDate, Xp, Coins, Custom };

    struct Condition
    {
        QString key;      // API name: "email", "join_date", ... or a custom field key
        QVariant exact;   // an exact value (QString or qint64); null for a range
        QVariant minimum; // range bounds; null = open (QString date or qint64)
        QVariant maximum;

        bool isRange() const { return exact.isNull(); }
        bool operator==(const Condition &o) const
        {
            return key == o.key && exact == o.exact && minimum == o.minimum && maximum == o.maximum;
        }
    };

    // The API key of a platform field ("first_name"); empty for Custom.
    static QString keyOf(Field field);
    // Whether the field takes numbers (xp, coins) rather than text.
    static bool isNumeric(const QString &key);
    // Whether the field is a date (join_date, ISO yyyy-MM-dd).
    static bool isDate(const QString &key);

    // Replaces the condition for `key`; an empty text value removes it.
    void setExact(const QString &key, const QVariant &value);
    // Sets a range; two null bounds remove the condition.
    void setRange(const QString &key, const QVariant &minimum, const QVariant &maximum);
    void remove(const QString &key);
    void clear() { m_conditions.clear(); }

    bool isEmpty() const { return m_conditions.isEmpty(); }
    const QList<Condition> &conditions() const { return m_conditions; }
    const Condition *condition(const QString &key) const;

    // The `filter` object of the request.
    QJsonObject toJson() const;
    // Reads a `filter` object back; false (and `error` naming the key) on a malformed one.
    static bool fromJson(const QJsonObject &filter, UserFilterSpec *spec, QString *error = nullptr);
    // Compact JSON text for the settings.
    QString toSaved() const;
    static bool fromSaved(const QString &text, UserFilterSpec *spec, QString *error = nullptr);

    bool operator==(const UserFilterSpec &o) const { return m_conditions == o.m_conditions; }
    bool operator!=(const UserFilterSpec &o) const { return !(*this == o); }

private:
    QList<Condition> m_conditions;
};

} // namespace ra

Q_DECLARE_METATYPE(ra::UserFilterSpec)
