// ApiClient: the typed calls of the System API family (x-api-key) and
// Secure Auth. The core (queue, retry, log) is in apiclient.cpp.
#include "api/apiclient.h"

#include "api/responsedecoder.h"

namespace ra {

namespace {

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
    return send<SecureAuthSession>(ApiCall::make("secureAuth", {}, QJsonValue::Undefined, q),
                                   &ResponseDecoder::object<SecureAuthSession>);
}

ApiReply<Account> *ApiClient::registerAccount(const QString &email, const QString &password,
                                              const QString &username)
{
    const QJsonObject body{{QStringLiteral("email"), email},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("username"), username}};
    return send<Account>(ApiCall::make("register", {}, body), &ResponseDecoder::object<Account>);
}

ApiReply<Account> *ApiClient::verifyEmail(const QString &email, const QString &code)
{
    const QJsonObject body{{QStringLiteral("email"), email}, {QStringLiteral("code"), code}};
    return send<Account>(ApiCall::make("verifyEmail", {}, body), &ResponseDecoder::object<Account>);
}

ApiReply<Account> *ApiClient::login(const QString &email, const QString &password)
{
    const QJsonObject body{{QStringLiteral("email"), email},
                           {QStringLiteral("password"), password}};
    return send<Account>(ApiCall::make("login", {}, body), &ResponseDecoder::object<Account>);
}

ApiReply<Server> *ApiClient::createServer(const QJsonObject &server)
{
    return send<Server>(ApiCall::make("createServer", {}, server),
                        &ResponseDecoder::object<Server>);
}

ApiReply<QList<Server>> *ApiClient::getMyServers()
{
    return send<QList<Server>>(ApiCall::make("getMyServers"), &ResponseDecoder::list<Server>);
}

ApiReply<Server> *ApiClient::updateServer(const QString &serverId, const QJsonObject &changes)
{
    return send<Server>(ApiCall::make("updateServer", id(serverId), changes),
                        &ResponseDecoder::object<Server>);
}

ApiReply<QList<Role>> *ApiClient::getServerRoles(const QString &serverId)
{
    return send<QList<Role>>(ApiCall::make("getServerRoles", id(serverId)),
                             &ResponseDecoder::list<Role>);
}

ApiReply<QList<Channel>> *ApiClient::getServerChannels(const QString &serverId)
{
    return send<QList<Channel>>(ApiCall::make("getServerChannels", id(serverId)),
                                &ResponseDecoder::list<Channel>);
}

ApiReply<Role> *ApiClient::createRole(const QJsonObject &role)
{
    return send<Role>(ApiCall::make("createRole", {}, role), &ResponseDecoder::object<Role>);
}

ApiReply<Role> *ApiClient::updateRole(const QString &roleId, const QJsonObject &role)
{
    return send<Role>(ApiCall::make("updateRole", id(roleId), role),
                      &ResponseDecoder::object<Role>);
}

ApiReply<ApiResponse> *ApiClient::deleteRole(const QString &roleId)
{
    return send<ApiResponse>(ApiCall::make("deleteRole", id(roleId)), &ResponseDecoder::ack);
}

ApiReply<ApiResponse> *ApiClient::addRoleToUser(const QString &roleId, const QString &userId)
{
    return send<ApiResponse>(ApiCall::make("addRoleToUser", id(roleId), userBody(userId)),
                             &ResponseDecoder::ack);
}

ApiReply<ApiResponse> *ApiClient::removeRoleFromUser(const QString &roleId, const QString &userId)
{
    return send<ApiResponse>(ApiCall::make("removeRoleFromUser", id(roleId), userBody(userId)),
                             &ResponseDecoder::ack);
}

ApiReply<QList<Role>> *ApiClient::getUserRoles(const QString &userId)
{
    return send<QList<Role>>(ApiCall::make("getUserRoles", {{QStringLiteral("userId"), userId}}),
                             &ResponseDecoder::list<Role>);
}

ApiReply<QList<Channel>> *ApiClient::getChannels(const QString &serverId)
{
    return send<QList<Channel>>(
        ApiCall::make("getChannels", {}, QJsonValue::Undefined, serverQuery(serverId)),
        &ResponseDecoder::list<Channel>);
}

ApiReply<Channel> *ApiClient::createChannel(const QString &topic, const QString &channelType,
                                            const QString &serverId)
{
    QJsonObject body{{QStringLiteral("topic"), topic},
                     {QStringLiteral("channelType"), channelType}};
    if (!serverId.isEmpty())
        body.insert(u"serverId", serverId);
    return send<Channel>(ApiCall::make("createChannel", {}, body),
                         &ResponseDecoder::object<Channel>);
}

ApiReply<Channel> *ApiClient::updateChannel(const QString &channelId, const QString &topic,
                                            const QString &channelType)
{
    const QJsonObject body{{QStringLiteral("topic"), topic},
                           {QStringLiteral("channelType"), channelType}};
    return send<Channel>(ApiCall::make("updateChannel", id(channelId), body),
                         &ResponseDecoder::object<Channel>);
}

ApiReply<ApiResponse> *ApiClient::deleteChannel(const QString &channelId)
{
    return send<ApiResponse>(ApiCall::make("deleteChannel", id(channelId)), &ResponseDecoder::ack);
}

ApiReply<QList<Badge>> *ApiClient::getBadges(const QString &serverId)
{
    return send<QList<Badge>>(
        ApiCall::make("getBadges", {}, QJsonValue::Undefined, serverQuery(serverId)),
        &ResponseDecoder::list<Badge>);
}

ApiReply<Badge> *ApiClient::createBadge(const QJsonObject &badge)
{
    return send<Badge>(ApiCall::make("createBadge", {}, badge), &ResponseDecoder::object<Badge>);
}

ApiReply<Badge> *ApiClient::updateBadge(const QString &badgeId, const QJsonObject &badge)
{
    return send<Badge>(ApiCall::make("updateBadge", id(badgeId), badge),
                       &ResponseDecoder::object<Badge>);
}

ApiReply<ApiResponse> *ApiClient::deleteBadge(const QString &badgeId)
{
    return send<ApiResponse>(ApiCall::make("deleteBadge", id(badgeId)), &ResponseDecoder::ack);
}

ApiReply<QList<Badge>> *ApiClient::awardBadge(const QString &badgeId, const QString &userId)
{
    return send<QList<Badge>>(ApiCall::make("awardBadge", id(badgeId), userBody(userId)),
                              &ResponseDecoder::list<Badge>);
}

ApiReply<ApiResponse> *ApiClient::removeBadge(const QString &badgeId, const QString &userId)
{
    return send<ApiResponse>(ApiCall::make("removeBadge", id(badgeId), userBody(userId)),
                             &ResponseDecoder::ack);
}

} // namespace ra
