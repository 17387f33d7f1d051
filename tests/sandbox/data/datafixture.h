#pragma once

// A seeded in-memory DataBackend plus helpers to build Requests the way the
// HTTP layer does (route from the route table, authenticated key, parsed
// JSON / query / multipart), for the data-layer tests.

#include "api/routetable.h"
#include "databackend.h"
#include "requestreader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

#include <memory>

namespace ra::sandbox::test {

enum class KeyKind { None, System, Integration, NoPermission };

class DataFixture
{
public:
    explicit DataFixture(int users = 60, quint64 seed = 42, const QString &path = {},
                         qint64 histories = -1)
    {
        backend = std::make_unique<DataBackend>();
        QString error;
        opened = backend->open(path, &error) && backend->seed(seed, users, &error, histories);
        openError = error;
        if (opened)
            collect();
    }

    Request request(const QString &operationId, KeyKind key = KeyKind::Integration) const
    {
        Request r;
        r.route = RouteTable::builtIn().find(operationId);
        const DemoInfo d = backend->demo();
        const QString k = key == KeyKind::System         ? d.systemKey
                          : key == KeyKind::Integration  ? d.integrationKey
                          : key == KeyKind::NoPermission ? d.noPermissionKey
                                                         : QString();
        if (!k.isEmpty())
            r.key = backend->lookupKey(k);
        return r;
    }

    Response call(const QString &operationId, const QJsonValue &body = QJsonValue::Undefined,
                  const QHash<QString, QString> &path = {}, const QString &query = {},
                  KeyKind key = KeyKind::Integration)
    {
        Request r = request(operationId, key);
        r.pathParams = path;
        r.query = QUrlQuery(query);
        r.json = body;
        if (!body.isUndefined())
            r.body = body.isObject() ? QJsonDocument(body.toObject()).toJson()
                                     : QJsonDocument(body.toArray()).toJson();
        return backend->handle(r);
    }

    Response upload(const QString &operationId, const QList<MultipartPart> &parts,
                    KeyKind key = KeyKind::Integration)
    {
        Request r = request(operationId, key);
        r.parts = parts;
        return backend->handle(r);
    }

    static MultipartPart part(const QByteArray &name, const QByteArray &data,
                              const QByteArray &fileName = {}, const QByteArray &type = {})
    {
        MultipartPart p;
        p.name = name;
        p.data = data;
        p.fileName = fileName;
        p.contentType = type;
        return p;
    }

    // Replaces {name} placeholders with ids of the seeded community.
    QString expand(QString text) const
    {
        for (auto it = ids.cbegin(); it != ids.cend(); ++it)
            text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
        return text;
    }

    std::unique_ptr<DataBackend> backend;
    bool opened = false;
    QString openError;
    QHash<QString, QString> ids;

private:
    static QString idOf(const QJsonArray &list, const QString &key, const QString &value,
                        const QString &idKey = QStringLiteral("_id"))
    {
        for (const QJsonValue &v : list) {
            if (v.toObject().value(key).toString() == value)
                return v.toObject().value(idKey).toString();
        }
        return {};
    }

    void collect()
    {
        const DemoInfo d = backend->demo();
        ids.insert(QStringLiteral("community"), d.communityId);
        ids.insert(QStringLiteral("domain"), d.secureAuthDomain);
        ids.insert(QStringLiteral("missing"), QStringLiteral("0123456789abcdef01234567"));
        const QJsonArray servers =
            call(QStringLiteral("getMyServers"), {}, {}, {}, KeyKind::System).data.toArray();
        ids.insert(QStringLiteral("server2"),
                   idOf(servers, QStringLiteral("name"), QStringLiteral("Trading Floor")));
        const QJsonArray roles = call(QStringLiteral("getServerRoles"), {},
                                      {{QStringLiteral("id"), d.communityId}}, {}, KeyKind::System)
                                     .data.toArray();
        ids.insert(QStringLiteral("role"),
                   idOf(roles, QStringLiteral("title"), QStringLiteral("VIP")));
        ids.insert(QStringLiteral("adminRole"),
                   idOf(roles, QStringLiteral("title"), QStringLiteral("Admin")));
        const QJsonArray channels =
            call(QStringLiteral("getChannels"), {}, {}, {}, KeyKind::System).data.toArray();
        ids.insert(QStringLiteral("channel"),
                   idOf(channels, QStringLiteral("topic"), QStringLiteral("General")));
        ids.insert(QStringLiteral("forum"),
                   idOf(channels, QStringLiteral("topic"), QStringLiteral("Support")));
        const QJsonArray badges =
            call(QStringLiteral("getBadges"), {}, {}, {}, KeyKind::System).data.toArray();
        ids.insert(QStringLiteral("badge"), idOf(badges, QStringLiteral("title"),
                                                 QStringLiteral("Major"), QStringLiteral("id")));
        const QJsonArray fields = call(QStringLiteral("getUserFields"), {},
                                       {{QStringLiteral("communityId"), d.communityId}})
                                      .data.toArray();
        ids.insert(QStringLiteral("field"),
                   idOf(fields, QStringLiteral("field"), QStringLiteral("tier")));
        ids.insert(QStringLiteral("numField"),
                   idOf(fields, QStringLiteral("field"), QStringLiteral("deposit-amount")));
        const QJsonObject user2 =
            call(QStringLiteral("getUserData"),
                 QJsonObject{{QStringLiteral("idOrEmail"), QStringLiteral("2")}})
                .data.toObject();
        ids.insert(QStringLiteral("user"), user2.value(QStringLiteral("_id")).toString());
        ids.insert(QStringLiteral("username"), user2.value(QStringLiteral("username")).toString());
        ids.insert(QStringLiteral("email"), user2.value(QStringLiteral("email")).toString());
        const QJsonObject messages =
            call(QStringLiteral("getMessages"), {}, {}, QStringLiteral("count=1")).data.toObject();
        ids.insert(QStringLiteral("message"), messages.value(QStringLiteral("messages"))
                                                  .toArray()
                                                  .at(0)
                                                  .toObject()
                                                  .value(QStringLiteral("id"))
                                                  .toString());
        const QJsonObject key =
            call(QStringLiteral("createUserApiKey"),
                 QJsonObject{
                     {QStringLiteral("name"), QStringLiteral("fixture")},
                     {QStringLiteral("permissions"), QJsonArray{QStringLiteral("sendMessages")}}},
                 {}, QStringLiteral("userId=") + ids.value(QStringLiteral("user")))
                .data.toObject();
        ids.insert(QStringLiteral("apikey"), key.value(QStringLiteral("_id")).toString());
        const QJsonObject job =
            upload(QStringLiteral("bulkImport"),
                   {part("data", "First Name,Last Name,Username,Email\r\nA,B,ab,ab@example.com\r\n",
                         "users.csv", "text/csv"),
                    part("communityId", d.communityId.toUtf8())},
                   KeyKind::None)
                .data.toObject();
        ids.insert(QStringLiteral("job"), job.value(QStringLiteral("jobId")).toString());
    }
};

} // namespace ra::sandbox::test
