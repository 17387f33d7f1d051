#pragma once

#include "api/apicall.h"
#include "api/apiclientconfig.h"
#include "api/apireply.h"
#include "api/familytarget.h"
#include "api/routetable.h"
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

#include <QDate>
#include <QJsonObject>

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>

class QNetworkAccessManager;

namespace ra {

class NetworkActivity;
class RequestJob;
class RequestLog;

// The Returning.AI API client: one asynchronous call per operation of the
// route table over one injected QNetworkAccessManager. Each call returns a
// reply that finishes exactly once (ApiReply<T>); per family it applies the
// base URL, auth header and envelope of the active profile (ApiClientConfig).
// It retries only where safe (RetryPolicy), checks before re-sending a
// failed create, limits concurrent requests per host with a queue, records
// every call in the RequestLog and keeps NetworkActivity current.
// setConfig() with other servers or another community cancels everything in
// flight; new keys or limits (timeout, concurrency, retries) apply to new requests.
//
// Ownership: the composition root owns the client, the network manager,
// the request log and the activity object; the client owns its replies until
// they finish (then they delete themselves). GUI thread. Do not delete the
// client from inside a reply's callback (use deleteLater()). {communityId}
// path parameters default to the profile's community.
//
// The typed calls (one per operation) are implemented per family in
// apiclientsystem.cpp, apiclientintegration.cpp and apiclientapplication.cpp.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiClient() override;

    const ApiClientConfig &config() const { return m_config; }
    // Applies a profile; cancels every queued and in-flight call first.
    void setConfig(const ApiClientConfig &config);
    void setActivity(NetworkActivity *activity);
    void setRequestLog(RequestLog *log);
    RequestLog *requestLog() const;
    // The route table in use (RouteTable::builtIn() unless replaced).
    const RouteTable &routes() const { return *m_routes; }
    void setRouteTable(const RouteTable *routes);

    // The injected network manager, for loaders that share its connections (images).
    QNetworkAccessManager *network() const { return m_network; }
    int inFlightCount() const { return m_inFlight; }
    int queuedCount() const { return m_queued + m_waiting; }
    // Cancels every queued and in-flight call (each finishes Cancelled).
    void cancelAll();

    // The generic call: any operation of the route table, the payload
    // returned without its envelope.
    ApiReply<ApiResponse> *call(const QString &operationId,
                                const QHash<QString, QString> &pathParams = {},
                                const QUrlQuery &query = {},
                                const QJsonValue &body = QJsonValue::Undefined);
    ApiReply<ApiResponse> *call(const ApiCall &call);

    // Starts `call` with a typed decoder; what the typed calls use.
    template<typename T>
    ApiReply<T> *send(const ApiCall &call, typename ApiReply<T>::Decoder decoder)
    {
        auto *reply = new ApiReply<T>(call.operationId, std::move(decoder), this);
        start(call, reply);
        return reply;
    }

    // --- System (x-api-key) ---
    ApiReply<SecureAuthSession> *secureAuth(const QString &userId, const QString &email = {},
                                            const QString &accessLevel = {},
                                            const QString &action = QStringLiteral("login"));
    ApiReply<Account> *registerAccount(const QString &email, const QString &password,
                                       const QString &username);
    ApiReply<Account> *verifyEmail(const QString &email, const QString &code);
    ApiReply<Account> *login(const QString &email, const QString &password);
    ApiReply<Server> *createServer(const QJsonObject &server);
    ApiReply<QList<Server>> *getMyServers();
    ApiReply<Server> *updateServer(const QString &serverId, const QJsonObject &changes);
    ApiReply<QList<Role>> *getServerRoles(const QString &serverId);
    ApiReply<QList<Channel>> *getServerChannels(const QString &serverId);
    // `role`: class, title, order, billable, server_permissions, channel_permissions.
    ApiReply<Role> *createRole(const QJsonObject &role);
    ApiReply<Role> *updateRole(const QString &roleId, const QJsonObject &role);
    ApiReply<ApiResponse> *deleteRole(const QString &roleId);
    ApiReply<ApiResponse> *addRoleToUser(const QString &roleId, const QString &userId);
    ApiReply<ApiResponse> *removeRoleFromUser(const QString &roleId, const QString &userId);
    ApiReply<QList<Role>> *getUserRoles(const QString &userId);
    ApiReply<QList<Channel>> *getChannels(const QString &serverId = {});
    ApiReply<Channel> *createChannel(const QString &topic, const QString &channelType,
                                     const QString &serverId = {});
    ApiReply<Channel> *updateChannel(const QString &channelId, const QString &topic,
                                     const QString &channelType);
    ApiReply<ApiResponse> *deleteChannel(const QString &channelId);
    ApiReply<QList<Badge>> *getBadges(const QString &serverId = {});
    ApiReply<Badge> *createBadge(const QJsonObject &badge);
    ApiReply<Badge> *updateBadge(const QString &badgeId, const QJsonObject &badge);
    ApiReply<ApiResponse> *deleteBadge(const QString &badgeId);
    ApiReply<QList<Badge>> *awardBadge(const QString &badgeId, const QString &userId);
    ApiReply<ApiResponse> *removeBadge(const QString &badgeId, const QString &userId);

    // --- Integration (Bearer) ---
    // `user`: firstname, lastname, username, displayname, email, password,
    // accessLevel, joinServer, emailPassword, sendEmail, customFields, ...
    // Never blindly re-sent: after an ambiguous failure the user is looked up.
    ApiReply<UserData> *createUser(const QJsonObject &user);
    ApiReply<UserData> *getUserData(const QString &idOrEmail);
    // Get Users with Filters, cursor mode (empty cursor: first page).
    ApiReply<UserPage> *getUsersByCursor(const QStringList &fields, const QJsonObject &filter,
                                         const QString &cursor = {});
    // Get Users with Filters, page mode (pages count from 1).
    ApiReply<UserPage> *getUsersByPage(const QStringList &fields, const QJsonObject &filter,
                                       int page);
    ApiReply<ApiResponse> *manageUser(const QString &action, const QString &user);
    // In the profile's shape (GET query or POST body); `date` only for POST.
    ApiReply<GamificationHistory> *getGamificationHistory(const QString &identifier,
                                                          const QString &identifierType, int days,
                                                          const QDate &date = {}, int page = 1,
                                                          int limit = 50);
    ApiReply<GamificationHistory> *getGamificationStats(const QString &identifier,
                                                        const QString &identifierType, int days);
    // Multipart uploads (field `data`); progress via ApiReplyBase::uploadProgress.
    ApiReply<ImportJob> *bulkImport(const FormField &csv, const QString &communityId = {});
    ApiReply<ImportJob> *bulkUpdate(const FormField &csv);
    ApiReply<ApiResponse> *sendMessage(const QString &channelId, const QString &message,
                                       const QString &sender, const QString &forumTopicId = {});
    ApiReply<ApiResponse> *replyMessage(const QString &messageId, const QString &message,
                                        const QString &sender);
    ApiReply<ApiResponse> *reactMessage(const QString &messageId, const QString &emoji,
                                        const QString &sender);
    ApiReply<MessageList> *getMessages(const QString &userId = {}, const QString &channelId = {},
                                       int count = 0, const QString &email = {});
    ApiReply<QList<UploadedImage>> *uploadImage(const QList<FormField> &images);
    ApiReply<QList<Channel>> *getIntegrationChannels();
    ApiReply<QList<ApiKey>> *getUserApiKeys(const QString &userId);
    ApiReply<ApiKey> *createUserApiKey(const QString &userId, const QJsonObject &key);
    ApiReply<ApiKey> *updateUserApiKey(const QString &userId, const QString &apiKeyId,
                                       const QJsonObject &changes);
    ApiReply<ApiResponse> *deleteUserApiKey(const QString &userId, const QString &apiKeyId);
    ApiReply<ApiKey> *getApiKeyInfo();
    // The newest jobs of the community (50), or only those uploaded as
    // `fileName`: how an upload whose reply was lost is found again however
    // many jobs came after it.
    ApiReply<QList<ImportJob>> *listApiLogJobs(const QString &fileName = {});
    ApiReply<ImportJob> *getApiLogJob(const QString &jobId);
    ApiReply<QList<ApiLogEntry>> *getApiLogEntries(const QString &jobId, const QString &after = {});
    ApiReply<QByteArray> *getBulkImportTemplate();

    // --- Application (Bearer); {communityId} comes from the profile ---
    ApiReply<CommunityUserPage> *getCommunityUsers(int page = 1, int limit = 20,
                                                   const QString &search = {});
    ApiReply<User> *getUser(const QString &userId, const QStringList &fields = {});
    ApiReply<QList<UserField>> *getUserFields();
    ApiReply<UserField> *getUserField(const QString &fieldId);
    ApiReply<UserField> *createUserField(const QString &fieldKey, const QString &name,
                                         const QString &type);
    ApiReply<UserField> *updateUserField(const QString &fieldId, const QString &name,
                                         const QString &type);
    // The whole definition: the documented {field, name, type} (update sends no key) and the
    // older body's required, defaultValue and options (and description when set).
    ApiReply<UserField> *createUserField(const UserField &definition);
    ApiReply<UserField> *updateUserField(const UserField &definition);
    ApiReply<ApiResponse> *deleteUserField(const QString &fieldId);
    // The four history lists (project-defined paths): each page has the
    // server's total. getFieldHistoryPage() picks the list the query's field
    // and member name and sends its time range and order.
    ApiReply<FieldHistoryPage> *getFieldHistories(int page = 1, int limit = 50);
    ApiReply<FieldHistoryPage> *getFieldHistoriesByField(const QString &fieldId, int page = 1,
                                                         int limit = 50);
    ApiReply<FieldHistoryPage> *getFieldHistoriesByUser(const QString &userId, int page = 1,
                                                        int limit = 50);
    ApiReply<FieldHistoryPage> *getFieldHistoriesByFieldAndUser(const QString &fieldId,
                                                                const QString &userId, int page = 1,
                                                                int limit = 50);
    ApiReply<FieldHistoryPage> *getFieldHistoryPage(const FieldHistoryQuery &query, int page,
                                                    int limit);
    ApiReply<FieldHistoryEntry> *createFieldHistory(const QString &userId, const QString &fieldId,
                                                    const QJsonValue &value);

signals:
    void countsChanged(int inFlight, int queued);

private:
    void start(const ApiCall &call, ApiReplyBase *reply);
    void enqueue(RequestJob *job, bool front);
    void dispatch(RequestJob *job);
    void pump(const QString &host);
    void onAttemptFinished(RequestJob *job);
    void abortJob(RequestJob *job);
    bool verifyCreate(RequestJob *job);
    void finalize(RequestJob *job, const ApiError &error);
    void updateCounts();
    const FamilyTarget &targetFor(ApiFamily family);

    struct HostQueue
    {
        int inFlight = 0;
        QList<RequestJob *> queue;
    };

    QNetworkAccessManager *m_network;
    const RouteTable *m_routes;
    ApiClientConfig m_config;
    QPointer<NetworkActivity> m_activity;
    QPointer<RequestLog> m_log;
    QHash<QString, HostQueue> m_hosts;
    QHash<ApiFamily, FamilyTarget> m_targets; // from m_config, filled on first use
    QSet<RequestJob *> m_jobs;
    QRandomGenerator m_random;
    int m_inFlight = 0;
    int m_queued = 0;
    int m_waiting = 0;
};

} // namespace ra
