#include "domain/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ra;

class tst_JsonReader : public QObject
{
    Q_OBJECT

private slots:
    void integer_data();
    void integer();
    void boolean_data();
    void boolean();
    void spellings_data();
    void spellings();
    void extraKeepsUnknownKeys();
    void stringListForms();
};

static QJsonValue parseValue(const QByteArray &json)
{
    return QJsonDocument::fromJson("[" + json + "]").array().at(0);
}

void tst_JsonReader::integer_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("value");
    QTest::newRow("number") << QByteArray("42") << true << qint64(42);
    QTest::newRow("string") << QByteArray("\"42\"") << true << qint64(42);
    QTest::newRow("string with spaces") << QByteArray("\" 7 \"") << true << qint64(7);
    QTest::newRow("float string") << QByteArray("\"3.0\"") << true << qint64(3);
    QTest::newRow("negative") << QByteArray("-5") << true << qint64(-5);
    QTest::newRow("big") << QByteArray("\"9007199254740993\"") << true << qint64(9007199254740993);
    QTest::newRow("bool") << QByteArray("true") << true << qint64(1);
    QTest::newRow("word") << QByteArray("\"many\"") << false << qint64(0);
    QTest::newRow("null") << QByteArray("null") << false << qint64(0);
    QTest::newRow("object") << QByteArray("{}") << false << qint64(0);
    QTest::newRow("huge") << QByteArray("1e300") << false << qint64(0);
}

void tst_JsonReader::integer()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(qint64, value);
    qint64 out = 0;
    QCOMPARE(JsonReader::toInteger(parseValue(json), &out), ok);
    if (ok)
        QCOMPARE(out, value);
}

void tst_JsonReader::boolean_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("value");
    QTest::newRow("true") << QByteArray("true") << true << true;
    QTest::newRow("false") << QByteArray("false") << true << false;
    QTest::newRow("\"true\"") << QByteArray("\"true\"") << true << true;
    QTest::newRow("\"TRUE\"") << QByteArray("\"TRUE\"") << true << true;
    QTest::newRow("\"false\"") << QByteArray("\"false\"") << true << false;
    QTest::newRow("\"1\"") << QByteArray("\"1\"") << true << true;
    QTest::newRow("0") << QByteArray("0") << true << false;
    QTest::newRow("2") << QByteArray("2") << true << true;
    QTest::newRow("\"maybe\"") << QByteArray("\"maybe\"") << false << false;
    QTest::newRow("[]") << QByteArray("[]") << false << false;
}

void tst_JsonReader::boolean()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(bool, value);
    bool out = !value;
    QCOMPARE(JsonReader::toBoolean(parseValue(json), &out), ok);
    if (ok)
        QCOMPARE(out, value);
}

void tst_JsonReader::spellings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("value");
    QTest::newRow("camel") << QByteArray(R"({"firstName":"Ada"})") << QStringLiteral("Ada");
    QTest::newRow("snake") << QByteArray(R"({"first_name":"Ada"})") << QStringLiteral("Ada");
    QTest::newRow("lower") << QByteArray(R"({"firstname":"Ada"})") << QStringLiteral("Ada");
    QTest::newRow("number as text") << QByteArray(R"({"firstName":12})") << QStringLiteral("12");
    QTest::newRow("absent") << QByteArray(R"({"lastName":"L"})") << QStringLiteral("fallback");
    QTest::newRow("null") << QByteArray(R"({"firstName":null})") << QStringLiteral("fallback");
    QTest::newRow("camel wins over null snake")
        << QByteArray(R"({"first_name":null,"firstName":"A"})") << QStringLiteral("A");
}

void tst_JsonReader::spellings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, value);
    JsonReader r(QJsonDocument::fromJson(json).object());
    QCOMPARE(r.string({"firstName"}, QStringLiteral("fallback")), value);
    // The snake_case key asked in camel form, and vice versa.
    JsonReader r2(QJsonDocument::fromJson(R"({"userId":"u1"})").object());
    QCOMPARE(r2.string({"user_id"}), QStringLiteral("u1"));
}

void tst_JsonReader::extraKeepsUnknownKeys()
{
    JsonReader r(QJsonDocument::fromJson(R"({"a":1,"b_c":2,"zzz":{"k":true}})").object());
    QCOMPARE(r.integer({"a"}), 1);
    QCOMPARE(r.integer({"bC"}), 2);
    const QJsonObject extra = r.extra();
    QCOMPARE(extra.size(), 1);
    QCOMPARE(extra.value(u"zzz").toObject().value(u"k").toBool(), true);
}

void tst_JsonReader::stringListForms()
{
    JsonReader r(QJsonDocument::fromJson(R"({"a":["x",1,""],"b":"p, q","c":7})").object());
    QCOMPARE(r.stringList({"a"}), QStringList({QStringLiteral("x"), QStringLiteral("1")}));
    QCOMPARE(r.stringList({"b"}), QStringList({QStringLiteral("p"), QStringLiteral("q")}));
    QCOMPARE(r.stringList({"c"}), QStringList());
}

QTEST_GUILESS_MAIN(tst_JsonReader)
#include "tst_jsonreader.moc"
