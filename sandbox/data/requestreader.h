#pragma once

#include "sandboxapi.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ra::sandbox {

// Reads and validates the fields of a request's JSON body (or its query
// string) for a handler. The first problem is kept: a missing required field,
// a wrong type or a bad value, each naming the field, so the handler answers
// 400 with error(). Value type; any thread.
class RequestReader
{
public:
    enum class Need { Optional, Required };

    // Reads the JSON body; a body that is not a JSON object is an error.
    explicit RequestReader(const Request &request);
    // Reads the query string (numbers and booleans are parsed from text).
    static RequestReader fromQuery(const Request &request);
    // Reads an explicit object (e.g. a nested one).
    explicit RequestReader(const QJsonObject &object, bool fromText = false);

    bool has(const QString &name) const;
    QString string(const QString &name, Need need = Need::Required, const QString &def = {});
    qint64 integer(const QString &name, Need need = Need::Required, qint64 def = 0);
    // A user identifier: a string, or a number as legacy numeric ids are sent.
    QString identifier(const QString &name);
    bool boolean(const QString &name, Need need = Need::Required, bool def = false);
    QStringList stringList(const QString &name, Need need = Need::Required);
    QJsonObject object(const QString &name, Need need = Need::Required);
    QJsonArray array(const QString &name, Need need = Need::Required);
    // A 24-hex ObjectId.
    QString objectId(const QString &name, Need need = Need::Required);
    QJsonValue value(const QString &name) const { return m_object.value(name); }

    // Records a problem found by the caller (the first one wins).
    void fail(const QString &message);
    bool failed() const { return !m_error.isEmpty(); }
    QString errorText() const { return m_error; }
    Response error() const { return Response::error(400, m_error); }
    const QJsonObject &json() const { return m_object; }

    static bool isObjectId(const QString &text);

private:
    bool present(const QString &name, Need need);

    QJsonObject m_object;
    bool m_fromText = false;
    QString m_error;
};

} // namespace ra::sandbox
