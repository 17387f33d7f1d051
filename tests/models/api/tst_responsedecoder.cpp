#include "api/responsedecoder.h"
#include "api/routetable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ra;

// The typed decoders of every operation, fed what the live API really sends:
// numbers and booleans as strings, snake_case and camelCase spellings, absent
// optional fields and unknown extra fields (kept). Each row decodes a payload
// with the operation's typed decoder and checks one field of the normalised
// (re-encoded) value, addressed by a path like "0/quantity".
class tst_ResponseDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void wrongShape_data();
    void wrongShape();
    void everyOperationHasADecoder();
};

static QJsonValue at(QJsonValue v, const QString &path)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        bool isIndex = false;
        const int i = p.toInt(&isIndex);
        v = isIndex ? v.toArray().at(i) : v.toObject().value(p);
    }
    return v;
}

void tst_ResponseDecoder::decode_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("expected"); // JSON of the expected value

    auto row = [](const char *name, const char *op, const char *payload, const char *path,
                  const char *expected) {
        QTest::newRow(name) << QString::fromLatin1(op) << QByteArray(payload)
                            << QString::fromLatin1(path) << QByteArray(expected);
    };
    // Badges: strings for numbers and booleans (documented defect).
    row("badge quantity as string", "getBadges", R"([{"id":"b1","quantity":"3"}])", "0/quantity",
        "3");
    row("badge awarded \"true\"", "awardBadge", R"([{"id":"b1","awarded":"true"}])", "0/awarded",
        "true");
    row("badge attachRequired \"false\"", "createBadge", R"({"id":"b1","attachRequired":"false"})",
        "attachRequired", "false");
    row("badge absent optional", "createBadge", R"({"id":"b1","title":"T"})", "awardXpQuantity",
        "0");
    row("badge unknown field kept", "updateBadge", R"({"id":"b1","sparkle":{"x":1}})", "sparkle/x",
        "1");
    // Get User Data: camelCase, snake_case, numbers as strings.
    row("user data camel", "getUserData", R"({"userId":"123","firstName":"Ada","xp":5})",
        "firstName", "\"Ada\"");
    row("user data snake", "getUserData", R"({"user_id":"123","first_name":"Ada"})", "firstName",
        "\"Ada\"");
    row("user data snake id", "getUserData", R"({"user_id":"123"})", "userId", "\"123\"");
    row("user data xp as string", "getUserData", R"({"userId":"1","xp":"250"})", "xp", "250");
    row("user data numeric userId", "createUser", R"({"userId":42})", "userId", "\"42\"");
    row("user data roles", "getUserData", R"({"roles":["@all","Mod"]})", "roles/1", "\"Mod\"");
    row("user data custom fields", "getUserData", R"({"customFields":{"tier":"gold"}})",
        "customFields/tier", "\"gold\"");
    row("user data extra kept", "getUserData", R"({"userId":"1","newThing":7})", "newThing", "7");
    // Get Users with Filters: both paging modes.
    row("users cursor mode", "getUsersWithFilters",
        R"({"users":[{"user_id":"1","email":"a@b.c"}],"next_cursor":"abc"})", "next_cursor",
        "\"abc\"");
    row("users page mode", "getUsersWithFilters",
        R"({"users":[],"total_pages":"4","current_page":2})", "total_pages", "4");
    row("users row email", "getUsersWithFilters",
        R"({"users":[{"user_id":"1","email":"a@b.c","join_date":"2025-01-01"}]})",
        "users/0/joinDate", "\"2025-01-01\"");
    // Roles: both permission spellings.
    row("role camel permissions", "getUserRoles",
        R"([{"_id":"r","serverPermissions":{"allow_dm":true}}])", "0/serverPermissions/allow_dm",
        "true");
    row("role snake permissions", "createRole",
        R"({"_id":"r","server_permissions":{"allow_dm":true}})", "serverPermissions/allow_dm",
        "true");
    row("role order as string", "updateRole", R"({"_id":"r","order":"2","billable":"true"})",
        "billable", "true");
    row("role class", "createRole", R"({"_id":"r","class":"red"})", "colorClass", "\"red\"");
    // Channels: title vs topic.
    row("channel topic", "getChannels", R"([{"_id":"c","topic":"General"}])", "0/topic",
        "\"General\"");
    row("channel title", "createChannel", R"({"_id":"c","title":"Chit Chat"})", "topic",
        "\"Chit Chat\"");
    row("channels wrapped in object", "getIntegrationChannels",
        R"({"channels":[{"_id":"c","channelType":"forum"}]})", "0/channelType", "\"forum\"");
    // Gamification: GET shape and POST shape.
    row("history GET shape", "getGamificationHistory",
        R"({"user_id":"1","range":{"start_date":"2025-07-14","end_date":"2025-08-12"},)"
        R"("totals":{"coins":12,"xp":"18"},"daily_stats":[{"date":"2025-08-12","xp":3}]})",
        "totals/xp", "18");
    row("history POST shape", "getGamificationHistory",
        R"({"date":"22/12/2025","pagination":{"page":1,"limit":50,"total":"2","total_pages":1},)"
        R"("results":[{"identifier":"a@b.c","user_id":"9","xp":4,"coins":1}]})",
        "daily_stats/0/identifier", "\"a@b.c\"");
    row("history POST total", "getGamificationHistory",
        R"({"pagination":{"total":"2"},"results":[]})", "pagination/total", "2");
    row("stats reaction", "getGamificationStats",
        R"({"totals":{"messages":0,"replies":1,"reaction":"5","socials":0}})", "totals/reactions",
        "5");
    // Messages: nested user and channel.
    row("messages nested", "getMessages",
        R"({"total":"1","messages":[{"id":"m","user":{"user_id":"7"},"channel":{"name":"R"}}]})",
        "messages/0/user/user_id", "\"7\"");
    // Application users and fields.
    row("application user", "getUser", R"({"_id":"6110","id":123,"isOnline":"true"})", "isOnline",
        "true");
    row("application user numeric id", "getUser", R"({"_id":"6110","id":123})", "numericId",
        "\"123\"");
    row("community users page", "getCommunityUsers",
        R"({"users":[{"_id":"u"}],"total":"30","page":2,"limit":10,"totalPages":3})", "totalPages",
        "3");
    row("user field", "createUserField", R"({"_id":"f","field":"tier","type":"numerical"})", "type",
        "\"numerical\"");
    row("field histories object", "getFieldHistories",
        R"({"histories":[{"_id":"h","value":5,"fieldId":"f"}],"total":1})", "histories/0/value",
        "5");
    row("api keys", "getUserApiKeys",
        R"([{"_id":"k","permissions":["sendMessages"],"isActive":"false"}])", "0/isActive",
        "false");
    row("secure auth", "secureAuth", R"({"error":false,"loginUrl":"https://x","sessionId":"s"})",
        "sessionId", "\"s\"");
    row("import job", "bulkImport", R"({"jobId":"j1","status":"queued","total":"10"})", "state",
        "\"queued\"");
    row("upload image", "uploadImage", R"([{"id":"i","size":"2048"}])", "0/size", "2048");
    row("empty list as null", "getBadges", "null", "", "[]");
    row("login", "login", R"({"token":"t","user":{"_id":"a"}})", "token", "\"t\"");
}

void tst_ResponseDecoder::decode()
{
    QFETCH(QString, operation);
    QFETCH(QByteArray, payload);
    QFETCH(QString, path);
    QFETCH(QByteArray, expected);
    ApiResponse r;
    r.httpStatus = 200;
    r.data = QJsonDocument::fromJson("[" + payload + "]").array().at(0);
    QJsonValue out;
    QString why;
    QVERIFY2(ResponseDecoder::normalized(operation, r, &out, &why), qPrintable(why));
    const QJsonValue want = QJsonDocument::fromJson("[" + expected + "]").array().at(0);
    QCOMPARE(at(out, path), want);
}

void tst_ResponseDecoder::wrongShape_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("object expected, string")
        << QStringLiteral("getUserData") << QByteArray("\"x\"");
    QTest::newRow("object expected, null") << QStringLiteral("createUser") << QByteArray("null");
    QTest::newRow("list expected, number") << QStringLiteral("getBadges") << QByteArray("5");
    QTest::newRow("list of non-objects") << QStringLiteral("getUserRoles") << QByteArray("[1,2]");
    QTest::newRow("page expected, bool")
        << QStringLiteral("getUsersWithFilters") << QByteArray("true");
}

void tst_ResponseDecoder::wrongShape()
{
    QFETCH(QString, operation);
    QFETCH(QByteArray, payload);
    ApiResponse r;
    r.data = QJsonDocument::fromJson("[" + payload + "]").array().at(0);
    QJsonValue out;
    QString why;
    QVERIFY(!ResponseDecoder::normalized(operation, r, &out, &why));
    QVERIFY(why.startsWith(QStringLiteral("expected")));
}

void tst_ResponseDecoder::everyOperationHasADecoder()
{
    const QStringList decoded = ResponseDecoder::operations();
    for (const Route &route : RouteTable::builtIn().routes())
        QVERIFY2(decoded.contains(route.operationId), qPrintable(route.operationId));
}

QTEST_GUILESS_MAIN(tst_ResponseDecoder)
#include "tst_responsedecoder.moc"
