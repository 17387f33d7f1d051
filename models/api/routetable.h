#pragma once

#include "api/route.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace ra {

// The route table: every operation of the Returning.AI API as data, loaded
// from resources/api/routes.json. Read by both the API client and the
// sandbox, so a corrected path is a one-line change in one file.
// Immutable after loading; safe to share between threads.
class RouteTable
{
public:
    // The table compiled into the binary (":/api/routes.json"). Loaded once.
    static const RouteTable &builtIn();

    // Parses a route table document. Returns false and sets `error` (naming
    // the route index and field) on malformed input.
    bool load(const QByteArray &json, QString *error);

    const QList<Route> &routes() const { return m_routes; }
    // nullptr when no route has that operation id.
    const Route *find(const QString &operationId) const;
    // The route of `family` whose method and path template match; nullptr
    // when none. `params` receives the path parameters.
    const Route *match(ApiFamily family, const QString &method, const QString &path,
                       QHash<QString, QString> *params) const;
    // True when some route of `family` has this path with another method
    // (lets a server answer 405 instead of 404).
    bool pathExists(ApiFamily family, const QString &path) const;

private:
    QList<Route> m_routes;
    QHash<QString, int> m_byOperation;
};

} // namespace ra
