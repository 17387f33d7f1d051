// The demo community: the same seed gives the same ids, names and keys; a
// file database keeps its data across a restart and is not seeded again;
// seeding on a worker thread reports back by signal.

#include "datafixture.h"
#include "demoactivity.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ra;
using namespace ra::sandbox;
using namespace ra::sandbox::test;

class tst_Seeder : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameCommunity();
    void namesUseManyScripts();
    void derivedHistoryIsStable();
    void restartKeepsFileData();
    void asyncSeeding();
    void asyncSeedingOfAFile();

private:
    static QJsonArray firstUsers(DataFixture &f);
};

QJsonArray tst_Seeder::firstUsers(DataFixture &f)
{
    return f
        .call(QStringLiteral("getUsersWithFilters"),
              QJsonObject{{QStringLiteral("fields"),
                           QJsonArray{QStringLiteral("email"), QStringLiteral("username"),
                                      QStringLiteral("first_name"), QStringLiteral("last_name"),
                                      QStringLiteral("xp"), QStringLiteral("customerid")}}})
        .data.toObject()
        .value(QStringLiteral("users"))
        .toArray();
}

void tst_Seeder::sameSeedSameCommunity()
{
    DataFixture a(300, 7);
    DataFixture b(300, 7);
    DataFixture c(300, 8);
    QVERIFY(a.opened && b.opened && c.opened);
    QCOMPARE(a.backend->demo().communityId, b.backend->demo().communityId);
    QCOMPARE(a.backend->demo().systemKey, b.backend->demo().systemKey);
    QCOMPARE(a.backend->demo().integrationKey, b.backend->demo().integrationKey);
    QCOMPARE(a.ids.value(QStringLiteral("role")), b.ids.value(QStringLiteral("role")));
    QCOMPARE(a.ids.value(QStringLiteral("badge")), b.ids.value(QStringLiteral("badge")));
    QCOMPARE(a.ids.value(QStringLiteral("message")), b.ids.value(QStringLiteral("message")));
    const QJsonArray ua = firstUsers(a);
    QCOMPARE(ua.size(), 200);
    QCOMPARE(ua, firstUsers(b));
    QVERIFY(ua != firstUsers(c));
    QVERIFY(a.backend->demo().communityId != c.backend->demo().communityId);
    QVERIFY(a.backend->demo().systemKey != c.backend->demo().systemKey);
}

void tst_Seeder::namesUseManyScripts()
{
    DataFixture f(300);
    QVERIFY(f.opened);
    QString all;
    for (const QJsonValue &u : firstUsers(f))
        all += u.toObject().value(QStringLiteral("first_name")).toString() +
               u.toObject().value(QStringLiteral("last_name")).toString();
    bool latinAccent = false, cyrillic = false, han = false, kana = false;
    for (const QChar ch : std::as_const(all)) {
        const ushort c = ch.unicode();
        latinAccent |= (c >= 0xC0 && c <= 0x17F);
        cyrillic |= (c >= 0x400 && c <= 0x4FF);
        han |= (c >= 0x4E00 && c <= 0x9FFF);
        kana |= (c >= 0x3040 && c <= 0x30FF);
    }
    QVERIFY(latinAccent);
    QVERIFY(cyrillic);
    QVERIFY(han);
    QVERIFY(kana);
}

void tst_Seeder::derivedHistoryIsStable()
{
    DataFixture a(50, 3);
    DataFixture b(50, 3);
    QVERIFY(a.opened && b.opened);
    const QString query = QStringLiteral("identifier=5&identifier_type=id&days=180");
    const Response ha = a.call(QStringLiteral("getGamificationHistory"), {}, {}, query);
    const Response hb = b.call(QStringLiteral("getGamificationHistory"), {}, {}, query);
    QCOMPARE(ha.status, 200);
    QCOMPARE(ha.data, hb.data);
    QCOMPARE(ha.data.toObject().value(QStringLiteral("daily_stats")).toArray().size(), 180);
    const QHash<QString, QString> path{
        {QStringLiteral("communityId"), a.ids.value(QStringLiteral("community"))}};
    const Response listed =
        a.call(QStringLiteral("getFieldHistories"), {}, path, QStringLiteral("limit=1000"));
    QVERIFY2(listed.status == 200, qPrintable(listed.message));
    const QJsonObject histories = listed.data.toObject();
    // The seed records each change of the 4 seeded fields of the 50 members (a value equal to
    // the one before is no change and records nothing).
    int changes = 0;
    for (qint64 user = 1; user <= 50; ++user) {
        for (int index = 0; index < DemoActivity::seededFieldCount; ++index) {
            QString previous;
            for (int k = 0; k < DemoActivity::historyPerField; ++k) {
                const QString value = DemoActivity::fieldValue(3, user, index, k);
                changes += value != previous ? 1 : 0;
                previous = value;
            }
        }
    }
    QCOMPARE(histories.value(QStringLiteral("total")).toInt(), changes);
    QCOMPARE(histories,
             b.call(QStringLiteral("getFieldHistories"), {}, path, QStringLiteral("limit=1000"))
                 .data.toObject());
    // An added entry is the newest and becomes the value.
    QCOMPARE(a.call(QStringLiteral("createFieldHistory"),
                    QJsonObject{{QStringLiteral("fieldId"), a.ids.value(QStringLiteral("field"))},
                                {QStringLiteral("value"), QStringLiteral("Diamond")}},
                    {{QStringLiteral("communityId"), a.ids.value(QStringLiteral("community"))},
                     {QStringLiteral("userId"), QStringLiteral("5")}})
                 .status,
             201);
    const QJsonArray newest =
        a.call(QStringLiteral("getFieldHistories"), {}, path, QStringLiteral("limit=1&order=desc"))
            .data.toObject()
            .value(QStringLiteral("histories"))
            .toArray();
    QCOMPARE(newest.first().toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("Diamond"));
    const QJsonObject user5 =
        a.call(QStringLiteral("getUserData"),
               QJsonObject{{QStringLiteral("idOrEmail"), QStringLiteral("5")}})
            .data.toObject();
    QCOMPARE(user5.value(QStringLiteral("customFields"))
                 .toObject()
                 .value(QStringLiteral("tier"))
                 .toString(),
             QStringLiteral("Diamond"));
}

void tst_Seeder::restartKeepsFileData()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sandbox.db"));
    QString community;
    QString key;
    {
        DataFixture f(40, 11, path);
        QVERIFY2(f.opened, qPrintable(f.openError));
        community = f.backend->demo().communityId;
        key = f.backend->demo().integrationKey;
        QCOMPARE(f.call(QStringLiteral("createChannel"),
                        QJsonObject{{QStringLiteral("topic"), QStringLiteral("Persisted Ø")},
                                    {QStringLiteral("channelType"), QStringLiteral("open")}},
                        {}, {}, KeyKind::System)
                     .status,
                 201);
        f.backend->close();
    }
    DataBackend again;
    QString error;
    QVERIFY2(again.open(path, &error), qPrintable(error));
    QVERIFY(again.hasCommunity());
    // Seeding with another seed and size must keep what is there.
    QVERIFY(again.seed(999, 5, &error));
    QCOMPARE(again.demo().communityId, community);
    QCOMPARE(again.demo().integrationKey, key);
    QVERIFY(again.lookupKey(key).has_value());
    Request r;
    r.route = RouteTable::builtIn().find(QStringLiteral("getChannels"));
    r.key = again.lookupKey(again.demo().systemKey);
    const QJsonArray channels = again.handle(r).data.toArray();
    bool found = false;
    for (const QJsonValue &c : channels)
        found |=
            c.toObject().value(QStringLiteral("topic")).toString() == QStringLiteral("Persisted Ø");
    QVERIFY(found);
    Request u;
    u.route = RouteTable::builtIn().find(QStringLiteral("getUserData"));
    u.key = again.lookupKey(key);
    u.json = QJsonObject{{QStringLiteral("idOrEmail"), QStringLiteral("40")}};
    QCOMPARE(again.handle(u).status, 200);
    u.json = QJsonObject{{QStringLiteral("idOrEmail"), QStringLiteral("41")}};
    QCOMPARE(again.handle(u).status, 404);
}

void tst_Seeder::asyncSeeding()
{
    DataBackend backend;
    QString error;
    QVERIFY(backend.open({}, &error));
    QSignalSpy done(&backend, &DataBackend::seeded);
    QSignalSpy failed(&backend, &DataBackend::seedFailed);
    backend.seedAsync(5, 2000);
    QVERIFY(backend.isSeeding());
    Request r;
    r.route = RouteTable::builtIn().find(QStringLiteral("getMyServers"));
    QCOMPARE(backend.handle(r).status, 503);
    QVERIFY(done.wait(20000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(!backend.isSeeding());
    QVERIFY(backend.hasCommunity());
    QVERIFY(backend.lookupKey(backend.demo().systemKey).has_value());
    QCOMPARE(backend.handle(r).status, 200);
    QCOMPARE(backend.handle(r).data.toArray().size(), 3);
    // A second request to seed keeps the community and reports at once.
    const QString community = backend.demo().communityId;
    backend.seedAsync(6, 10);
    QVERIFY(done.wait(5000));
    QCOMPARE(backend.demo().communityId, community);
}

void tst_Seeder::asyncSeedingOfAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("async.db"));
    QString community;
    {
        DataBackend backend;
        QString error;
        QVERIFY2(backend.open(path, &error), qPrintable(error));
        QSignalSpy done(&backend, &DataBackend::seeded);
        backend.seedAsync(77, 3000);
        QVERIFY(done.wait(30000));
        community = backend.demo().communityId;
        QVERIFY(!community.isEmpty());
        QVERIFY(backend.lookupKey(backend.demo().integrationKey).has_value());
    }
    DataBackend reopened;
    QString error;
    QVERIFY2(reopened.open(path, &error), qPrintable(error));
    QSignalSpy done(&reopened, &DataBackend::seeded);
    reopened.seedAsync(78, 10);
    QVERIFY(done.wait(5000));
    QCOMPARE(reopened.demo().communityId, community);
    Request r;
    r.route = RouteTable::builtIn().find(QStringLiteral("getUserData"));
    r.key = reopened.lookupKey(reopened.demo().integrationKey);
    r.json = QJsonObject{{QStringLiteral("idOrEmail"), QStringLiteral("3000")}};
    QCOMPARE(reopened.handle(r).status, 200);
}

QTEST_GUILESS_MAIN(tst_Seeder)
#include "tst_seeder.moc"
