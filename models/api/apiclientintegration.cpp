// ApiClient: the typed calls of the Integration API family and the gateway
// (Bearer). The core (queue, retry, log) is in apiclient.cpp.
#include "api/apiclient.h"

#include "api/responsedecoder.h"

#include <QJsonArray>

namespace ra {

namespace {

QUrlQuery userQuery(const QString &userId)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("userId"), userId);
    return q;
}

bool decodeUserPage(const ApiResponse &r, UserPage *out, QString *why)
{
    if (!r.data.isObject() && !r.data.isArray()) {
        *why =
            QStringLiteral("expected an object, found %1").arg(ResponseDecoder::typeName(r.data));
        return false;
    }
    *out = UserPage::fromJson(r.data, r.extra);
    return true;
}

} // namespace

ApiReply<UserData> *ApiClient::createUser(const QJsonObject &user)
{
    return send<UserData>(ApiCall::make("createUser", {}, user),
                          &ResponseDecoder::object<UserData>);
}

ApiReply<UserData> *ApiClient::getUserData(const QString &idOrEmail)
{
    return send<UserData>(
        ApiCall::make("getUserData", {}, QJsonObject{{QStringLiteral("idOrEmail"), idOrEmail}}),
        &ResponseDecoder::object<UserData>);
}

ApiReply<UserPage> *ApiClient::getUsersByCursor(const QStringList &fields,
                                                const QJsonObject &filter, const QString &cursor)
{
    QJsonObject body{{QStringLiteral("fields"), QJsonArray::fromStringList(fields)},
                     {QStringLiteral("filter"), filter}};
    if (!cursor.isEmpty())
        body.insert(u"cursor", cursor);
    return send<UserPage>(ApiCall::make("getUsersWithFilters", {}, body), &decodeUserPage);
}

ApiReply<UserPage> *ApiClient::getUsersByPage(const QStringList &fields, const QJsonObject &filter,
                                              int page)
{
    const QJsonObject body{{QStringLiteral("fields"), QJsonArray::fromStringList(fields)},
                           {QStringLiteral("filter"), filter},
                           {QStringLiteral("page"), std::max(1, page)}};
    return send<UserPage>(ApiCall::make("getUsersWithFilters", {}, body), &decodeUserPage);
}

ApiReply<ApiResponse> *ApiClient::manageUser(const QString &action, const QString &user)
{
    const QJsonObject body{{QStringLiteral("action"), action}, {QStringLiteral("user"), user}};
    return send<ApiResponse>(ApiCall::make("manageUser", {}, body), &ResponseDecoder::ack);
}

ApiReply<GamificationHistory> *ApiClient::getGamificationHistory(const QString &identifier,
                                                                 const QString &identifierType,
                                                                 int days, const QDate &date,
                                                                 int page, int limit)
{
    ApiCall c = ApiCall::make("getGamificationHistory");
    if (m_config.historyShape == GamificationHistoryShape::PostBody) {
        // The 2026 form: identifiers as an array, one day as dd/mm/yyyy, paged.
        const QDate day = date.isValid() ? date : QDate::currentDate();
        c.methodOverride = QStringLiteral("POST");
        c.body = QJsonObject{{QStringLiteral("identifier"), QJsonArray{identifier}},
                             {QStringLiteral("identifier_type"), identifierType},
                             {QStringLiteral("date"), day.toString(QStringLiteral("dd/MM/yyyy"))},
                             {QStringLiteral("page"), page},
                             {QStringLiteral("limit"), limit}};
    } else {
        c.query.addQueryItem(QStringLiteral("identifier"), identifier);
        c.query.addQueryItem(QStringLiteral("identifier_type"), identifierType);
        c.query.addQueryItem(QStringLiteral("days"), QString::number(days));
    }
    return send<GamificationHistory>(c, &ResponseDecoder::object<GamificationHistory>);
}

ApiReply<GamificationHistory> *
ApiClient::getGamificationStats(const QString &identifier, const QString &identifierType, int days)
{
    const QJsonObject body{{QStringLiteral("identifier"), identifier},
                           {QStringLiteral("identifier_type"), identifierType},
                           {QStringLiteral("days"), days}};
    return send<GamificationHistory>(ApiCall::make("getGamificationStats", {}, body),
                                     &ResponseDecoder::object<GamificationHistory>);
}

ApiReply<ImportJob> *ApiClient::bulkImport(const FormField &csv, const QString &communityId)
{
    ApiCall c = ApiCall::make("bulkImport");
    FormField community;
    community.name = QByteArrayLiteral("communityId");
    community.data = (communityId.isEmpty() ? m_config.communityId : communityId).toUtf8();
    c.form = {community, csv};
    return send<ImportJob>(c, &ResponseDecoder::object<ImportJob>);
}

ApiReply<ImportJob> *ApiClient::bulkUpdate(const FormField &csv)
{
    ApiCall c = ApiCall::make("bulkUpdate");
    c.form = {csv};
    return send<ImportJob>(c, &ResponseDecoder::object<ImportJob>);
}

ApiReply<ApiResponse> *ApiClient::sendMessage(const QString &channelId, const QString &message,
                                              const QString &sender, const QString &forumTopicId)
{
    QJsonObject body{{QStringLiteral("channelId"), channelId},
                     {QStringLiteral("message"), message},
                     {QStringLiteral("sender"), sender}};
    if (!forumTopicId.isEmpty())
        body.insert(u"forumTopicId", forumTopicId);
    return send<ApiResponse>(ApiCall::make("sendMessage", {}, body), &ResponseDecoder::ack);
}

ApiReply<ApiResponse> *ApiClient::replyMessage(const QString &messageId, const QString &message,
                                               const QString &sender)
{
    const QJsonObject body{{QStringLiteral("messageId"), messageId},
                           {QStringLiteral("message"), message},
                           {QStringLiteral("sender"), sender}};
    return send<ApiResponse>(ApiCall::make("replyMessage", {}, body), &ResponseDecoder::ack);
}

ApiReply<ApiResponse> *ApiClient::reactMessage(const QString &messageId, const QString &emoji,
                                               const QString &sender)
{
    const QJsonObject body{{QStringLiteral("messageId"), messageId},
                           {QStringLiteral("emoji"), emoji},
                           {QStringLiteral("sender"), sender}};
    return send<ApiResponse>(ApiCall::make("reactMessage", {}, body), &ResponseDecoder::ack);
}

ApiReply<MessageList> *ApiClient::getMessages(const QString &userId, const QString &channelId,
                                              int count, const QString &email)
{
    QUrlQuery q;
    if (!userId.isEmpty())
        q.addQueryItem(QStringLiteral("user_id"), userId);
    if (!channelId.isEmpty())
        q.addQueryItem(QStringLiteral("channel_id"), channelId);
    if (count > 0)
        q.addQueryItem(QStringLiteral("count"), QString::number(count));
    if (!email.isEmpty())
        q.addQueryItem(QStringLiteral("email"), email);
    return send<MessageList>(ApiCall::make("getMessages", {}, QJsonValue::Undefined, q),
                             [](const ApiResponse &r, MessageList *out, QString *why) {
                                 if (!r.data.isObject() && !r.data.isArray()) {
                                     *why = QStringLiteral("expected an object, found %1")
                                                .arg(ResponseDecoder::typeName(r.data));
                                     return false;
                                 }
                                 *out = MessageList::fromJson(r.data);
                                 return true;
                             });
}

ApiReply<QList<UploadedImage>> *ApiClient::uploadImage(const QList<FormField> &images)
{
    ApiCall c = ApiCall::make("uploadImage");
    c.form = images;
    for (FormField &f : c.form) {
        if (f.name.isEmpty())
            f.name = QByteArrayLiteral("images");
    }
    return send<QList<UploadedImage>>(c, &ResponseDecoder::list<UploadedImage>);
}

ApiReply<QList<Channel>> *ApiClient::getIntegrationChannels()
{
    return send<QList<Channel>>(ApiCall::make("getIntegrationChannels"),
                                &ResponseDecoder::list<Channel>);
}

ApiReply<QList<ApiKey>> *ApiClient::getUserApiKeys(const QString &userId)
{
    return send<QList<ApiKey>>(
        ApiCall::make("getUserApiKeys", {}, QJsonValue::Undefined, userQuery(userId)),
        &ResponseDecoder::list<ApiKey>);
}

ApiReply<ApiKey> *ApiClient::createUserApiKey(const QString &userId, const QJsonObject &key)
{
    return send<ApiKey>(ApiCall::make("createUserApiKey", {}, key, userQuery(userId)),
                        &ResponseDecoder::object<ApiKey>);
}

ApiReply<ApiKey> *ApiClient::updateUserApiKey(const QString &userId, const QString &apiKeyId,
                                              const QJsonObject &changes)
{
    return send<ApiKey>(
        ApiCall::make("updateUserApiKey",
                      {{QStringLiteral("userId"), userId}, {QStringLiteral("apiKeyId"), apiKeyId}},
                      changes),
        &ResponseDecoder::object<ApiKey>);
}

ApiReply<ApiResponse> *ApiClient::deleteUserApiKey(const QString &userId, const QString &apiKeyId)
{
    return send<ApiResponse>(
        ApiCall::make("deleteUserApiKey",
                      {{QStringLiteral("userId"), userId}, {QStringLiteral("apiKeyId"), apiKeyId}}),
        &ResponseDecoder::ack);
}

ApiReply<ApiKey> *ApiClient::getApiKeyInfo()
{
    return send<ApiKey>(ApiCall::make("getApiKeyInfo"), &ResponseDecoder::object<ApiKey>);
}

ApiReply<QList<ImportJob>> *ApiClient::listApiLogJobs(const QString &fileName)
{
    ApiCall call = ApiCall::make("listApiLogJobs");
    if (!fileName.isEmpty())
        call.query.addQueryItem(QStringLiteral("fileName"), fileName);
    return send<QList<ImportJob>>(std::move(call), &ResponseDecoder::list<ImportJob>);
}

ApiReply<ImportJob> *ApiClient::getApiLogJob(const QString &jobId)
{
    return send<ImportJob>(ApiCall::make("getApiLogJob", {{QStringLiteral("jobId"), jobId}}),
                           &ResponseDecoder::object<ImportJob>);
}

ApiReply<QList<ApiLogEntry>> *ApiClient::getApiLogEntries(const QString &jobId,
                                                          const QString &after)
{
    QUrlQuery q;
    if (!after.isEmpty())
        q.addQueryItem(QStringLiteral("after"), after);
    return send<QList<ApiLogEntry>>(ApiCall::make("getApiLogEntries",
                                                  {{QStringLiteral("jobId"), jobId}},
                                                  QJsonValue::Undefined, q),
                                    &ResponseDecoder::list<ApiLogEntry>);
}

ApiReply<QByteArray> *ApiClient::getBulkImportTemplate()
{
    return send<QByteArray>(ApiCall::make("getBulkImportTemplate"), &ResponseDecoder::bytes);
}

} // namespace ra
