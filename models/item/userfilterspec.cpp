#include "item/userfilterspec.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>

namespace ra {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ra::UserFilterSpec", text);
}

QJsonValue toJsonValue(const QString &key, const QVariant &value)
{
    if (UserFilterSpec::isNumeric(key))
        return QJsonValue(value.toLongLong());
    return QJsonValue(value.toString());
}

// A JSON value as a condition value of `key`; false when its type does not fit.
bool fromJsonValue(const QString &key, const QJsonValue &json, QVariant *out)
{
    if (UserFilterSpec::isNumeric(key)) {
        if (json.isDouble()) {
            *out = qint64(json.toDouble());
            return true;
        }
        bool ok = false;
        const qint64 n = json.toString().toLongLong(&ok);
        if (ok)
            *out = n;
        return ok;
    }
    if (!json.isString() && !json.isDouble())
        return false;
    const QString text = json.isString() ? json.toString() : QString::number(json.toDouble());
    if (UserFilterSpec::isDate(key) && !QDate::fromString(text, Qt::ISODate).isValid())
        return false;
    *out = text;
    return true;
}
} // namespace

QString UserFilterSpec::keyOf(Field field)
{
    switch (field) {
    case Field::Email:
        return QStringLiteral("email");
    case Field::FirstName:
        return QStringLiteral("first_name");
    case Field::LastName:
        return QStringLiteral("last_name");
    case Field::JoinDate:
        return QStringLiteral("join_date");
    case Field::Xp:
        return QStringLiteral("xp");
    case Field::Coins:
        return QStringLiteral("coins");
    case Field::Custom:
        break;
    }
    return {};
}

bool UserFilterSpec::isNumeric(const QString &key)
{
    return key == QLatin1String("xp") || key == QLatin1String("coins");
}

bool UserFilterSpec::isDate(const QString &key)
{
    return key == QLatin1String("join_date");
}

const UserFilterSpec::Condition *UserFilterSpec::condition(const QString &key) const
{
    for (const Condition &c : m_conditions) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

void UserFilterSpec::remove(const QString &key)
{
    m_conditions.removeIf([&key](const Condition &c) { return c.key == key; });
}

void UserFilterSpec::setExact(const QString &key, const QVariant &value)
{
    remove(key);
    if (key.isEmpty() || value.isNull() || value.toString().isEmpty())
        return;
    m_conditions.append({key, value, {}, {}});
}

void UserFilterSpec::setRange(const QString &key, const QVariant &minimum, const QVariant &maximum)
{
    remove(key);
    if (key.isEmpty() || (minimum.isNull() && maximum.isNull()))
        return;
    m_conditions.append({key, {}, minimum, maximum});
}

QJsonObject UserFilterSpec::toJson() const
{
    QJsonObject filter;
    for (const Condition &c : m_conditions) {
        if (!c.isRange()) {
            filter.insert(c.key, toJsonValue(c.key, c.exact));
            continue;
        }
        QJsonObject range;
        if (!c.minimum.isNull())
            range.insert(u"gte", toJsonValue(c.key, c.minimum));
        if (!c.maximum.isNull())
            range.insert(u"lte", toJsonValue(c.key, c.maximum));
        filter.insert(c.key, range);
    }
    return filter;
}

bool UserFilterSpec::fromJson(const QJsonObject &filter, UserFilterSpec *spec, QString *error)
{
    UserFilterSpec out;
    for (auto it = filter.begin(); it != filter.end(); ++it) {
        const QString key = it.key();
        QVariant value;
        if (!it.value().isObject()) {
            if (!fromJsonValue(key, it.value(), &value)) {
                if (error)
                    *error = tr("Filter field '%1' has a value of the wrong type").arg(key);
                return false;
            }
            out.setExact(key, value);
            continue;
        }
        const QJsonObject range = it.value().toObject();
        QVariant minimum;
        QVariant maximum;
        for (auto r = range.begin(); r != range.end(); ++r) {
            const bool lower = r.key() == QLatin1String("gte");
            const bool upper = r.key() == QLatin1String("lte");
            if ((!lower && !upper) || !fromJsonValue(key, r.value(), lower ? &minimum : &maximum)) {
                if (error)
                    *error =
                        tr("Filter field '%1.%2' is not a valid range bound").arg(key, r.key());
                return false;
            }
        }
        out.setRange(key, minimum, maximum);
    }
    *spec = out;
    return true;
}

QString UserFilterSpec::toSaved() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

bool UserFilterSpec::fromSaved(const QString &text, UserFilterSpec *spec, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = tr("The saved filter is not a JSON object: %1").arg(parse.errorString());
        return false;
    }
    return fromJson(doc.object(), spec, error);
}

} // namespace ra
