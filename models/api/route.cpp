#include "api/route.h"

#include <QUrl>
#include <QVector>

namespace ra {

namespace {

bool isParameter(QStringView segment)
{
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}

} // namespace

bool Route::matchPath(const QString &requestPath, QHash<QString, QString> *params) const
{
    // Split both on '/', compare literal segments, capture {param} segments.
    const QStringView tmpl(path);
    const QStringView req(requestPath);
    const auto tmplParts = tmpl.split(u'/');
    auto reqParts = req.split(u'/');
    if (reqParts.size() > 1 && reqParts.last().isEmpty())
        reqParts.removeLast(); // tolerate one trailing slash
    if (tmplParts.size() != reqParts.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < tmplParts.size(); ++i) {
        const QStringView t = tmplParts.at(i);
        const QStringView r = reqParts.at(i);
        if (isParameter(t)) {
            if (r.isEmpty())
                return false;
            found.insert(t.mid(1, t.size() - 2).toString(),
                         QUrl::fromPercentEncoding(r.toUtf8()));
        } else if (t != r) {
            return false;
        }
    }
    if (params)
        *params = std::move(found);
    return true;
}

QString Route::expandPath(const QHash<QString, QString> &params) const
{
    QString out = path;
    for (const QString &param : pathParameters) {
        const QString value = params.value(param);
        out.replace(u'{' + param + u'}',
                    QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    return out;
}

QString toString(ApiFamily family)
{
    switch (family) {
    case ApiFamily::System:
        return QStringLiteral("system");
    case ApiFamily::Integration:
        return QStringLiteral("integration");
    case ApiFamily::Application:
        return QStringLiteral("application");
    case ApiFamily::Gateway:
        return QStringLiteral("gateway");
    case ApiFamily::SecureAuth:
        return QStringLiteral("secureAuth");
    }
    return {};
}

QString toString(DocStatus status)
{
    switch (status) {
    case DocStatus::Documented:
        return QStringLiteral("documented");
    case DocStatus::Inferred:
        return QStringLiteral("inferred");
    case DocStatus::ProjectDefined:
        return QStringLiteral("project-defined");
    }
    return {};
}

bool apiFamilyFromString(const QString &text, ApiFamily *family)
{
    static const ApiFamily all[] = {ApiFamily::System, ApiFamily::Integration,
                                    ApiFamily::Application, ApiFamily::Gateway,
                                    ApiFamily::SecureAuth};
    for (ApiFamily f : all) {
        if (toString(f) == text) {
            *family = f;
            return true;
        }
    }
    return false;
}

} // namespace ra
