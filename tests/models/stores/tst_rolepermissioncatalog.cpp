#include "stores/rolepermissioncatalog.h"

#include <QJsonDocument>
#include <QTest>

using namespace ra;

class tst_RolePermissionCatalog : public QObject
{
    Q_OBJECT

private slots:
    void readsBothSpellings_data();
    void readsBothSpellings();
    void requestBodyUsesDocumentedSpelling();
    void setValueReplacesAlternateKey();
    void summary();
};

namespace {
Role decode(const char *json)
{
    return Role::fromJson(QJsonDocument::fromJson(QByteArray(json)).object());
}
} // namespace

void tst_RolePermissionCatalog::readsBothSpellings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("expected");
    QTest::newRow("response camelCase object")
        << QByteArray(R"({"serverPermissions":{"ban_members":true}})")
        << QStringLiteral("ban_members") << true;
    QTest::newRow("request snake_case object")
        << QByteArray(R"({"server_permissions":{"ban_members":true}})")
        << QStringLiteral("ban_members") << true;
    QTest::newRow("response key overwrite_language_settings")
        << QByteArray(R"({"serverPermissions":{"overwrite_language_settings":true}})")
        << QStringLiteral("overwrite_language") << true;
    QTest::newRow("request key overwrite_language")
        << QByteArray(R"({"server_permissions":{"overwrite_language":true}})")
        << QStringLiteral("overwrite_language") << true;
    QTest::newRow("string boolean") << QByteArray(R"({"channelPermissions":{"pinable":"true"}})")
                                    << QStringLiteral("pinable") << true;
    QTest::newRow("false") << QByteArray(R"({"channelPermissions":{"pinable":false}})")
                           << QStringLiteral("pinable") << false;
    QTest::newRow("missing") << QByteArray(R"({})") << QStringLiteral("share_Attachments") << false;
}

void tst_RolePermissionCatalog::readsBothSpellings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    QFETCH(bool, expected);
    const Role role = decode(json.constData());
    bool found = false;
    for (const auto &p : RolePermissionCatalog::all()) {
        if (p.key == key) {
            found = true;
            QCOMPARE(RolePermissionCatalog::value(role, p), expected);
        }
    }
    QVERIFY(found);
}

void tst_RolePermissionCatalog::requestBodyUsesDocumentedSpelling()
{
    const Role role = decode(R"({"_id":"r1","title":"Mods","class":"red","order":3,
        "billable":true,"description":"d",
        "serverPermissions":{"overwrite_language_settings":true,"kick_members":true},
        "channelPermissions":{"share_Attachments":true}})");
    const QJsonObject body = RolePermissionCatalog::requestBody(role);
    QCOMPARE(body.value(u"title").toString(), QStringLiteral("Mods"));
    QCOMPARE(body.value(u"class").toString(), QStringLiteral("red"));
    QCOMPARE(body.value(u"order").toInt(), 3);
    QCOMPARE(body.value(u"billable").toBool(), true);
    QVERIFY(!body.contains(u"serverPermissions"));
    const QJsonObject server = body.value(u"server_permissions").toObject();
    const QJsonObject channel = body.value(u"channel_permissions").toObject();
    QCOMPARE(server.value(u"overwrite_language").toBool(), true);
    QVERIFY(!server.contains(u"overwrite_language_settings"));
    QCOMPARE(server.value(u"kick_members").toBool(), true);
    QCOMPARE(server.value(u"ban_members").toBool(), false);
    QCOMPARE(channel.value(u"share_Attachments").toBool(), true);
    // Every documented permission is sent, in both objects.
    for (const char *k : {"server_administrator", "allow_dm", "create_invite", "warn_members",
                          "suspend_members", "ban_members", "broadcast_messages"})
        QVERIFY2(server.contains(QLatin1String(k)), k);
    for (const char *k : {"post_messages", "attach_files", "allow_mentions", "manage_messages",
                          "pinable", "share_links", "share_Attachments"})
        QVERIFY2(channel.contains(QLatin1String(k)), k);
    QCOMPARE(server.size() + channel.size(), RolePermissionCatalog::all().size());
}

void tst_RolePermissionCatalog::setValueReplacesAlternateKey()
{
    Role role = decode(R"({"serverPermissions":{"overwrite_language_settings":true}})");
    const auto server = RolePermissionCatalog::ofScope(RolePermissionCatalog::Scope::Server);
    const auto it = std::find_if(server.begin(), server.end(), [](const auto &p) {
        return p.key == QLatin1String("overwrite_language");
    });
    QVERIFY(it != server.end());
    RolePermissionCatalog::setValue(&role, *it, false);
    QCOMPARE(RolePermissionCatalog::value(role, *it), false);
    QVERIFY(!role.serverPermissions.contains(u"overwrite_language_settings"));
}

void tst_RolePermissionCatalog::summary()
{
    QCOMPARE(RolePermissionCatalog::summary(decode(R"({})")), QStringLiteral("No permissions"));
    QCOMPARE(RolePermissionCatalog::summary(
                 decode(R"({"serverPermissions":{"server_administrator":true}})")),
             QStringLiteral("Administrator"));
    QCOMPARE(
        RolePermissionCatalog::summary(decode(
            R"({"serverPermissions":{"allow_dm":true},"channelPermissions":{"pinable":true,"share_links":true}})")),
        QStringLiteral("1 server, 2 channel"));
}

QTEST_GUILESS_MAIN(tst_RolePermissionCatalog)
#include "tst_rolepermissioncatalog.moc"
