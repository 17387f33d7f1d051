#pragma once

#include "domain/userfield.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace ra {

// What the API documents about custom user fields, as checks: the types (the newest docs' date,
// single-line-text, numerical, multi-line-text, number and text, and the older create body's
// boolean and select), the key and name lengths, and what a value of each type must look like.
// Every message is translated and names the field at fault, so a dialog, the import wizard and
// the sandbox say the same thing. Stateless; any thread.
class UserFieldRules
{
    Q_DECLARE_TR_FUNCTIONS(UserFieldRules)

public:
    enum class Kind { Text, MultiLineText, Number, Date, Boolean, Select, Unknown };

    static constexpr int MaxKeyLength = 50;
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxTextLength = 2000;
    static constexpr int MaxOptionLength = 100;

    // Every documented type, as the API spells it, in the order a type picker offers them.
    static QStringList types();
    static Kind kind(const QString &type);
    // The type as shown to people ("Number", "Date", ...); an unknown type is shown as is.
    static QString typeName(const QString &type);
    static bool isNumeric(const QString &type) { return kind(type) == Kind::Number; }
    static bool isDate(const QString &type) { return kind(type) == Kind::Date; }

    // The key the API stores: trimmed, spaces become hyphens ("deposit amount" ->
    // "deposit-amount").
    static QString normalizedKey(const QString &key);
    // A date value: an ISO date (2025-06-22) or date-time; invalid when it is neither.
    static QDate parseDate(const QString &value);
    // A number value in the C locale ("12", "-3.5"); false when it is not a finite number.
    static bool parseNumber(const QString &value, double *out = nullptr);
    // A boolean value: true/false, yes/no, 1/0 (any case); false when it is none of them.
    static bool parseBoolean(const QString &value, bool *out = nullptr);

    // Empty when `value` suits the field (an empty value suits a field that is not required);
    // else why not, naming the field: "Deposit (deposit-amount): "abc" is not a number."
    static QString checkValue(const UserField &field, const QString &value);
    // Empty when the definition can be sent: key, name, type, options (select only: at least
    // one, none blank or repeated) and the default checked against the type; else the first
    // problem, naming the field.
    static QString checkDefinition(const UserField &field);
    // "Deposit (deposit-amount)", or the key or the name alone when the other is empty.
    static QString label(const UserField &field);
};

} // namespace ra
