#include "requestreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ra::sandbox {

namespace {
// API messages are user-visible text: the app shows them.
QString tr(const char *text)
{
    return QCoreApplication::translate("ra::sandbox::RequestReader", text);
}
} // namespace

RequestReader::RequestReader(const Request &request)
{
    // No body at all reads as an empty object, so the answer names the first
    // missing field; a body that is not a JSON object is an error of its own.
    if (request.json.isObject())
        m_object = request.json.toObject();
    else if (!request.body.trimmed().isEmpty() || request.json.isArray() ||
             (!request.json.isUndefined() && !request.json.isNull()))
        m_error = tr("Request body must be a JSON object");
}

RequestReader::RequestReader(const QJsonObject &object, bool fromText)
    : m_object(object)
    , m_fromText(fromText)
{
}

RequestReader RequestReader::fromQuery(const Request &request)
{
    QJsonObject o;
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        o.insert(item.first, item.second);
    return RequestReader(o, true);
}

bool RequestReader::has(const QString &name) const
{
    const QJsonValue v = m_object.value(name);
    return !v.isUndefined() && !v.isNull();
}

bool RequestReader::present(const QString &name, Need need)
{
    if (has(name))
        return true;
    if (need == Need::Required)
        fail(tr("Missing required field: %1").arg(name));
    return false;
}

void RequestReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

QString RequestReader::string(const QString &name, Need need, const QString &def)
{
    if (!present(name, need))
        return def;
    const QJsonValue v = m_object.value(name);
    if (!v.isString()) {
        fail(tr("Field '%1' must be a string").arg(name));
        return def;
    }
    const QString s = v.toString();
    if (need == Need::Required && s.trimmed().isEmpty()) {
        fail(tr("Field '%1' must not be empty").arg(name));
        return def;
    }
    return s;
}

qint64 RequestReader::integer(const QString &name, Need need, qint64 def)
{
    if (!present(name, need))
        return def;
    const QJsonValue v = m_object.value(name);
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return qint64(d);
    } else if (m_fromText && v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    fail(tr("Field '%1' must be an integer").arg(name));
    return def;
}

bool RequestReader::boolean(const QString &name, Need need, bool def)
{
    if (!present(name, need))
        return def;
    const QJsonValue v = m_object.value(name);
    if (v.isBool())
        return v.toBool();
    if (m_fromText && v.isString()) {
        const QString s = v.toString();
        if (s == QStringLiteral("true") || s == QStringLiteral("1"))
            return true;
        if (s == QStringLiteral("false") || s == QStringLiteral("0"))
            return false;
    }
    fail(tr("Field '%1' must be a boolean").arg(name));
    return def;
}

QStringList RequestReader::stringList(const QString &name, Need need)
{
    QStringList out;
    if (!present(name, need))
        return out;
    const QJsonValue v = m_object.value(name);
    if (!v.isArray()) {
        fail(tr("Field '%1' must be an array of strings").arg(name));
        return out;
    }
    const QJsonArray a = v.toArray();
    for (const QJsonValue &item : a) {
        if (!item.isString()) {
            fail(tr("Field '%1' must be an array of strings").arg(name));
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

QJsonObject RequestReader::object(const QString &name, Need need)
{
    if (!present(name, need))
        return {};
    const QJsonValue v = m_object.value(name);
    if (!v.isObject()) {
        fail(tr("Field '%1' must be an object").arg(name));
        return {};
    }
    return v.toObject();
}

QJsonArray RequestReader::array(const QString &name, Need need)
{
    if (!present(name, need))
        return {};
    const QJsonValue v = m_object.value(name);
    if (!v.isArray()) {
        fail(tr("Field '%1' must be an array").arg(name));
        return {};
    }
    return v.toArray();
}

QString RequestReader::objectId(const QString &name, Need need)
{
    const QString s = string(name, need);
    if (!s.isEmpty() && !isObjectId(s)) {
        fail(tr("Field '%1' must be a 24-hex ObjectId").arg(name));
        return {};
    }
    return s;
}

bool RequestReader::isObjectId(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{24}$"));
    return re.match(text).hasMatch();
}

QString RequestReader::identifier(const QString &name)
{
    if (value(name).isDouble())
        return QString::number(integer(name));
    return string(name);
}

} // namespace ra::sandbox
