#include "api/responsedecoder.h"

#include "domain/account.h"
#include "domain/apikey.h"
#include "domain/apilogentry.h"
#include "domain/badge.h"
#include "domain/channel.h"
#include "domain/communityuserpage.h"
#include "domain/fieldhistoryentry.h"
#include "domain/fieldhistorypage.h"
#include "domain/gamificationhistory.h"
#include "domain/importjob.h"
#include "domain/messagelist.h"
#include "domain/role.h"
#include "domain/secureauthsession.h"
#include "domain/server.h"
#include "domain/uploadedimage.h"
#include "domain/user.h"
#include "domain/userdata.h"
#include "domain/userfield.h"
#include "domain/userpage.h"

#include <QHash>
#include <functional>

namespace ra {

namespace {

using Normalizer = std::function<bool(const ApiResponse &, QJsonValue *, QString *)>;

template<typename T> Normalizer one()
{
    return [](const ApiResponse &r, QJsonValue *out, QString *why) {
        T value;
        if (!ResponseDecoder::object(r, &value, why))
            return false;
        *out = value.toJson();
        return true;
    };
}

template<typename T> Normalizer many()
{
    return [](const ApiResponse &r, QJsonValue *out, QString *why) {
        QList<T> values;
        if (!ResponseDecoder::list(r, &values, why))
            return false;
        QJsonArray a;
        for (const T &v : std::as_const(values))
            a.append(v.toJson());
        *out = a;
        return true;
    };
}

Normalizer passThrough()
{
    return [](const ApiResponse &r, QJsonValue *out, QString *) {
        *out = r.data.isUndefined() ? QJsonValue() : r.data;
        return true;
    };
}

struct Entry
{
    const char *type;
    Normalizer normalize;
};

const QHash<QString, Entry> &table()
{
    static const QHash<QString, Entry> t = [] {
        QHash<QString, Entry> h;
        auto add = [&h](const char *op, const char *type, Normalizer n) {
            h.insert(QString::fromLatin1(op), Entry{type, std::move(n)});
        };
        add("secureAuth", "SecureAuthSession", one<SecureAuthSession>());
        for (const char *op : {"register", "verifyEmail", "login"})
            add(op, "Account", one<Account>());
        add("createServer", "Server", one<Server>());
        add("updateServer", "Server", one<Server>());
        add("getMyServers", "QList<Server>", many<Server>());
        for (const char *op : {"getServerRoles", "getUserRoles"})
            add(op, "QList<Role>", many<Role>());
        for (const char *op : {"getServerChannels", "getChannels", "getIntegrationChannels"})
            add(op, "QList<Channel>", many<Channel>());
        add("createRole", "Role", one<Role>());
        add("updateRole", "Role", one<Role>());
        add("createChannel", "Channel", one<Channel>());
        add("updateChannel", "Channel", one<Channel>());
        add("getBadges", "QList<Badge>", many<Badge>());
        add("createBadge", "Badge", one<Badge>());
        add("updateBadge", "Badge", one<Badge>());
        add("awardBadge", "QList<Badge>", many<Badge>());
        add("createUser", "UserData", one<UserData>());
        add("getUserData", "UserData", one<UserData>());
        add("getUsersWithFilters", "UserPage",
            [](const ApiResponse &r, QJsonValue *out, QString *why) {
                if (!r.data.isObject() && !r.data.isArray()) {
                    *why = QStringLiteral("expected an object, found %1")
                               .arg(ResponseDecoder::typeName(r.data));
                    return false;
                }
                *out = UserPage::fromJson(r.data, r.extra).toJson();
                return true;
            });
        add("getGamificationHistory", "GamificationHistory", one<GamificationHistory>());
        add("getGamificationStats", "GamificationHistory", one<GamificationHistory>());
        add("bulkImport", "ImportJob", one<ImportJob>());
        add("bulkUpdate", "ImportJob", one<ImportJob>());
        add("getMessages", "MessageList", [](const ApiResponse &r, QJsonValue *out, QString *why) {
            if (!r.data.isObject() && !r.data.isArray()) {
                *why = QStringLiteral("expected an object, found %1")
                           .arg(ResponseDecoder::typeName(r.data));
                return false;
            }
            *out = MessageList::fromJson(r.data).toJson();
            return true;
        });
        add("uploadImage", "QList<UploadedImage>", many<UploadedImage>());
        add("getUserApiKeys", "QList<ApiKey>", many<ApiKey>());
        for (const char *op : {"createUserApiKey", "updateUserApiKey", "getApiKeyInfo"})
            add(op, "ApiKey", one<ApiKey>());
        add("getCommunityUsers", "CommunityUserPage",
            [](const ApiResponse &r, QJsonValue *out, QString *why) {
                if (!r.data.isObject() && !r.data.isArray()) {
                    *why = QStringLiteral("expected an object, found %1")
                               .arg(ResponseDecoder::typeName(r.data));
                    return false;
                }
                *out = CommunityUserPage::fromJson(r.data).toJson();
                return true;
            });
        add("getUser", "User", one<User>());
        add("getUserFields", "QList<UserField>", many<UserField>());
        for (const char *op : {"getUserField", "createUserField", "updateUserField"})
            add(op, "UserField", one<UserField>());
        for (const char *op : {"getFieldHistories", "getFieldHistoriesByField",
                               "getFieldHistoriesByUser", "getFieldHistoriesByFieldAndUser"})
            add(op, "FieldHistoryPage", [](const ApiResponse &r, QJsonValue *out, QString *why) {
                FieldHistoryPage page;
                if (!ResponseDecoder::page(r, &page, why))
                    return false;
                *out = page.toJson();
                return true;
            });
        add("createFieldHistory", "FieldHistoryEntry", one<FieldHistoryEntry>());
        add("listApiLogJobs", "QList<ImportJob>", many<ImportJob>());
        add("getApiLogJob", "ImportJob", one<ImportJob>());
        add("getApiLogEntries", "QList<ApiLogEntry>", many<ApiLogEntry>());
        for (const char *op :
             {"deleteRole", "addRoleToUser", "removeRoleFromUser", "deleteChannel", "deleteBadge",
              "removeBadge", "manageUser", "sendMessage", "replyMessage", "reactMessage",
              "deleteUserApiKey", "deleteUserField", "getBulkImportTemplate"})
            add(op, "ApiResponse", passThrough());
        return h;
    }();
    return t;
}

} // namespace

QString ResponseDecoder::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool ResponseDecoder::payloadObject(const QJsonValue &data, QJsonObject *out, QString *why)
{
    if (data.isObject()) {
        *out = data.toObject();
        return true;
    }
    const QJsonArray a = data.toArray();
    if (data.isArray() && a.size() == 1 && a.at(0).isObject()) {
        *out = a.at(0).toObject();
        return true;
    }
    *why = QStringLiteral("expected an object, found %1").arg(typeName(data));
    return false;
}

bool ResponseDecoder::payloadArray(const QJsonValue &data, QJsonArray *out, QString *why)
{
    if (data.isArray()) {
        *out = data.toArray();
        return true;
    }
    if (data.isObject()) {
        const QJsonObject o = data.toObject();
        static const char16_t *const keys[] = {u"items",     u"results", u"data", u"users",
                                               u"histories", u"entries", u"jobs", u"keys"};
        for (const char16_t *k : keys) {
            const QJsonValue v = o.value(QStringView(k));
            if (v.isArray()) {
                *out = v.toArray();
                return true;
            }
        }
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it.value().isArray()) {
                *out = it.value().toArray();
                return true;
            }
        }
    }
    if (data.isNull()) { // an empty list sent as null
        *out = {};
        return true;
    }
    *why = QStringLiteral("expected a list, found %1").arg(typeName(data));
    return false;
}

bool ResponseDecoder::ack(const ApiResponse &r, ApiResponse *out, QString *)
{
    *out = r;
    return true;
}

bool ResponseDecoder::bytes(const ApiResponse &r, QByteArray *out, QString *why)
{
    if (!r.raw.isEmpty()) {
        *out = r.raw;
        return true;
    }
    if (r.data.isString()) {
        *out = r.data.toString().toUtf8();
        return true;
    }
    *why = QStringLiteral("expected a file, found %1").arg(typeName(r.data));
    return false;
}

bool ResponseDecoder::normalized(const QString &operationId, const ApiResponse &r, QJsonValue *out,
                                 QString *why)
{
    const auto it = table().constFind(operationId);
    if (it == table().constEnd())
        return passThrough()(r, out, why);
    return it->normalize(r, out, why);
}

QStringList ResponseDecoder::operations()
{
    QStringList ops = table().keys();
    ops.sort();
    return ops;
}

QString ResponseDecoder::resultType(const QString &operationId)
{
    const auto it = table().constFind(operationId);
    return it == table().constEnd() ? QStringLiteral("ApiResponse") : QString::fromLatin1(it->type);
}

} // namespace ra
