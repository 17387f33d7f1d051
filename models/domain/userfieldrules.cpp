#include "domain/userfieldrules.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace ra {

QStringList UserFieldRules::types()
{
    return {QStringLiteral("text"),
            QStringLiteral("single-line-text"),
            QStringLiteral("multi-line-text"),
            QStringLiteral("number"),
            QStringLiteral("numerical"),
            QStringLiteral("date"),
            QStringLiteral("boolean"),
            QStringLiteral("select")};
}

UserFieldRules::Kind UserFieldRules::kind(const QString &type)
{
    const QString t = type.trimmed().toLower();
    if (t == u"text" || t == u"single-line-text")
        return Kind::Text;
    if (t == u"multi-line-text")
        return Kind::MultiLineText;
    if (t == u"number" || t == u"numerical")
        return Kind::Number;
    if (t == u"date")
        return Kind::Date;
    if (t == u"boolean")
        return Kind::Boolean;
    if (t == u"select")
        return Kind::Select;
    return Kind::Unknown;
}

QString UserFieldRules::typeName(const QString &type)
{
    const QString t = type.trimmed().toLower();
    if (t == u"text")
        return tr("Text");
    if (t == u"single-line-text")
        return tr("Single-line text");
    if (t == u"multi-line-text")
        return tr("Multi-line text");
    if (t == u"number")
        return tr("Number");
    if (t == u"numerical")
        return tr("Numerical");
    if (t == u"date")
        return tr("Date");
    if (t == u"boolean")
        return tr("Yes / no");
    if (t == u"select")
        return tr("Choice");
    return type;
}

QString UserFieldRules::normalizedKey(const QString &key)
{
    return key.trimmed().replace(QLatin1Char(' '), QLatin1Char('-'));
}

QDate UserFieldRules::parseDate(const QString &value)
{
    const QString v = value.trimmed();
    QDate date = QDate::fromString(v, Qt::ISODate);
    if (!date.isValid() && v.size() > 10)
        date = QDateTime::fromString(v, Qt::ISODateWithMs).date();
    return date;
}

bool UserFieldRules::parseNumber(const QString &value, double *out)
{
    bool ok = false;
    const double d = QLocale::c().toDouble(value.trimmed(), &ok);
    if (!ok || !std::isfinite(d))
        return false;
    if (out)
        *out = d;
    return true;
}

bool UserFieldRules::parseBoolean(const QString &value, bool *out)
{
    const QString v = value.trimmed().toLower();
    bool result = false;
    if (v == u"true" || v == u"yes" || v == u"1")
        result = true;
    else if (!(v == u"false" || v == u"no" || v == u"0"))
        return false;
    if (out)
        *out = result;
    return true;
}

QString UserFieldRules::label(const UserField &field)
{
    if (field.name.isEmpty())
        return field.field;
    if (field.field.isEmpty() || field.field == field.name)
        return field.name;
    return QStringLiteral("%1 (%2)").arg(field.name, field.field);
}

QString UserFieldRules::checkValue(const UserField &field, const QString &value)
{
    const QString who = label(field);
    if (value.trimmed().isEmpty())
        return field.required ? tr("%1: a value is required.").arg(who) : QString();
    const QString shown = value.size() > 40 ? value.left(40) + QChar(0x2026) : value;
    switch (kind(field.type)) {
    case Kind::Text:
        if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
            return tr("%1: a single-line text cannot hold a line break.").arg(who);
        [[fallthrough]];
    case Kind::MultiLineText:
        if (value.size() > MaxTextLength)
            return tr("%1: the text has %2 characters; at most %3 are allowed.")
                .arg(who)
                .arg(value.size())
                .arg(MaxTextLength);
        return {};
    case Kind::Number:
        return parseNumber(value)
                   ? QString()
                   : tr("%1: \"%2\" is not a number (e.g. 12 or -3.5).").arg(who, shown);
    case Kind::Date:
        return parseDate(value).isValid()
                   ? QString()
                   : tr("%1: \"%2\" is not a date (YYYY-MM-DD).").arg(who, shown);
    case Kind::Boolean:
        return parseBoolean(value) ? QString()
                                   : tr("%1: \"%2\" is not yes or no (true, false, yes, no, "
                                        "1 or 0).")
                                         .arg(who, shown);
    case Kind::Select:
        return field.options.contains(value.trimmed())
                   ? QString()
                   : tr("%1: \"%2\" is not one of its choices (%3).")
                         .arg(who, shown, field.options.join(QStringLiteral(", ")));
    case Kind::Unknown:
        break;
    }
    return {};
}

QString UserFieldRules::checkDefinition(const UserField &field)
{
    const QString key = normalizedKey(field.field);
    const QString name = field.name.trimmed();
    const QString who = label(field).isEmpty() ? tr("The new field") : label(field);
    if (key.isEmpty())
        return tr("%1: the key is required.").arg(who);
    if (key.size() > MaxKeyLength)
        return tr("%1: the key has %2 characters; at most %3 are allowed.")
            .arg(who)
            .arg(key.size())
            .arg(MaxKeyLength);
    if (name.isEmpty())
        return tr("%1: the name is required.").arg(who);
    if (name.size() > MaxNameLength)
        return tr("%1: the name has %2 characters; at most %3 are allowed.")
            .arg(who)
            .arg(name.size())
            .arg(MaxNameLength);
    if (kind(field.type) == Kind::Unknown)
        return tr("%1: the type \"%2\" is not one of %3.")
            .arg(who, field.type, types().join(QStringLiteral(", ")));
    if (kind(field.type) == Kind::Select) {
        if (field.options.isEmpty())
            return tr("%1: a choice field needs at least one option.").arg(who);
        QSet<QString> seen;
        for (const QString &option : field.options) {
            const QString o = option.trimmed();
            if (o.isEmpty())
                return tr("%1: an option is blank.").arg(who);
            if (o.size() > MaxOptionLength)
                return tr("%1: the option \"%2…\" is longer than %3 characters.")
                    .arg(who, o.left(20))
                    .arg(MaxOptionLength);
            if (seen.contains(o.toLower()))
                return tr("%1: the option \"%2\" is listed twice.").arg(who, o);
            seen.insert(o.toLower());
        }
    } else if (!field.options.isEmpty()) {
        return tr("%1: only a choice field has options; a %2 field has none.")
            .arg(who, typeName(field.type));
    }
    if (!field.defaultValue.trimmed().isEmpty()) {
        UserField optional = field;
        optional.required = false;
        const QString problem = checkValue(optional, field.defaultValue);
        if (!problem.isEmpty())
            return tr("Default value of %1").arg(problem);
    }
    return {};
}

} // namespace ra
