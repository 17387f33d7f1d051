#include "api/routetable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ra {

namespace {

bool parseAuth(const QString &text, AuthScheme *auth)
{
    if (text == u"apiKey")
        *auth = AuthScheme::ApiKey;
    else if (text == u"bearer")
        *auth = AuthScheme::Bearer;
    else if (text == u"none")
        *auth = AuthScheme::None;
    else if (text == u"secureAuthHeaders")
        *auth = AuthScheme::SecureAuthHeaders;
    else if (text == u"session")
        *auth = AuthScheme::Session;
    else
        return false;
    return true;
}

bool parseEnvelope(const QString &text, Envelope *envelope)
{
    if (text == u"system")
        *envelope = Envelope::System;
    else if (text == u"integration")
        *envelope = Envelope::Integration;
    else if (text == u"application")
        *envelope = Envelope::Application;
    else if (text == u"none")
        *envelope = Envelope::None;
    else
        return false;
    return true;
}

bool parseStatus(const QString &text, DocStatus *status)
{
    if (text == u"documented")
        *status = DocStatus::Documented;
    else if (text == u"inferred")
        *status = DocStatus::Inferred;
    else if (text == u"project-defined")
        *status = DocStatus::ProjectDefined;
    else
        return false;
    return true;
}

} // namespace

const RouteTable &RouteTable::builtIn()
{
    static const RouteTable table = [] {
        RouteTable t;
        QFile file(QStringLiteral(":/api/routes.json"));
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !t.load(file.readAll(), &error))
            qFatal("built-in route table is unreadable: %s", qPrintable(error));
        return t;
    }();
    return table;
}

bool RouteTable::load(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("route table: %1 at offset %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    const QJsonArray array = doc.object().value(u"routes").toArray();
    if (array.isEmpty()) {
        *error = QStringLiteral("route table: no \"routes\" array");
        return false;
    }
    static const QRegularExpression paramRe(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    QList<Route> routes;
    QHash<QString, int> byOperation;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        Route r;
        r.operationId = o.value(u"operationId").toString();
        r.name = o.value(u"name").toString();
        r.group = o.value(u"group").toString();
        r.method = o.value(u"method").toString();
        r.path = o.value(u"path").toString();
        r.permission = o.value(u"permission").toString();
        r.idempotent = o.value(u"idempotent").toBool();
        auto fail = [&](const char *field) {
            *error = QStringLiteral("route table: route %1 (%2): bad or missing \"%3\"")
                         .arg(i)
                         .arg(r.operationId, QString::fromLatin1(field));
            return false;
        };
        if (r.operationId.isEmpty() || byOperation.contains(r.operationId))
            return fail("operationId");
        if (!apiFamilyFromString(o.value(u"family").toString(), &r.family))
            return fail("family");
        if (!parseAuth(o.value(u"auth").toString(), &r.auth))
            return fail("auth");
        if (!parseEnvelope(o.value(u"envelope").toString(), &r.envelope))
            return fail("envelope");
        if (!parseStatus(o.value(u"status").toString(), &r.status))
            return fail("status");
        if (!r.path.startsWith(u'/'))
            return fail("path");
        static const QStringList methods = {QStringLiteral("GET"), QStringLiteral("POST"),
                                            QStringLiteral("PUT"), QStringLiteral("DELETE"),
                                            QStringLiteral("PATCH")};
        if (!methods.contains(r.method))
            return fail("method");
        auto it = paramRe.globalMatch(r.path);
        while (it.hasNext())
            r.pathParameters.append(it.next().captured(1));
        byOperation.insert(r.operationId, int(routes.size()));
        routes.append(std::move(r));
    }
    m_routes = std::move(routes);
    m_byOperation = std::move(byOperation);
    return true;
}

const Route *RouteTable::find(const QString &operationId) const
{
    const auto it = m_byOperation.constFind(operationId);
    return it == m_byOperation.constEnd() ? nullptr : &m_routes.at(*it);
}

const Route *RouteTable::match(ApiFamily family, const QString &method, const QString &path,
                               QHash<QString, QString> *params) const
{
    // Literal routes win over templated ones (GET /roles/{userId} must not
    // swallow a literal sibling), so try routes without parameters first.
    const Route *templated = nullptr;
    QHash<QString, QString> templatedParams;
    for (const Route &r : m_routes) {
        if (r.family != family || r.method != method)
            continue;
        QHash<QString, QString> found;
        if (!r.matchPath(path, &found))
            continue;
        if (r.pathParameters.isEmpty()) {
            if (params)
                params->clear();
            return &r;
        }
        if (!templated || r.pathParameters.size() < templated->pathParameters.size()) {
            templated = &r;
            templatedParams = std::move(found);
        }
    }
    if (templated && params)
        *params = std::move(templatedParams);
    return templated;
}

bool RouteTable::pathExists(ApiFamily family, const QString &path) const
{
    for (const Route &r : m_routes) {
        if (r.family == family && r.matchPath(path, nullptr))
            return true;
    }
    return false;
}

} // namespace ra
