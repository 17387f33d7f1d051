#include "item/userfilterspec.h"

#include <QJsonDocument>
#include <QTest>

using namespace ra;

// UserFilterSpec: the `filter` object it builds and reads, and the saved text.
class tst_UserFilterSpec : public QObject
{
    Q_OBJECT

private slots:
    void toJson();
    void fromJson_data();
    void fromJson();
    void savedRoundTrip();
};

void tst_UserFilterSpec::toJson()
{
    UserFilterSpec spec;
    spec.setExact(QStringLiteral("first_name"), QStringLiteral("Ada"));
    spec.setRange(QStringLiteral("join_date"), QStringLiteral("2025-01-01"),
                  QStringLiteral("2025-08-28"));
    spec.setRange(QStringLiteral("xp"), qint64(100), {});
    spec.setExact(QStringLiteral("email"), QString()); // empty: no condition
    const QByteArray json = QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact);
    QCOMPARE(json, QByteArray(R"({"first_name":"Ada","join_date":{"gte":"2025-01-01",)"
                              R"("lte":"2025-08-28"},"xp":{"gte":100}})"));
    spec.setRange(QStringLiteral("xp"), {}, {});
    QVERIFY(!spec.toJson().contains(u"xp"));
    QCOMPARE(spec.conditions().size(), 2);
}

void tst_UserFilterSpec::fromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("exact text") << QByteArray(R"({"email":"a@b.c"})") << true << QString();
    QTest::newRow("number as string") << QByteArray(R"({"coins":"12"})") << true << QString();
    QTest::newRow("range") << QByteArray(R"({"xp":{"gte":1,"lte":5}})") << true << QString();
    QTest::newRow("custom field") << QByteArray(R"({"tier":"gold"})") << true << QString();
    QTest::newRow("bad number") << QByteArray(R"({"xp":"many"})") << false
                                << QStringLiteral("'xp'");
    QTest::newRow("bad date") << QByteArray(R"({"join_date":{"gte":"yesterday"}})") << false
                              << QStringLiteral("'join_date.gte'");
    QTest::newRow("bad bound") << QByteArray(R"({"xp":{"near":3}})") << false
                               << QStringLiteral("'xp.near'");
    QTest::newRow("array value") << QByteArray(R"({"email":["x"]})") << false
                                 << QStringLiteral("'email'");
}

void tst_UserFilterSpec::fromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(QString, errorPart);
    UserFilterSpec spec;
    QString error;
    QCOMPARE(UserFilterSpec::fromJson(QJsonDocument::fromJson(json).object(), &spec, &error), ok);
    if (ok) {
        QVERIFY(error.isEmpty());
        UserFilterSpec again;
        QVERIFY(UserFilterSpec::fromJson(spec.toJson(), &again));
        QCOMPARE(again.toJson(), spec.toJson());
    } else {
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }
}

void tst_UserFilterSpec::savedRoundTrip()
{
    UserFilterSpec spec;
    spec.setExact(QStringLiteral("last_name"), QStringLiteral("Lovelace"));
    spec.setRange(QStringLiteral("coins"), qint64(5), qint64(50));
    UserFilterSpec back;
    QVERIFY(UserFilterSpec::fromSaved(spec.toSaved(), &back));
    QCOMPARE(back.toJson(), spec.toJson());
    QString error;
    QVERIFY(!UserFilterSpec::fromSaved(QStringLiteral("[1,2"), &back, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_UserFilterSpec)
#include "tst_userfilterspec.moc"
