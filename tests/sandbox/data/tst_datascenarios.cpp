// Scenarios across several operations of DataBackend: the documented quirks
// of the response shapes, user search paging, the account life cycle, badge
// awards, user API keys and the demo keys.

#include "../../sandboxmail.h"
#include "datafixture.h"

#include <QSet>
#include <QtTest>

using namespace ra;
using namespace ra::sandbox;
using namespace ra::sandbox::test;

class tst_DataScenarios : public QObject
{
    Q_OBJECT

private slots:
    void quirksOfTheDocumentedShapes();
    void userSearchPagination();
    void accountLifecycle();
    void badgeAwardAndRemove();
    void userApiKeyAuthenticates();
    void demoKeys();
};

void tst_DataScenarios::quirksOfTheDocumentedShapes()
{
    DataFixture f;
    QVERIFY(f.opened);
    const QJsonObject badge =
        f.call(QStringLiteral("createBadge"),
               QJsonObject{{QStringLiteral("title"), QStringLiteral("B")},
                           {QStringLiteral("action"), QStringLiteral("custom")},
                           {QStringLiteral("quantity"), 100},
                           {QStringLiteral("attachRequired"), true}},
               {}, {}, KeyKind::System)
            .data.toObject();
    QCOMPARE(badge.value(QStringLiteral("quantity")), QJsonValue(QStringLiteral("100")));
    QCOMPARE(badge.value(QStringLiteral("attachRequired")), QJsonValue(QStringLiteral("true")));
    QCOMPARE(badge.value(QStringLiteral("awarded")), QJsonValue(QStringLiteral("false")));
    const QJsonObject role =
        f.call(QStringLiteral("createRole"),
               QJsonDocument::fromJson(R"({"class":"red","title":"Snake","order":1,"billable":true,
                   "server_permissions":{"ban_members":true},"channel_permissions":{"pinable":true}})")
                   .object(),
               {}, {}, KeyKind::System)
            .data.toObject();
    QVERIFY(role.value(QStringLiteral("serverPermissions"))
                .toObject()
                .value(QStringLiteral("ban_members"))
                .toBool());
    QVERIFY(role.value(QStringLiteral("channelPermissions"))
                .toObject()
                .value(QStringLiteral("pinable"))
                .toBool());
    QVERIFY(!role.contains(QStringLiteral("server_permissions")));
    QVERIFY(RequestReader::isObjectId(role.value(QStringLiteral("_id")).toString()));
    const QJsonObject user = f.call(QStringLiteral("getUserData"),
                                    QJsonObject{{QStringLiteral("idOrEmail"), QStringLiteral("7")}})
                                 .data.toObject();
    QCOMPARE(user.value(QStringLiteral("userId")), QJsonValue(QStringLiteral("7")));
    QVERIFY(RequestReader::isObjectId(user.value(QStringLiteral("_id")).toString()));
    QVERIFY(user.value(QStringLiteral("roles")).toArray().contains(QStringLiteral("@all")));
    QVERIFY(user.value(QStringLiteral("customFields")).toObject().contains(QStringLiteral("tier")));
    const Response imp = f.upload(
        QStringLiteral("bulkImport"),
        {DataFixture::part("data", "First Name\n"),
         DataFixture::part("communityId", f.ids.value(QStringLiteral("community")).toUtf8())},
        KeyKind::None);
    QCOMPARE(imp.message, QStringLiteral("Bulk import user process is queued"));
    QCOMPARE(
        imp.data.toObject().value(QStringLiteral("message")).toString(),
        QStringLiteral(
            "Bulk import user process is queued. You can check in Api Log ( community settings )"));
    const Response tpl = f.call(QStringLiteral("getBulkImportTemplate"), {}, {}, {}, KeyKind::None);
    QVERIFY(tpl.raw);
    QCOMPARE(tpl.rawBody,
             QByteArrayLiteral(
                 "First Name,Last Name,Username,Email,Phone,Country,Language,Role,Tag\r\n"));
}

void tst_DataScenarios::userSearchPagination()
{
    DataFixture f(450);
    QVERIFY(f.opened);
    QSet<QString> seen;
    QString cursor;
    int pages = 0;
    do {
        QJsonObject body{{QStringLiteral("fields"), QJsonArray{QStringLiteral("email")}}};
        if (!cursor.isEmpty())
            body.insert(QStringLiteral("cursor"), cursor);
        const QJsonObject data =
            f.call(QStringLiteral("getUsersWithFilters"), body).data.toObject();
        const QJsonArray users = data.value(QStringLiteral("users")).toArray();
        QVERIFY(users.size() <= 200);
        for (const QJsonValue &u : users)
            seen.insert(u.toObject().value(QStringLiteral("user_id")).toString());
        cursor = data.value(QStringLiteral("next_cursor")).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 450);
    const QJsonObject page3 =
        f.call(QStringLiteral("getUsersWithFilters"), QJsonObject{{QStringLiteral("page"), 3}})
            .data.toObject();
    QCOMPARE(page3.value(QStringLiteral("total_pages")).toInt(), 3);
    QCOMPARE(page3.value(QStringLiteral("current_page")).toInt(), 3);
    QCOMPARE(page3.value(QStringLiteral("users")).toArray().size(), 50);
    QVERIFY(!page3.contains(QStringLiteral("next_cursor")));
    const QJsonObject filtered =
        f.call(QStringLiteral("getUsersWithFilters"),
               QJsonDocument::fromJson(R"({"filter":{"xp":{"gte":25000}},"page":1})").object())
            .data.toObject();
    for (const QJsonValue &u : filtered.value(QStringLiteral("users")).toArray())
        QVERIFY(u.toObject().value(QStringLiteral("xp")).toInt() >= 25000);
}

void tst_DataScenarios::accountLifecycle()
{
    SandboxMail mail;
    DataFixture f(5);
    QVERIFY(f.opened);
    f.backend->setSessionLifetime(1);
    const QJsonObject reg =
        f.call(QStringLiteral("register"),
               QJsonObject{{QStringLiteral("email"), QStringLiteral("jö@example.com")},
                           {QStringLiteral("password"), QStringLiteral("hunter2hunter2")}},
               {}, {}, KeyKind::System)
            .data.toObject();
    const QJsonObject login{{QStringLiteral("email"), QStringLiteral("jö@example.com")},
                            {QStringLiteral("password"), QStringLiteral("hunter2hunter2")}};
    // No mail: the code is on the sandbox's log, never in the reply.
    QVERIFY(!reg.contains(QStringLiteral("verificationCode")));
    const QString code = mail.codeFor(QStringLiteral("jö@example.com"));
    QCOMPARE(code.size(), 6);
    QCOMPARE(f.call(QStringLiteral("login"), login, {}, {}, KeyKind::System).status, 403);
    QCOMPARE(f.call(QStringLiteral("verifyEmail"),
                    QJsonObject{{QStringLiteral("email"), QStringLiteral("jö@example.com")},
                                {QStringLiteral("code"), QStringLiteral("wrong")}},
                    {}, {}, KeyKind::System)
                 .status,
             400);
    QCOMPARE(f.call(QStringLiteral("verifyEmail"),
                    QJsonObject{{QStringLiteral("email"), QStringLiteral("jö@example.com")},
                                {QStringLiteral("code"), code}},
                    {}, {}, KeyKind::System)
                 .status,
             200);
    const Response ok = f.call(QStringLiteral("login"), login, {}, {}, KeyKind::System);
    QCOMPARE(ok.status, 200);
    const QString token = ok.data.toObject().value(QStringLiteral("token")).toString();
    QVERIFY(!token.isEmpty());
    // The session lasts the configured lifetime, says so, and is refused after it.
    const QDateTime expires = QDateTime::fromString(
        ok.data.toObject().value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs);
    QVERIFY(expires.isValid());
    QVERIFY(expires <= QDateTime::currentDateTimeUtc().addSecs(1));
    QCOMPARE(ok.data.toObject().value(QStringLiteral("expiresIn")).toInt(), 1);
    const auto session = f.backend->lookupSession(token);
    QVERIFY(session.has_value());
    QCOMPARE(session->communityId, f.backend->demo().communityId);
    QVERIFY(!f.backend->lookupKey(token).has_value()); // a session is not an API key
    QTRY_VERIFY_WITH_TIMEOUT(!f.backend->lookupSession(token).has_value(), 5000);
}

void tst_DataScenarios::badgeAwardAndRemove()
{
    DataFixture f(5);
    QVERIFY(f.opened);
    const QHash<QString, QString> path{
        {QStringLiteral("id"), f.ids.value(QStringLiteral("badge"))}};
    const QJsonObject who{{QStringLiteral("userId"), QStringLiteral("3")}};
    const auto xp = [&] {
        return f
            .call(QStringLiteral("getUserData"),
                  QJsonObject{{QStringLiteral("idOrEmail"), QStringLiteral("3")}})
            .data.toObject()
            .value(QStringLiteral("xp"))
            .toInt();
    };
    const int before = xp();
    const Response award = f.call(QStringLiteral("awardBadge"), who, path, {}, KeyKind::System);
    QCOMPARE(award.status, 200);
    QCOMPARE(award.message, QStringLiteral("Badge has been rewarded successfully"));
    QCOMPARE(xp(), before + 100); // "Major" awards 100 XP
    QCOMPARE(f.call(QStringLiteral("awardBadge"), who, path, {}, KeyKind::System).status, 409);
    const Response removed = f.call(QStringLiteral("removeBadge"), who, path, {}, KeyKind::System);
    QCOMPARE(removed.status, 200);
    QCOMPARE(removed.data.toArray().size(), 0);
    QCOMPARE(f.call(QStringLiteral("removeBadge"), who, path, {}, KeyKind::System).status, 404);
}

void tst_DataScenarios::userApiKeyAuthenticates()
{
    DataFixture f(5);
    QVERIFY(f.opened);
    const Response created = f.call(
        QStringLiteral("createUserApiKey"),
        QJsonObject{{QStringLiteral("name"), QStringLiteral("bot")},
                    {QStringLiteral("permissions"), QJsonArray{QStringLiteral("sendMessages")}}},
        {}, QStringLiteral("userId=") + f.ids.value(QStringLiteral("user")));
    QCOMPARE(created.status, 201);
    const QString secret = created.data.toObject().value(QStringLiteral("apiKey")).toString();
    const auto info = f.backend->lookupKey(secret);
    QVERIFY(info.has_value());
    QCOMPARE(info->userId, f.ids.value(QStringLiteral("user")));
    QCOMPARE(info->permissions, QStringList{QStringLiteral("sendMessages")});
    Request own = f.request(QStringLiteral("getUser"), KeyKind::None);
    own.key = info;
    own.pathParams.insert(QStringLiteral("userId"), f.ids.value(QStringLiteral("user")));
    QCOMPARE(f.backend->handle(own).status, 200);
    own.pathParams.insert(QStringLiteral("userId"), QStringLiteral("1"));
    QCOMPARE(f.backend->handle(own).status, 403);
    const QString id = created.data.toObject().value(QStringLiteral("_id")).toString();
    QCOMPARE(f.call(QStringLiteral("updateUserApiKey"),
                    QJsonObject{{QStringLiteral("isActive"), false}},
                    {{QStringLiteral("userId"), f.ids.value(QStringLiteral("user"))},
                     {QStringLiteral("apiKeyId"), id}})
                 .status,
             200);
    QVERIFY(!f.backend->lookupKey(secret).has_value());
}

void tst_DataScenarios::demoKeys()
{
    DataFixture f(5);
    QVERIFY(f.opened);
    const DemoInfo d = f.backend->demo();
    const auto system = f.backend->lookupKey(d.systemKey);
    QVERIFY(system && system->system);
    const auto all = f.backend->lookupKey(d.integrationKey);
    QVERIFY(all && !all->system);
    for (const char *p : {"createUser", "getUserData", "getUserStats", "deleteRestoreUser",
                          "userFields", "getMessages", "sendMessages", "applicationMember"})
        QVERIFY2(all->permissions.contains(QLatin1String(p)), p);
    const auto none = f.backend->lookupKey(d.noPermissionKey);
    QVERIFY(none && none->permissions.isEmpty());
    QVERIFY(!f.backend->lookupKey(QStringLiteral("not-a-key")).has_value());
    QVERIFY(f.backend->communityExists(d.communityId));
    QVERIFY(!f.backend->communityExists(QStringLiteral("0123456789abcdef01234567")));
    QCOMPARE(d.systemKey.size(), 64);
}

QTEST_GUILESS_MAIN(tst_DataScenarios)
#include "tst_datascenarios.moc"
