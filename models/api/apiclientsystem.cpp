// ApiClient: the typed calls of the System API family (x-api-key) and
// Secure Auth. The core (queue, retry, log) is in apiclient.cpp.
#include "api/apiclient.h"

#include "api/responsedecoder.h"

namespace ra {

namespace {

ApiCall op(const char *operationId, const QHash<QString, QString> &params = {},
           const QJsonValue &body = QJsonValue::Undefined, const QUrlQuery &query = {})
{
    return ApiCall::make(operationId, params, body, query);
}

QHash<QString, QString> id(const QString &value)
{
    return {{QStringLiteral("id"), value}};
}

QJsonObject userBody(const QString &userId)
{
    return {{QStringLiteral("userId"), userId}};
}

QUrlQuery serverQuery(const QString &serverId)
{
    QUrlQuery q;
    if (!serverId.isEmpty())
        q.addQueryItem(QStringLiteral("serverId"), serverId);
    return q;
}

} // namespace

ApiReply<SecureAuthSession> *ApiClient::secureAuth(const QString &userId, const QString &email,
                                                   const QString &accessLevel,
                                                   const QString &action)
{
    QUrlQuery q;
    auto add = [&q](const char *name, const QString &value) {
        if (!value.isEmpty())
            q.addQueryItem(QString::fromLatin1(name), value);
    };
    add("userId", userId);
    add("email", email);
    add("accessLevel", accessLevel);
    add("action", action);
    return send<SecureAuthSession>(op("secureAuth", {}, QJsonValue::Undefined, q),
                                   &ResponseDecoder::object<SecureAuthSession>);
}

ApiReply<Account> *ApiClient::registerAccount(const QString &email, const QString &password,
                                              const QString &username)
{
    const QJsonObject body{{QStringLiteral("email"), email},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("username"), username}};
    return send<Account>(op("register", {}, body), &ResponseDecoder::object<Account>);
}

ApiReply<Account> *ApiClient::verifyEmail(const QString &email, const QString &code)
{
    const QJsonObject body{{QStringLiteral("email"), email}, {QStringLiteral("code"), code}};
    return send<Account>(op("verifyEmail", {}, body), &ResponseDecoder::object<Account>);
}

ApiReply<Account> *ApiClient::login(const QString &email, const QString &password)
{
    const QJsonObject body{{QStringLiteral("email"), email},
                           {QStringLiteral("password"), password}};
    return send<Account>(op("login", {}, body), &ResponseDecoder::object<Account>);
}

ApiReply<Server> *ApiClient::createServer(const QJsonObject &server)
{
    return send<Server>(op("createServer", {}, server), &ResponseDecoder::object<Server>);
}

ApiReply<QList<Server>> *ApiClient::getMyServers()
{
    return send<QList<Server>>(op("getMyServers"), &ResponseDecoder::list<Server>);
}

ApiReply<Server> *ApiClient::updateServer(const QString &serverId, const QJsonObject &changes)
{
    return send<Server>(op("updateServer", id(serverId), changes),
                        &ResponseDecoder::object<Server>);
}

ApiReply<QList<Role>> *ApiClient::getServerRoles(const QString &serverId)
{
    return send<QList<Role>>(op("getServerRoles", id(serverId)), &ResponseDecoder::list<Role>);
}

ApiReply<QList<Channel>> *ApiClient::getServerChannels(const QString &serverId)
{
    return send<QList<Channel>>(op("getServerChannels", id(serverId)),
                                &ResponseDecoder::list<Channel>);
}

ApiReply<Role> *ApiClient::createRole(const QJsonObject &role)
{
    return send<Role>(op("createRole", {}, role), &ResponseDecoder::object<Role>);
}

ApiReply<Role> *ApiClient::updateRole(const QString &roleId, const QJsonObject &role)
{
    return send<Role>(op("updateRole", id(roleId), role), &ResponseDecoder::object<Role>);
}

ApiReply<ApiResponse> *ApiClient::deleteRole(const QString &roleId)
{
    return send<ApiResponse>(op("deleteRole", id(roleId)), &ResponseDecoder::ack);
}

ApiReply<ApiResponse> *ApiClient::addRoleToUser(const QString &roleId, const QString &userId)
{
    return send<ApiResponse>(op("addRoleToUser", id(roleId), userBody(userId)),
                             &ResponseDecoder::ack);
}

ApiReply<ApiResponse> *ApiClient::removeRoleFromUser(const QString &roleId, const QString &userId)
{
    return send<ApiResponse>(op("removeRoleFromUser", id(roleId), userBody(userId)),
                             &ResponseDecoder::ack);
}

ApiReply<QList<Role>> *ApiClient::getUserRoles(const QString &userId)
{
    return send<QList<Role>>(op("getUserRoles", {{QStringLiteral("userId"), userId}}),
                             &ResponseDecoder::list<Role>);
}

ApiReply<QList<Channel>> *ApiClient::getChannels(const QString &serverId)
{
    return send<QList<Channel>>(op("getChannels", {}, QJsonValue::Undefined, serverQuery(serverId)),
                                &ResponseDecoder::list<Channel>);
}

ApiReply<Channel> *ApiClient::createChannel(const QString &topic, const QString &channelType,
                                            const QString &serverId)
{
    QJsonObject body{{QStringLiteral("topic"), topic},
                     {QStringLiteral("channelType"), channelType}};
    if (!serverId.isEmpty())
        body.insert(u"serverId", serverId);
    return send<Channel>(op("createChannel", {}, body), &ResponseDecoder::object<Channel>);
}

ApiReply<Channel> *ApiClient::updateChannel(const QString &channelId, const QString &topic,
                                            const QString &channelType)
{
    const QJsonObject body{{QStringLiteral("topic"), topic},
                           {QStringLiteral("channelType"), channelType}};
    return send<Channel>(op("updateChannel", id(channelId), body),
                         &ResponseDecoder::object<Channel>);
}

ApiReply<ApiResponse> *ApiClient::deleteChannel(const QString &channelId)
{
    return send<ApiResponse>(op("deleteChannel", id(channelId)), &ResponseDecoder::ack);
}

ApiReply<QList<Badge>> *ApiClient::getBadges(const QString &serverId)
{
    return send<QList<Badge>>(op("getBadges", {}, QJsonValue::Undefined, serverQuery(serverId)),
                              &ResponseDecoder::list<Badge>);
}

ApiReply<Badge> *ApiClient::createBadge(const QJsonObject &badge)
{
    return send<Badge>(op("createBadge", {}, badge), &ResponseDecoder::object<Badge>);
}

ApiReply<Badge> *ApiClient::updateBadge(const QString &badgeId, const QJsonObject &badge)
{
    return send<Badge>(op("updateBadge", id(badgeId), badge), &ResponseDecoder::object<Badge>);
}

ApiReply<ApiResponse> *ApiClient::deleteBadge(const QString &badgeId)
{
    return send<ApiResponse>(op("deleteBadge", id(badgeId)), &ResponseDecoder::ack);
}

ApiReply<QList<Badge>> *ApiClient::awardBadge(const QString &badgeId, const QString &userId)
{
    return send<QList<Badge>>(op("awardBadge", id(badgeId), userBody(userId)),
                              &ResponseDecoder::list<Badge>);
}

ApiReply<ApiResponse> *ApiClient::removeBadge(const QString &badgeId, const QString &userId)
{
    return send<ApiResponse>(op("removeBadge", id(badgeId), userBody(userId)),
                             &ResponseDecoder::ack);
}

} // namespace ra
