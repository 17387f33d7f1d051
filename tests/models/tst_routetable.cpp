#include "api/routetable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace ra;

class TestRouteTable : public QObject
{
    Q_OBJECT

private slots:
    void builtInHasEveryDocumentedEndpoint()
    {
        const RouteTable &table = RouteTable::builtIn();
        // The 56 endpoints of the public API docs plus the project-defined API log and
        // template routes.
        QCOMPARE(table.routes().size(), 60);
        int documented = 0;
        int inferred = 0;
        for (const Route &r : table.routes()) {
            documented += r.status == DocStatus::Documented;
            inferred += r.status == DocStatus::Inferred;
        }
        QCOMPARE(documented, 25);
        QCOMPARE(inferred, 13);
        QVERIFY(table.find(QStringLiteral("getUserData")));
        QCOMPARE(table.find(QStringLiteral("getUserData"))->path,
                 QStringLiteral("/apis/v1/users/info"));
        QVERIFY(!table.find(QStringLiteral("noSuchOperation")));
    }

    void noTwoRoutesCollide()
    {
        QSet<QString> seen;
        for (const Route &r : RouteTable::builtIn().routes()) {
            const QString key = toString(r.family) + u' ' + r.method + u' ' + r.path;
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
        }
    }

    void match_data()
    {
        QTest::addColumn<int>("family");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("value");
        QTest::newRow("literal") << int(ApiFamily::Integration) << "POST"
                                 << "/apis/v1/users/info"
                                 << "getUserData"
                                 << ""
                                 << "";
        QTest::newRow("templated") << int(ApiFamily::System) << "PUT"
                                   << "/roles/abc"
                                   << "updateRole"
                                   << "id"
                                   << "abc";
        QTest::newRow("user roles") << int(ApiFamily::System) << "GET"
                                    << "/roles/u%201"
                                    << "getUserRoles"
                                    << "userId"
                                    << "u 1";
        QTest::newRow("trailing slash") << int(ApiFamily::System) << "GET"
                                        << "/badges/"
                                        << "getBadges"
                                        << ""
                                        << "";
        QTest::newRow("wrong family") << int(ApiFamily::Application) << "POST"
                                      << "/apis/v1/users/info"
                                      << ""
                                      << ""
                                      << "";
        QTest::newRow("wrong method") << int(ApiFamily::System) << "PATCH"
                                      << "/roles/abc"
                                      << ""
                                      << ""
                                      << "";
    }

    void match()
    {
        QFETCH(int, family);
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, operation);
        QFETCH(QString, param);
        QFETCH(QString, value);
        QHash<QString, QString> params;
        const Route *r = RouteTable::builtIn().match(ApiFamily(family), method, path, &params);
        if (operation.isEmpty()) {
            QVERIFY(!r);
            return;
        }
        QVERIFY(r);
        QCOMPARE(r->operationId, operation);
        if (!param.isEmpty())
            QCOMPARE(params.value(param), value);
    }

    void expandEncodes()
    {
        const Route *r = RouteTable::builtIn().find(QStringLiteral("updateUserApiKey"));
        QVERIFY(r);
        QCOMPARE(r->expandPath({{QStringLiteral("userId"), QStringLiteral("a/b")},
                                {QStringLiteral("apiKeyId"), QStringLiteral("k")}}),
                 QStringLiteral("/apis/v1/users/a%2Fb/api-keys/k"));
    }

    // The assignment routes say in their note what they accept and answer where the
    // docs are silent (part of the route table a newcomer reads).
    void assignmentRoutesCarryANote()
    {
        QFile file(QStringLiteral(":/api/routes.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray routes =
            QJsonDocument::fromJson(file.readAll()).object().value(u"routes").toArray();
        QSet<QString> noted;
        for (const QJsonValue &v : routes) {
            const QJsonObject route = v.toObject();
            if (route.value(u"note").toString().contains(u"userId"))
                noted.insert(route.value(u"operationId").toString());
        }
        for (const char *op :
             {"awardBadge", "removeBadge", "addRoleToUser", "removeRoleFromUser", "getUserRoles"})
            QVERIFY2(noted.contains(QString::fromLatin1(op)), op);
    }

    // Only what a repeat cannot change is retried: holding a badge or a role is
    // yes or no, but a live server that awards again may grant the badge's XP twice.
    void assignmentRetrySafety_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<bool>("idempotent");
        QTest::newRow("award") << QStringLiteral("awardBadge") << false;
        QTest::newRow("remove badge") << QStringLiteral("removeBadge") << true;
        QTest::newRow("add role") << QStringLiteral("addRoleToUser") << true;
        QTest::newRow("remove role") << QStringLiteral("removeRoleFromUser") << true;
        QTest::newRow("user roles") << QStringLiteral("getUserRoles") << true;
    }

    void assignmentRetrySafety()
    {
        QFETCH(QString, operation);
        QFETCH(bool, idempotent);
        const Route *r = RouteTable::builtIn().find(operation);
        QVERIFY(r);
        QCOMPARE(r->idempotent, idempotent);
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{") << "offset";
        QTest::newRow("no routes") << QByteArray("{}") << "routes";
        QTest::newRow("bad family")
            << QByteArray(R"({"routes":[{"operationId":"x","family":"nope","method":"GET",)"
                          R"("path":"/x","auth":"none","envelope":"none","status":"documented"}]})")
            << "family";
        QTest::newRow("bad path")
            << QByteArray(R"({"routes":[{"operationId":"x","family":"system","method":"GET",)"
                          R"("path":"x","auth":"none","envelope":"none","status":"documented"}]})")
            << "path";
    }

    void rejectsMalformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        RouteTable table;
        QString error;
        QVERIFY(!table.load(json, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRouteTable)
#include "tst_routetable.moc"
