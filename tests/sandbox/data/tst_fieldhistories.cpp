// Custom-field histories in the sandbox: every route that sets a value records the change with
// the value before it and what made it, an unchanged value records nothing, the lists narrow by
// time range and order, bad parameters are refused naming them, and the seeder records exactly
// as many entries as asked.

#include "datafixture.h"

#include <QtTest>

using namespace ra;
using namespace ra::sandbox;
using namespace ra::sandbox::test;

class tst_FieldHistories : public QObject
{
    Q_OBJECT

private slots:
    void createUserRecordsItsValues();
    void addedEntryNamesThePreviousValue();
    void bulkAddStartsFromTheShownValue();
    void listNarrowsByTimeAndOrder();
    void badParametersAreNamed_data();
    void badParametersAreNamed();
    void seedsTheEntriesAskedFor();
};

namespace {
QJsonArray histories(DataFixture &f, const QString &operation, const QHash<QString, QString> &path,
                     const QString &query = {})
{
    const Response r = f.call(operation, {}, path, query);
    if (r.status != 200)
        qWarning() << r.status << r.message;
    return r.data.toObject().value(QStringLiteral("histories")).toArray();
}
} // namespace

void tst_FieldHistories::createUserRecordsItsValues()
{
    DataFixture f(20, 5);
    QVERIFY(f.opened);
    const QJsonObject body{
        {QStringLiteral("firstname"), QStringLiteral("Grace")},
        {QStringLiteral("lastname"), QStringLiteral("Hopper")},
        {QStringLiteral("username"), QStringLiteral("grace_h")},
        {QStringLiteral("displayname"), QStringLiteral("Grace")},
        {QStringLiteral("email"), QStringLiteral("grace@example.com")},
        {QStringLiteral("accessLevel"), 1},
        {QStringLiteral("joinServer"), true},
        {QStringLiteral("emailPassword"), false},
        {QStringLiteral("sendEmail"), false},
        {QStringLiteral("customFields"),
         QJsonArray{QJsonObject{{QStringLiteral("fieldIdorName"), QStringLiteral("deposit-amount")},
                                {QStringLiteral("value"), 250}}}}};
    const Response created = f.call(QStringLiteral("createUser"), body);
    QVERIFY2(created.status == 201, qPrintable(created.message));
    const QString oid = created.data.toObject().value(QStringLiteral("_id")).toString();
    const QJsonArray list =
        histories(f, QStringLiteral("getFieldHistoriesByUser"),
                  {{QStringLiteral("communityId"), f.ids.value(QStringLiteral("community"))},
                   {QStringLiteral("userId"), oid}});
    QCOMPARE(list.size(), 1);
    const QJsonObject e = list.first().toObject();
    QCOMPARE(e.value(QStringLiteral("value")).toString(), QStringLiteral("250"));
    QVERIFY(e.value(QStringLiteral("previousValue")).isNull());
    QCOMPARE(e.value(QStringLiteral("changedBy")).toString(), QStringLiteral("createUser"));
    QCOMPARE(e.value(QStringLiteral("username")).toString(), QStringLiteral("grace_h"));
    QCOMPARE(e.value(QStringLiteral("fieldId")).toString(),
             f.ids.value(QStringLiteral("numField")));
}

void tst_FieldHistories::addedEntryNamesThePreviousValue()
{
    DataFixture f(20, 5);
    QVERIFY(f.opened);
    const QHash<QString, QString> path{
        {QStringLiteral("communityId"), f.ids.value(QStringLiteral("community"))},
        {QStringLiteral("userId"), f.ids.value(QStringLiteral("user"))},
        {QStringLiteral("fieldId"), f.ids.value(QStringLiteral("numField"))}};
    const QString before = f.call(QStringLiteral("getUserData"),
                                  QJsonObject{{QStringLiteral("idOrEmail"), QStringLiteral("2")}})
                               .data.toObject()
                               .value(QStringLiteral("customFields"))
                               .toObject()
                               .value(QStringLiteral("deposit-amount"))
                               .toString();
    QVERIFY(!before.isEmpty());
    const QJsonObject add{{QStringLiteral("fieldId"), f.ids.value(QStringLiteral("numField"))},
                          {QStringLiteral("value"), 777}};
    const Response r = f.call(QStringLiteral("createFieldHistory"), add, path);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data.toObject().value(QStringLiteral("previousValue")).toString(), before);
    QCOMPARE(r.data.toObject().value(QStringLiteral("changedBy")).toString(),
             QStringLiteral("createFieldHistory"));
    const QJsonArray list = histories(f, QStringLiteral("getFieldHistoriesByFieldAndUser"), path,
                                      QStringLiteral("order=desc"));
    QCOMPARE(list.first().toObject().value(QStringLiteral("_id")),
             r.data.toObject().value(QStringLiteral("_id")));
    // The seed's own entries of this member and field lead up to the value before.
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("value")).toString(), before);
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("changedBy")).toString(),
             QStringLiteral("seed"));
}

void tst_FieldHistories::bulkAddStartsFromTheShownValue()
{
    // No seeded history: the members' values are the derived ones, with no value rows.
    DataFixture f(20, 5, {}, 0);
    QVERIFY(f.opened);
    auto deposit = [&f] {
        return f
            .call(QStringLiteral("getUserData"),
                  QJsonObject{{QStringLiteral("idOrEmail"), QStringLiteral("2")}})
            .data.toObject()
            .value(QStringLiteral("customFields"))
            .toObject()
            .value(QStringLiteral("deposit-amount"))
            .toString();
    };
    const QString before = deposit();
    QVERIFY(before.toLongLong() > 0);
    const QHash<QString, QString> path{
        {QStringLiteral("communityId"), f.ids.value(QStringLiteral("community"))},
        {QStringLiteral("userId"), f.ids.value(QStringLiteral("user"))},
        {QStringLiteral("fieldId"), f.ids.value(QStringLiteral("numField"))}};
    const int entries = histories(f, QStringLiteral("getFieldHistoriesByFieldAndUser"), path,
                                  QStringLiteral("limit=1000"))
                            .size();
    // Adds 10, then sets the tier to the value it has (no change, so no entry).
    const QString tier = f.call(QStringLiteral("getUserData"),
                                QJsonObject{{QStringLiteral("idOrEmail"), QStringLiteral("2")}})
                             .data.toObject()
                             .value(QStringLiteral("customFields"))
                             .toObject()
                             .value(QStringLiteral("tier"))
                             .toString();
    const QByteArray csv = "Email,deposit-amount_op,deposit-amount,tier\n" +
                           f.ids.value(QStringLiteral("email")).toUtf8() + ",add,10," +
                           tier.toUtf8() + "\n";
    const Response r =
        f.upload(QStringLiteral("bulkUpdate"), {DataFixture::part("data", csv, "update.csv")});
    QCOMPARE(r.status, 200);
    const QString job = r.data.toObject().value(QStringLiteral("jobId")).toString();
    QTRY_COMPARE(f.call(QStringLiteral("getApiLogJob"), {}, {{QStringLiteral("jobId"), job}})
                     .data.toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("done"));
    QCOMPARE(deposit(), QString::number(before.toLongLong() + 10));
    const QJsonArray after = histories(f, QStringLiteral("getFieldHistoriesByFieldAndUser"), path,
                                       QStringLiteral("limit=1000&order=desc"));
    QCOMPARE(after.size(), entries + 1);
    const QJsonObject newest = after.first().toObject();
    QCOMPARE(newest.value(QStringLiteral("previousValue")).toString(), before);
    QCOMPARE(newest.value(QStringLiteral("changedBy")).toString(), QStringLiteral("bulkUpdate"));
    QHash<QString, QString> tierPath = path;
    tierPath.insert(QStringLiteral("fieldId"), f.ids.value(QStringLiteral("field")));
    const QJsonArray tiers = histories(f, QStringLiteral("getFieldHistoriesByFieldAndUser"),
                                       tierPath, QStringLiteral("limit=1000&order=desc"));
    QVERIFY(tiers.isEmpty());
}

void tst_FieldHistories::listNarrowsByTimeAndOrder()
{
    DataFixture f(30, 5);
    QVERIFY(f.opened);
    const QHash<QString, QString> path{
        {QStringLiteral("communityId"), f.ids.value(QStringLiteral("community"))}};
    const QJsonArray asc =
        histories(f, QStringLiteral("getFieldHistories"), path, QStringLiteral("limit=1000"));
    const QJsonArray desc = histories(f, QStringLiteral("getFieldHistories"), path,
                                      QStringLiteral("limit=1000&order=desc"));
    QCOMPARE(asc.size(), desc.size());
    QCOMPARE(asc.first(), desc.last());
    // A date range: the entries of the middle entry's day, that day only.
    const QString day =
        asc.at(asc.size() / 2).toObject().value(QStringLiteral("createdAt")).toString().left(10);
    const QJsonArray ofDay = histories(f, QStringLiteral("getFieldHistories"), path,
                                       QStringLiteral("limit=1000&from=%1&to=%1").arg(day));
    QVERIFY(!ofDay.isEmpty());
    int expected = 0;
    for (const QJsonValue &e : asc)
        expected += e.toObject().value(QStringLiteral("createdAt")).toString().startsWith(day);
    QCOMPARE(ofDay.size(), expected);
}

void tst_FieldHistories::badParametersAreNamed_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("named");
    QTest::newRow("order") << QStringLiteral("order=newest") << QStringLiteral("order");
    QTest::newRow("from") << QStringLiteral("from=yesterday") << QStringLiteral("from");
    QTest::newRow("to") << QStringLiteral("to=2026-13-40") << QStringLiteral("to");
    QTest::newRow("limit") << QStringLiteral("limit=5000") << QStringLiteral("limit");
}

void tst_FieldHistories::badParametersAreNamed()
{
    QFETCH(QString, query);
    QFETCH(QString, named);
    DataFixture f(5, 5);
    QVERIFY(f.opened);
    const Response r =
        f.call(QStringLiteral("getFieldHistories"), {},
               {{QStringLiteral("communityId"), f.ids.value(QStringLiteral("community"))}}, query);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.message.contains(QLatin1Char('\'') + named + QLatin1Char('\'')),
             qPrintable(r.message));
}

void tst_FieldHistories::seedsTheEntriesAskedFor()
{
    DataFixture f(200, 9, {}, 1234);
    QVERIFY2(f.opened, qPrintable(f.openError));
    const Response r =
        f.call(QStringLiteral("getFieldHistories"), {},
               {{QStringLiteral("communityId"), f.ids.value(QStringLiteral("community"))}},
               QStringLiteral("limit=1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data.toObject().value(QStringLiteral("total")).toInt(), 1234);
}

QTEST_GUILESS_MAIN(tst_FieldHistories)
#include "tst_fieldhistories.moc"
