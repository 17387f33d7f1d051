// Table-driven tests of DataBackend::handle: every operation of the route
// table with a success case, a bad request (400 naming the field) and an
// unknown entity (404) where that applies, on a freshly seeded community.

#include "datafixture.h"

#include <QSet>
#include <QtTest>

using namespace ra;
using namespace ra::sandbox;
using namespace ra::sandbox::test;

class tst_DataBackend : public QObject
{
    Q_OBJECT

private slots:
    void handle_data();
    void handle();
    void everyOperationIsHandled();
    void tableCoversEveryOperation();

private:
    QSet<QString> m_covered;
};

namespace {
QHash<QString, QString> splitPairs(const QString &text)
{
    QHash<QString, QString> out;
    const QStringList pairs = text.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &p : pairs) {
        const int eq = p.indexOf(QLatin1Char('='));
        out.insert(p.left(eq), p.mid(eq + 1));
    }
    return out;
}

void row(const char *op, KeyKind key, const char *path, const char *query, const char *body,
         int status, const char *mention = "")
{
    static QHash<QString, int> counts;
    const QString name = QString::fromLatin1(op) + QLatin1Char(' ') + QString::number(status) +
                         QLatin1Char('#') + QString::number(++counts[QString::fromLatin1(op)]);
    QTest::newRow(qPrintable(name))
        << QString::fromLatin1(op) << int(key) << QString::fromUtf8(path)
        << QString::fromUtf8(query) << QString::fromUtf8(body) << status
        << QString::fromUtf8(mention);
}
} // namespace

void tst_DataBackend::handle_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mention");
    const KeyKind S = KeyKind::System;
    const KeyKind I = KeyKind::Integration;
    const KeyKind N = KeyKind::None;
    // System / Auth
    row("secureAuth", S, "", "hostname={domain}&userId=admin", "", 200);
    row("secureAuth", S, "", "hostname=evil.example.com", "", 403);
    row("secureAuth", S, "", "hostname={domain}&userId=nobody-here", "", 404);
    row("register", S, "", "", R"({"email":"neo@example.com","password":"correct horse"})", 201);
    row("register", S, "", "", R"({"email":"neo@example.com"})", 400, "password");
    row("register", S, "", "", R"({"email":"not-an-email","password":"correct horse"})", 400,
        "email");
    row("verifyEmail", S, "", "", R"({"email":"nobody@example.com","code":"123456"})", 404);
    row("verifyEmail", S, "", "", R"({"email":"nobody@example.com"})", 400, "code");
    row("login", S, "", "", R"({"email":"nobody@example.com","password":"whatever1"})", 401);
    row("login", S, "", "", R"({"password":"whatever1"})", 400, "email");
    row("login", S, "", "", "", 400, "email");
    row("login", S, "", "", "[1,2]", 400, "JSON object");
    // System / Server
    row("createServer", S, "", "", R"({"name":"Nordlys Ørsted 北极光"})", 201);
    row("createServer", S, "", "", R"({"name":42})", 400, "name");
    row("createServer", S, "", "", R"({"name":"Returning Demo Community"})", 409);
    row("getMyServers", S, "", "", "", 200);
    row("updateServer", S, "id={server2}", "", R"({"name":"Trading Floor 2"})", 200);
    row("updateServer", S, "id={server2}", "", R"({"name":true})", 400, "name");
    row("updateServer", S, "id={missing}", "", R"({"name":"x"})", 404);
    row("updateServer", S, "id={server2}", "", R"({"name":"Sandbox Lab"})", 409);
    row("getServerRoles", S, "id={community}", "", "", 200);
    row("getServerRoles", S, "id={missing}", "", "", 404);
    row("getServerChannels", S, "id={community}", "", "", 200);
    row("getServerChannels", S, "id={missing}", "", "", 404);
    // System / Role
    const char *role = R"({"class":"red","title":"Manager 2","order":1,"billable":true,)"
                       R"("server_permissions":{"server_administrator":true},)"
                       R"("channel_permissions":{"post_messages":true}})";
    row("createRole", S, "", "", role, 201);
    row("createRole", S, "", "",
        R"({"class":"red","title":"Camel","order":2,"billable":false,"serverPermissions":{"allow_dm":true},"channelPermissions":{"share_Attachments":true}})",
        201);
    row("createRole", S, "", "",
        R"({"class":"red","order":1,"billable":true,"server_permissions":{},"channel_permissions":{}})",
        400, "title");
    row("createRole", S, "", "",
        R"({"class":"red","title":"T","order":"1","billable":true,"server_permissions":{},"channel_permissions":{}})",
        400, "order");
    row("createRole", S, "", "",
        R"({"class":"red","title":"T","order":1,"billable":true,"server_permissions":{"allow_dm":"yes"},"channel_permissions":{}})",
        400, "server_permissions.allow_dm");
    row("createRole", S, "", "",
        R"({"class":"red","title":"T","order":1,"billable":true,"server_permissions":{}})", 400,
        "channel_permissions");
    row("createRole", S, "", "",
        R"({"class":"gold","title":"VIP","order":3,"billable":true,"server_permissions":{},"channel_permissions":{}})",
        409);
    row("updateRole", S, "id={role}", "", role, 200);
    row("updateRole", S, "id={role}", "", R"({"title":"x"})", 400, "class");
    row("updateRole", S, "id={missing}", "", role, 404);
    row("deleteRole", S, "id={role}", "", "", 200);
    row("deleteRole", S, "id={missing}", "", "", 404);
    row("addRoleToUser", S, "id={role}", "", R"({"userId":"2"})", 200);
    row("addRoleToUser", S, "id={role}", "", R"({})", 400, "userId");
    row("addRoleToUser", S, "id={missing}", "", R"({"userId":"2"})", 404);
    row("addRoleToUser", S, "id={role}", "", R"({"userId":"999999"})", 404);
    row("addRoleToUser", S, "id={adminRole}", "", R"({"userId":"1"})", 409);
    row("removeRoleFromUser", S, "id={adminRole}", "", R"({"userId":"1"})", 200);
    row("removeRoleFromUser", S, "id={role}", "", R"({"userId":[1]})", 400, "userId");
    row("removeRoleFromUser", S, "id={missing}", "", R"({"userId":"1"})", 404);
    row("getUserRoles", S, "userId=1", "", "", 200);
    row("getUserRoles", S, "userId=999999", "", "", 404);
    // System / Channel
    row("getChannels", S, "", "", "", 200);
    row("createChannel", S, "", "", R"({"topic":"IC Markets","channelType":"open"})", 201);
    row("createChannel", S, "", "", R"({"topic":"IC Markets","channelType":"radio"})", 400,
        "channelType");
    row("createChannel", S, "", "", R"({"channelType":"open"})", 400, "topic");
    row("createChannel", S, "", "", R"({"topic":"General","channelType":"open"})", 409);
    row("updateChannel", S, "id={channel}", "", R"({"topic":"Chit Chat","channelType":"forum"})",
        200);
    row("updateChannel", S, "id={channel}", "", R"({"topic":"Chit Chat"})", 400, "channelType");
    row("updateChannel", S, "id={missing}", "", R"({"topic":"Chit Chat","channelType":"forum"})",
        404);
    row("deleteChannel", S, "id={channel}", "", "", 200);
    row("deleteChannel", S, "id={missing}", "", "", 404);
    // System / Badge
    const char *badge =
        R"({"title":"It's title","action":"custom","quantity":100,"attachRequired":true,"award":true,"awardXpQuantity":100})";
    row("getBadges", S, "", "", "", 200);
    row("createBadge", S, "", "", badge, 201);
    row("createBadge", S, "", "", R"({"title":"T","action":"custom","quantity":"100"})", 400,
        "quantity");
    row("createBadge", S, "", "", R"({"title":"T"})", 400, "action");
    row("createBadge", S, "", "", R"({"title":"Major","action":"custom"})", 409);
    row("updateBadge", S, "id={badge}", "", badge, 200);
    row("updateBadge", S, "id={badge}", "",
        R"({"title":"T","action":"custom","attachRequired":"true"})", 400, "attachRequired");
    // A badge id of the docs' shape that no badge has (the docs' own example id is in the demo).
    row("updateBadge", S, "id=84845081-98fd-46f3-96aa-1032174e58a6", "", badge, 404);
    row("deleteBadge", S, "id={badge}", "", "", 200);
    row("deleteBadge", S, "id=84845081-98fd-46f3-96aa-1032174e58a6", "", "", 404);
    row("awardBadge", S, "id={badge}", "", R"({"userId":"2"})", 200);
    row("awardBadge", S, "id={badge}", "", R"({"user":"2"})", 400, "userId");
    row("awardBadge", S, "id={badge}", "", R"({"userId":"999999"})", 404);
    row("removeBadge", S, "id={badge}", "", R"({"userId":"999999"})", 404);
    row("removeBadge", S, "id={badge}", "", R"({})", 400, "userId");
    // Integration / Users
    const char *user =
        R"({"firstname":"Ada","lastname":"Lovelace","username":"ada_lovelace_123","displayname":"Ada Lovelace","email":"ada@example.com","password":"StrongPass1!","confirmPassword":"StrongPass1!","accessLevel":1,"joinServer":true,"emailPassword":false,"sendEmail":false,"emailTemplate":"0","customFields":[{"fieldIdorName":"customerid","value":"C42"}],"referral":"ref1","externalId":"ext-1"})";
    row("createUser", I, "", "", user, 201);
    row("createUser", I, "", "",
        R"({"firstname":"Ada","lastname":"L","username":"ada2","email":"ada2@example.com","accessLevel":1,"joinServer":true,"emailPassword":false,"sendEmail":false})",
        400, "displayname");
    row("createUser", I, "", "",
        R"({"firstname":"Ada","lastname":"L","username":"ada2","displayname":"A","email":"ada2@example.com","accessLevel":"1","joinServer":true,"emailPassword":false,"sendEmail":false})",
        400, "accessLevel");
    row("createUser", I, "", "",
        R"({"firstname":"Ada","lastname":"L","username":"ada2","displayname":"A","email":"ada2@example.com","accessLevel":1,"joinServer":true,"emailPassword":false,"sendEmail":false,"customFields":[{"fieldIdorName":"nope","value":"1"}]})",
        400, "customFields[0].fieldIdorName");
    row("createUser", I, "", "",
        R"({"firstname":"Ada","lastname":"L","username":"someone","displayname":"A","email":"admin@example.com","accessLevel":1,"joinServer":true,"emailPassword":false,"sendEmail":false})",
        409);
    row("getUserData", I, "", "", R"({"idOrEmail":"admin@example.com"})", 200);
    row("getUserData", I, "", "", R"({"idOrEmail":"2"})", 200);
    row("getUserData", I, "", "", R"({})", 400, "idOrEmail");
    row("getUserData", I, "", "", R"({"idOrEmail":"nobody@example.com"})", 404);
    row("getUsersWithFilters", I, "", "",
        R"({"filter":{"xp":{"gte":0}},"fields":["email","xp","tier"],"page":1})", 200);
    row("getUsersWithFilters", I, "", "", R"({"page":1,"cursor":"dTox"})", 400, "cursor");
    row("getUsersWithFilters", I, "", "", R"({"filter":{"shoe_size":1}})", 400, "filter.shoe_size");
    row("getUsersWithFilters", I, "", "", R"({"fields":"email"})", 400, "fields");
    row("manageUser", I, "", "", R"({"action":"delete","user":"admin"})", 200);
    row("manageUser", I, "", "", R"({"action":"explode","user":"admin"})", 400, "action");
    row("manageUser", I, "", "", R"({"action":"delete","user":"nobody"})", 404);
    row("manageUser", I, "", "", R"({"action":"restore","user":"admin"})", 409);
    row("getGamificationHistory", I, "",
        "identifier=admin@example.com&identifier_type=email&days=20", "", 200);
    row("getGamificationHistory", I, "",
        "identifier=admin@example.com&identifier_type=email&days=lots", "", 400, "days");
    row("getGamificationHistory", I, "",
        "identifier=nobody@example.com&identifier_type=email&days=20", "", 404);
    // The 2026 POST form of the same route: identifiers, one dd/mm/yyyy date, paged.
    row("getGamificationHistory", I, "", "",
        R"({"identifier":["admin@example.com","nobody@example.com"],"identifier_type":"email","date":"22/12/2025","page":1,"limit":50})",
        200);
    row("getGamificationHistory", I, "", "",
        R"({"identifier":["admin@example.com"],"identifier_type":"email","date":"2025-12-22"})",
        400, "date");
    row("getGamificationHistory", I, "", "",
        R"({"identifier":["admin@example.com"],"identifier_type":"email","date":"22/12/2025","limit":500})",
        400, "limit");
    row("getGamificationHistory", I, "", "", R"({"identifier_type":"email","date":"22/12/2025"})",
        400, "identifier");
    row("getGamificationStats", I, "", "",
        R"({"identifier":"admin@example.com","identifier_type":"email","days":30})", 200);
    row("getGamificationStats", I, "", "",
        R"({"identifier":"admin@example.com","identifier_type":"phone","days":30})", 400,
        "identifier_type");
    row("getGamificationStats", I, "", "",
        R"({"identifier":"nobody","identifier_type":"username","days":30})", 404);
    row("bulkImport", N, "", "",
        "parts:data=First Name,Last "
        "Name,Username,Email\nA,B,c,d@example.com\n|communityId={community}",
        200);
    row("bulkImport", N, "", "", "parts:communityId={community}", 400, "data");
    row("bulkImport", N, "", "", "parts:data=First Name\n", 400, "communityId");
    row("bulkImport", N, "", "", "parts:data=First Name\n|communityId={missing}", 404);
    row("bulkUpdate", I, "", "", "parts:data=Email,xp_op,xp\nadmin@example.com,add,5\n", 200);
    row("bulkUpdate", I, "", "", "parts:other=1", 400, "data");
    row("bulkUpdate", I, "", "", "parts:data=Email\n|communityId={missing}", 404);
    // Integration / Messages, channels, keys
    row("sendMessage", I, "", "",
        R"({"channelId":"{channel}","message":"Hello 👋","sender":"admin"})", 200);
    row("sendMessage", I, "", "", R"({"channelId":"{channel}","sender":"admin"})", 400, "message");
    row("sendMessage", I, "", "", R"({"channelId":"{forum}","message":"Hi","sender":"admin"})", 400,
        "forumTopicId");
    row("sendMessage", I, "", "", R"({"channelId":"{missing}","message":"Hi","sender":"admin"})",
        404);
    row("replyMessage", I, "", "",
        R"({"messageId":"{message}","message":"Thanks!","sender":"admin@example.com"})", 200);
    row("replyMessage", I, "", "", R"({"messageId":"{message}","message":"Thanks!"})", 400,
        "sender");
    row("replyMessage", I, "", "",
        R"({"messageId":"{missing}","message":"Thanks!","sender":"admin"})", 404);
    row("reactMessage", I, "", "",
        R"({"messageId":"{message}","emoji":":sparkling_heart:","sender":"admin"})", 200);
    row("reactMessage", I, "", "", R"({"messageId":"{message}","emoji":"heart","sender":"admin"})",
        400, "emoji");
    row("reactMessage", I, "", "",
        R"({"messageId":"{missing}","emoji":":smile:","sender":"admin"})", 404);
    row("getMessages", I, "", "count=5&channel_id={channel}", "", 200);
    row("getMessages", I, "", "count=0", "", 400, "count");
    row("getMessages", I, "", "channel_id={missing}", "", 404);
    row("getMessages", I, "", "email=nobody@example.com", "", 404);
    row("uploadImage", I, "", "", "parts:images=GIF89a-pixels", 200);
    row("uploadImage", I, "", "", "parts:images=PNGDATA", 400, "not a PNG, JPEG, GIF or WebP");
    row("uploadImage", I, "", "", "parts:other=1", 400, "images");
    row("getIntegrationChannels", I, "", "", "", 200);
    row("getUserApiKeys", I, "", "userId={user}", "", 200);
    row("getUserApiKeys", I, "", "", "", 400, "userId");
    row("getUserApiKeys", I, "", "userId={missing}", "", 404);
    row("createUserApiKey", I, "", "userId={user}",
        R"({"name":"testing","permissions":["sendMessages"],"expirePeriod":0,"expireDate":"","communityId":"{community}"})",
        201);
    row("createUserApiKey", I, "", "userId={user}",
        R"({"name":"testing","permissions":["launchRockets"]})", 400, "permissions");
    row("createUserApiKey", I, "", "userId={missing}", R"({"name":"testing","permissions":[]})",
        404);
    row("createUserApiKey", I, "", "userId={user}", R"({"name":"fixture","permissions":[]})", 409);
    row("updateUserApiKey", I, "userId={user}&apiKeyId={apikey}", "",
        R"({"name":"Updated API Key Name","permissions":["readOwnProfile","updateOwnProfile","readOwnMessages"],"expirePeriod":180,"expireDate":"2035-06-30T23:59:59Z","isActive":true})",
        200);
    row("updateUserApiKey", I, "userId={user}&apiKeyId={apikey}", "", R"({"isActive":"yes"})", 400,
        "isActive");
    row("updateUserApiKey", I, "userId={user}&apiKeyId={missing}", "", R"({"name":"x"})", 404);
    row("deleteUserApiKey", I, "userId={user}&apiKeyId={apikey}", "", "", 200);
    row("deleteUserApiKey", I, "userId={user}&apiKeyId={missing}", "", "", 404);
    row("getApiKeyInfo", I, "", "", "", 200);
    // Application
    row("getCommunityUsers", I, "communityId={community}", "page=2&limit=10", "", 200);
    row("getCommunityUsers", I, "communityId={community}", "limit=1000", "", 400, "limit");
    row("getCommunityUsers", I, "communityId={missing}", "", "", 404);
    row("getUser", I, "userId={user}", "", "", 200);
    row("getUser", I, "userId={missing}", "", "", 404);
    row("getUserFields", I, "communityId={community}", "", "", 200);
    row("getUserFields", I, "communityId=not-an-id", "", "", 400, "communityId");
    row("getUserFields", I, "communityId={missing}", "", "", 404);
    row("getUserField", I, "communityId={community}&fieldId={field}", "", "", 200);
    row("getUserField", I, "communityId={community}&fieldId={missing}", "", "", 404);
    row("createUserField", I, "communityId={community}", "",
        R"({"field":"deposit amount 2","name":"Deposit Amount 2","type":"numerical"})", 201);
    row("createUserField", I, "communityId={community}", "",
        R"({"field":"userLevel","name":"User Level","type":"colour"})", 400, "type");
    row("createUserField", I, "communityId={missing}", "",
        R"({"field":"userLevel","name":"User Level","type":"numerical"})", 404);
    row("createUserField", I, "communityId={community}", "",
        R"({"field":"tier","name":"Tier","type":"text"})", 409);
    row("updateUserField", I, "communityId={community}&fieldId={field}", "",
        R"({"name":"Department","type":"text"})", 200);
    row("updateUserField", I, "communityId={community}&fieldId={field}", "", R"({"type":"text"})",
        400, "name");
    row("updateUserField", I, "communityId={community}&fieldId={missing}", "",
        R"({"name":"Department","type":"text"})", 404);
    row("deleteUserField", I, "communityId={community}&fieldId={field}", "", "", 200);
    row("deleteUserField", I, "communityId={community}&fieldId={missing}", "", "", 404);
    row("getFieldHistories", I, "communityId={community}", "page=3&limit=50", "", 200);
    row("getFieldHistories", I, "communityId={community}", "limit=0", "", 400, "limit");
    row("getFieldHistories", I, "communityId={missing}", "", "", 404);
    row("getFieldHistoriesByField", I, "communityId={community}&fieldId={field}", "", "", 200);
    row("getFieldHistoriesByField", I, "communityId={community}&fieldId={missing}", "", "", 404);
    row("getFieldHistoriesByUser", I, "communityId={community}&userId={user}", "", "", 200);
    row("getFieldHistoriesByUser", I, "communityId={community}&userId={missing}", "", "", 404);
    row("getFieldHistoriesByFieldAndUser", I,
        "communityId={community}&fieldId={field}&userId={user}", "", "", 200);
    row("getFieldHistoriesByFieldAndUser", I,
        "communityId={community}&fieldId={missing}&userId={user}", "", "", 404);
    row("createFieldHistory", I, "communityId={community}&userId={user}", "",
        R"({"fieldId":"{numField}","value":1500})", 201);
    row("createFieldHistory", I, "communityId={community}&userId={user}", "",
        R"({"fieldId":"{numField}","value":"lots"})", 400, "value");
    row("createFieldHistory", I, "communityId={community}&userId={user}", "",
        R"({"fieldId":"{missing}","value":"1"})", 404);
    row("createFieldHistory", I, "communityId={community}&userId={missing}", "",
        R"({"fieldId":"{field}","value":"1"})", 404);
    // API log and template
    row("listApiLogJobs", I, "", "type=import", "", 200);
    row("listApiLogJobs", I, "", "state=sleeping", "", 400, "state");
    row("getApiLogJob", I, "jobId={job}", "", "", 200);
    row("getApiLogJob", I, "jobId={missing}", "", "", 404);
    row("getApiLogEntries", I, "jobId={job}", "after=0", "", 200);
    row("getApiLogEntries", I, "jobId={job}", "after=-4", "", 400, "after");
    row("getApiLogEntries", I, "jobId={missing}", "", "", 404);
    row("getBulkImportTemplate", N, "", "", "", 200);
}

void tst_DataBackend::handle()
{
    QFETCH(QString, op);
    QFETCH(int, key);
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(QString, mention);
    m_covered.insert(op);
    DataFixture f;
    QVERIFY2(f.opened, qPrintable(f.openError));
    Request r = f.request(op, KeyKind(key));
    QVERIFY2(r.route, qPrintable(op));
    r.pathParams = splitPairs(f.expand(path));
    const QHash<QString, QString> q = splitPairs(f.expand(query));
    for (auto it = q.cbegin(); it != q.cend(); ++it) {
        if (it.key() == QStringLiteral("hostname"))
            r.headers.insert(QByteArrayLiteral("hostname"), it.value().toUtf8());
        else
            r.query.addQueryItem(it.key(), it.value());
    }
    const QString b = f.expand(body);
    if (b.startsWith(QStringLiteral("parts:"))) {
        const QStringList parts = b.mid(6).split(QLatin1Char('|'));
        for (const QString &p : parts) {
            const int eq = p.indexOf(QLatin1Char('='));
            const QByteArray name = p.left(eq).toUtf8();
            const QByteArray file = name == "data"     ? QByteArrayLiteral("users.csv")
                                    : name == "images" ? QByteArrayLiteral("photo.png")
                                                       : QByteArray();
            const QByteArray type =
                name == "images" ? QByteArrayLiteral("image/png") : QByteArray();
            r.parts.append(DataFixture::part(name, p.mid(eq + 1).toUtf8(), file, type));
        }
    } else if (!b.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(b.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        r.body = b.toUtf8();
        r.json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    const Response resp = f.backend->handle(r);
    QVERIFY2(resp.status == status,
             qPrintable(QStringLiteral("%1 -> %2 %3").arg(op).arg(resp.status).arg(resp.message)));
    if (!mention.isEmpty())
        QVERIFY2(resp.message.contains(mention), qPrintable(resp.message));
    if (status < 300 && !resp.raw)
        QVERIFY2(!resp.data.isUndefined() || !resp.message.isEmpty(), qPrintable(op));
}

void tst_DataBackend::everyOperationIsHandled()
{
    const QStringList handled = DataBackend::handledOperations();
    DataFixture f(10);
    QVERIFY(f.opened);
    for (const Route &route : RouteTable::builtIn().routes()) {
        QVERIFY2(handled.contains(route.operationId), qPrintable(route.operationId));
        Request r = f.request(route.operationId);
        const Response resp = f.backend->handle(r);
        QVERIFY2(resp.status != 501 && !resp.message.contains(QStringLiteral("unhandled")),
                 qPrintable(route.operationId));
    }
    QCOMPARE(handled.size(), RouteTable::builtIn().routes().size());
}

void tst_DataBackend::tableCoversEveryOperation()
{
    for (const Route &route : RouteTable::builtIn().routes())
        QVERIFY2(m_covered.contains(route.operationId), qPrintable(route.operationId));
}

QTEST_GUILESS_MAIN(tst_DataBackend)
#include "tst_databackend.moc"
