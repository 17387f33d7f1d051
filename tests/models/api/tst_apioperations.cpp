#include "../../sandboxmail.h"
#include "api/apiclient.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

#include <functional>
#include <memory>

using namespace ra;

// Every operation of the route table through its typed call against the
// sandbox over 127.0.0.1: once with the demo keys (success, typed value
// checked where the call returns an entity) and once with wrong keys (an
// auth failure). Rows run in order and pass ids along (create, then update,
// then delete).
class tst_ApiOperations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void success_data();
    void success();
    void authFailure_data();
    void authFailure();
    void everyOperationIsCovered();

private:
    struct Outcome
    {
        bool done = false;
        ApiError error;
    };
    using Step = std::function<std::shared_ptr<Outcome>(ApiClient *)>;

    template<typename T, typename F>
    static std::shared_ptr<Outcome> watch(ApiReply<T> *reply, F onValue)
    {
        auto o = std::make_shared<Outcome>();
        connect(reply, &ApiReplyBase::finished, reply, [reply, o, onValue] {
            o->done = true;
            o->error = reply->error();
            if (!reply->hasError())
                onValue(reply->value());
        });
        return o;
    }
    template<typename T> static std::shared_ptr<Outcome> watch(ApiReply<T> *reply)
    {
        return watch(reply, [](const T &) {});
    }
    void buildSteps();

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ApiClient> m_badClient;
    QList<QPair<QString, Step>> m_steps;
    QSet<QString> m_succeeded;

    // Ids handed from one row to the next.
    QString m_userOid, m_userEmail, m_username, m_userId;
    QString m_serverId, m_roleId, m_channelId, m_badgeId, m_jobId, m_chatChannelId, m_messageId;
    QString m_apiKeyId, m_fieldId, m_createdUsername;
    QString m_accountEmail = QStringLiteral("ops.account@example.com");
    std::unique_ptr<SandboxMail> m_mail; // after QTest's own message handler
};

void tst_ApiOperations::initTestCase()
{
    m_mail = std::make_unique<SandboxMail>();
    QVERIFY(m_sandbox.start());
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setConfig(m_sandbox.config());
    ApiClientConfig bad = m_sandbox.config();
    bad.systemKey = bad.integrationKey = bad.applicationKey = QStringLiteral("wrong-key");
    bad.sessionToken = QStringLiteral("wrong-session");
    m_badClient = std::make_unique<ApiClient>(&m_network);
    m_badClient->setConfig(bad);

    bool done = false;
    m_client->getCommunityUsers(1, 3)->then(
        this,
        [&](const CommunityUserPage &page) {
            done = true;
            if (page.users.isEmpty())
                return;
            m_userOid = page.users.first().id;
            m_userEmail = page.users.first().email;
            m_username = page.users.first().username;
        },
        [&](const ApiError &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY(!m_userOid.isEmpty());
    done = false;
    m_client->getUserData(m_userEmail)
        ->then(
            this,
            [&](const UserData &u) {
                done = true;
                m_userId = u.userId;
            },
            [&](const ApiError &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY(!m_userId.isEmpty());
    buildSteps();
}

void tst_ApiOperations::buildSteps()
{
    auto add = [this](const char *op, Step step) {
        m_steps.append({QString::fromLatin1(op), std::move(step)});
    };
    add("secureAuth", [=](ApiClient *c) {
        return watch(c->secureAuth(m_username, m_userEmail, QStringLiteral("0")),
                     [](const SecureAuthSession &s) { QVERIFY(!s.loginUrl.isEmpty()); });
    });
    add("register", [=](ApiClient *c) {
        return watch(c->registerAccount(m_accountEmail, QStringLiteral("StrongPass1!"),
                                        QStringLiteral("ops_account")),
                     [](const Account &a) { QVERIFY(a.verificationCode.isEmpty()); });
    });
    add("verifyEmail", [=](ApiClient *c) {
        // The code is on the sandbox's log, where a live server would mail it.
        return watch(c->verifyEmail(m_accountEmail, m_mail->codeFor(m_accountEmail)));
    });
    add("login", [=](ApiClient *c) {
        return watch(c->login(m_accountEmail, QStringLiteral("StrongPass1!")),
                     [c](const Account &a) {
                         QVERIFY(!a.token.isEmpty());
                         QVERIFY(a.expiresAt > QDateTime::currentDateTimeUtc());
                         // The User Api Key operations below authenticate with it.
                         ApiClientConfig config = c->config();
                         config.sessionToken = a.token;
                         c->setConfig(config);
                     });
    });
    add("createServer", [=](ApiClient *c) {
        return watch(c->createServer({{QStringLiteral("name"), QStringLiteral("Ops Server")}}),
                     [this](const Server &s) { m_serverId = s.id; });
    });
    add("getMyServers", [=](ApiClient *c) {
        return watch(c->getMyServers(), [](const QList<Server> &s) { QVERIFY(!s.isEmpty()); });
    });
    add("updateServer", [=](ApiClient *c) {
        return watch(
            c->updateServer(m_serverId, {{QStringLiteral("name"), QStringLiteral("Ops 2")}}));
    });
    add("getServerRoles", [=](ApiClient *c) { return watch(c->getServerRoles(m_serverId)); });
    add("getServerChannels", [=](ApiClient *c) { return watch(c->getServerChannels(m_serverId)); });
    const QJsonObject role{{QStringLiteral("class"), QStringLiteral("red")},
                           {QStringLiteral("title"), QStringLiteral("Ops Role")},
                           {QStringLiteral("order"), 3},
                           {QStringLiteral("billable"), false},
                           {QStringLiteral("server_permissions"), QJsonObject()},
                           {QStringLiteral("channel_permissions"), QJsonObject()}};
    add("createRole", [=](ApiClient *c) {
        return watch(c->createRole(role), [this](const Role &r) { m_roleId = r.id; });
    });
    add("updateRole", [=](ApiClient *c) {
        QJsonObject changed = role;
        changed.insert(u"class", QStringLiteral("blue"));
        return watch(c->updateRole(m_roleId, changed),
                     [](const Role &r) { QCOMPARE(r.colorClass, QStringLiteral("blue")); });
    });
    add("addRoleToUser", [=](ApiClient *c) { return watch(c->addRoleToUser(m_roleId, m_userId)); });
    add("removeRoleFromUser",
        [=](ApiClient *c) { return watch(c->removeRoleFromUser(m_roleId, m_userId)); });
    add("getUserRoles", [=](ApiClient *c) {
        return watch(c->getUserRoles(m_userId),
                     [](const QList<Role> &r) { QVERIFY(!r.isEmpty()); });
    });
    add("deleteRole", [=](ApiClient *c) { return watch(c->deleteRole(m_roleId)); });
    add("getChannels", [=](ApiClient *c) { return watch(c->getChannels()); });
    add("createChannel", [=](ApiClient *c) {
        return watch(c->createChannel(QStringLiteral("Ops Chat"), QStringLiteral("open")),
                     [this](const Channel &ch) { m_channelId = ch.id; });
    });
    add("updateChannel", [=](ApiClient *c) {
        return watch(
            c->updateChannel(m_channelId, QStringLiteral("Ops Forum"), QStringLiteral("forum")),
            [](const Channel &ch) { QCOMPARE(ch.channelType, QStringLiteral("forum")); });
    });
    add("deleteChannel", [=](ApiClient *c) { return watch(c->deleteChannel(m_channelId)); });
    add("getBadges", [=](ApiClient *c) { return watch(c->getBadges()); });
    add("createBadge", [=](ApiClient *c) {
        const QJsonObject badge{{QStringLiteral("title"), QStringLiteral("Ops Badge")},
                                {QStringLiteral("action"), QStringLiteral("custom")},
                                {QStringLiteral("quantity"), 3},
                                {QStringLiteral("attachRequired"), true}};
        return watch(c->createBadge(badge), [this](const Badge &b) {
            m_badgeId = b.id;
            QCOMPARE(b.quantity, 3);
            QCOMPARE(b.attachRequired, true);
        });
    });
    add("updateBadge", [=](ApiClient *c) {
        return watch(
            c->updateBadge(m_badgeId, {{QStringLiteral("title"), QStringLiteral("Ops B")},
                                       {QStringLiteral("action"), QStringLiteral("custom")}}));
    });
    add("awardBadge", [=](ApiClient *c) { return watch(c->awardBadge(m_badgeId, m_userId)); });
    add("removeBadge", [=](ApiClient *c) { return watch(c->removeBadge(m_badgeId, m_userId)); });
    add("deleteBadge", [=](ApiClient *c) { return watch(c->deleteBadge(m_badgeId)); });
    add("createUser", [=](ApiClient *c) {
        const QJsonObject user{{QStringLiteral("firstname"), QStringLiteral("Op")},
                               {QStringLiteral("lastname"), QStringLiteral("Erations")},
                               {QStringLiteral("username"), QStringLiteral("op_erations")},
                               {QStringLiteral("displayname"), QStringLiteral("Op Erations")},
                               {QStringLiteral("email"), QStringLiteral("op.erations@example.com")},
                               {QStringLiteral("password"), QStringLiteral("StrongPass1!")},
                               {QStringLiteral("confirmPassword"), QStringLiteral("StrongPass1!")},
                               {QStringLiteral("accessLevel"), 1},
                               {QStringLiteral("joinServer"), true},
                               {QStringLiteral("emailPassword"), false},
                               {QStringLiteral("sendEmail"), false}};
        return watch(c->createUser(user),
                     [this](const UserData &u) { m_createdUsername = u.username; });
    });
    add("getUserData", [=](ApiClient *c) {
        return watch(c->getUserData(m_userEmail),
                     [this](const UserData &u) { QCOMPARE(u.email, m_userEmail); });
    });
    add("getUsersWithFilters", [=](ApiClient *c) {
        return watch(c->getUsersByCursor({QStringLiteral("email"), QStringLiteral("xp")}, {}),
                     [](const UserPage &p) {
                         QCOMPARE(p.users.size(), 200); // fixed page size
                         QVERIFY(p.hasMore());
                     });
    });
    add("manageUser", [=](ApiClient *c) {
        return watch(c->manageUser(QStringLiteral("delete"), m_createdUsername));
    });
    add("getGamificationHistory", [=](ApiClient *c) {
        return watch(c->getGamificationHistory(m_userEmail, QStringLiteral("email"), 7),
                     [](const GamificationHistory &h) { QVERIFY(!h.days.isEmpty()); });
    });
    add("getGamificationStats", [=](ApiClient *c) {
        return watch(c->getGamificationStats(m_userEmail, QStringLiteral("email"), 7));
    });
    const QByteArray csv =
        "First Name,Last Name,Username,Email\nImp,One,imp_one,imp.one@example.com\n";
    add("bulkImport", [=](ApiClient *c) {
        return watch(c->bulkImport(FormField::csvData(csv, QStringLiteral("users.csv"))),
                     [this](const ImportJob &j) { m_jobId = j.id; });
    });
    add("bulkUpdate", [=](ApiClient *c) {
        return watch(c->bulkUpdate(FormField::csvData(
            "Email,xp_op,xp\n" + m_userEmail.toUtf8() + ",add,5\n", QStringLiteral("u.csv"))));
    });
    add("getBulkImportTemplate", [=](ApiClient *c) {
        return watch(c->getBulkImportTemplate(),
                     [](const QByteArray &b) { QVERIFY(b.startsWith("First Name")); });
    });
    add("listApiLogJobs", [=](ApiClient *c) { return watch(c->listApiLogJobs()); });
    add("getApiLogJob", [=](ApiClient *c) { return watch(c->getApiLogJob(m_jobId)); });
    add("getApiLogEntries", [=](ApiClient *c) { return watch(c->getApiLogEntries(m_jobId)); });
    add("getIntegrationChannels", [=](ApiClient *c) {
        return watch(c->getIntegrationChannels(), [this](const QList<Channel> &list) {
            for (const Channel &ch : list) {
                if (ch.channelType != u"forum" && m_chatChannelId.isEmpty())
                    m_chatChannelId = ch.id;
            }
        });
    });
    add("sendMessage", [=](ApiClient *c) {
        return watch(c->sendMessage(m_chatChannelId, QStringLiteral("hello"), m_username));
    });
    add("getMessages", [=](ApiClient *c) {
        return watch(c->getMessages({}, m_chatChannelId, 5), [this](const MessageList &m) {
            if (!m.messages.isEmpty())
                m_messageId = m.messages.first().id;
        });
    });
    add("replyMessage", [=](ApiClient *c) {
        return watch(c->replyMessage(m_messageId, QStringLiteral("re"), m_username));
    });
    add("reactMessage", [=](ApiClient *c) {
        return watch(c->reactMessage(m_messageId, QStringLiteral(":smile:"), m_username));
    });
    add("uploadImage", [=](ApiClient *c) {
        FormField image;
        image.name = QByteArrayLiteral("images");
        image.fileName = QStringLiteral("dot.png");
        image.contentType = QByteArrayLiteral("image/png");
        image.data = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQV"
                                            "R42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        return watch(c->uploadImage({image}),
                     [](const QList<UploadedImage> &l) { QCOMPARE(l.size(), 1); });
    });
    add("getUserApiKeys", [=](ApiClient *c) { return watch(c->getUserApiKeys(m_userOid)); });
    add("createUserApiKey", [=](ApiClient *c) {
        const QJsonObject key{
            {QStringLiteral("name"), QStringLiteral("ops")},
            {QStringLiteral("permissions"), QJsonArray{QStringLiteral("sendMessages")}},
            {QStringLiteral("expirePeriod"), 0}};
        return watch(c->createUserApiKey(m_userOid, key),
                     [this](const ApiKey &k) { m_apiKeyId = k.id; });
    });
    add("updateUserApiKey", [=](ApiClient *c) {
        return watch(c->updateUserApiKey(m_userOid, m_apiKeyId,
                                         {{QStringLiteral("name"), QStringLiteral("ops2")},
                                          {QStringLiteral("isActive"), false}}),
                     [](const ApiKey &k) { QCOMPARE(k.isActive, false); });
    });
    add("deleteUserApiKey",
        [=](ApiClient *c) { return watch(c->deleteUserApiKey(m_userOid, m_apiKeyId)); });
    add("getApiKeyInfo", [=](ApiClient *c) { return watch(c->getApiKeyInfo()); });
    add("getCommunityUsers", [=](ApiClient *c) {
        return watch(c->getCommunityUsers(2, 10),
                     [](const CommunityUserPage &p) { QCOMPARE(p.users.size(), 10); });
    });
    add("getUser", [=](ApiClient *c) {
        return watch(c->getUser(m_userOid), [this](const User &u) { QCOMPARE(u.id, m_userOid); });
    });
    add("getUserFields", [=](ApiClient *c) { return watch(c->getUserFields()); });
    add("createUserField", [=](ApiClient *c) {
        return watch(c->createUserField(QStringLiteral("opsLevel"), QStringLiteral("Ops Level"),
                                        QStringLiteral("numerical")),
                     [this](const UserField &f) { m_fieldId = f.id; });
    });
    add("getUserField", [=](ApiClient *c) {
        return watch(c->getUserField(m_fieldId),
                     [](const UserField &f) { QCOMPARE(f.name, QStringLiteral("Ops Level")); });
    });
    add("updateUserField", [=](ApiClient *c) {
        return watch(
            c->updateUserField(m_fieldId, QStringLiteral("Ops Lvl"), QStringLiteral("numerical")));
    });
    add("createFieldHistory",
        [=](ApiClient *c) { return watch(c->createFieldHistory(m_userOid, m_fieldId, 42)); });
    add("getFieldHistories", [=](ApiClient *c) { return watch(c->getFieldHistories()); });
    add("getFieldHistoriesByField",
        [=](ApiClient *c) { return watch(c->getFieldHistoriesByField(m_fieldId)); });
    add("getFieldHistoriesByUser",
        [=](ApiClient *c) { return watch(c->getFieldHistoriesByUser(m_userOid)); });
    add("getFieldHistoriesByFieldAndUser", [=](ApiClient *c) {
        return watch(c->getFieldHistoriesByFieldAndUser(m_fieldId, m_userOid),
                     [](const FieldHistoryPage &h) { QVERIFY(!h.entries.isEmpty()); });
    });
    add("deleteUserField", [=](ApiClient *c) { return watch(c->deleteUserField(m_fieldId)); });
}

void tst_ApiOperations::success_data()
{
    QTest::addColumn<int>("step");
    for (int i = 0; i < m_steps.size(); ++i)
        QTest::newRow(qPrintable(m_steps.at(i).first)) << i;
}

void tst_ApiOperations::success()
{
    QFETCH(int, step);
    const auto outcome = m_steps.at(step).second(m_client.get());
    QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 15000);
    QVERIFY2(!outcome->error.isError(),
             QJsonDocument(outcome->error.toJson()).toJson(QJsonDocument::Compact).constData());
    m_succeeded.insert(m_steps.at(step).first);
}

void tst_ApiOperations::authFailure_data()
{
    QTest::addColumn<int>("step");
    for (int i = 0; i < m_steps.size(); ++i) {
        const Route *route = RouteTable::builtIn().find(m_steps.at(i).first);
        if (route && route->auth != AuthScheme::None) // Bulk Import needs no key (documented)
            QTest::newRow(qPrintable(m_steps.at(i).first)) << i;
    }
}

void tst_ApiOperations::authFailure()
{
    QFETCH(int, step);
    const auto outcome = m_steps.at(step).second(m_badClient.get());
    QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 15000);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Http);
    QVERIFY2(outcome->error.httpStatus == 401 || outcome->error.httpStatus == 403,
             qPrintable(QString::number(outcome->error.httpStatus)));
}

void tst_ApiOperations::everyOperationIsCovered()
{
    for (const Route &route : RouteTable::builtIn().routes())
        QVERIFY2(m_succeeded.contains(route.operationId), qPrintable(route.operationId));
}

QTEST_GUILESS_MAIN(tst_ApiOperations)
#include "tst_apioperations.moc"
