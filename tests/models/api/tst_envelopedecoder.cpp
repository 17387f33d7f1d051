#include "api/envelopedecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ra;

Q_DECLARE_METATYPE(ra::Envelope)
Q_DECLARE_METATYPE(ra::ApiError::Kind)

class tst_EnvelopeDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void keepsExtraTopLevelKeys();
    void rawNonJsonBody();
};

void tst_EnvelopeDecoder::decode_data()
{
    QTest::addColumn<Envelope>("envelope");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("data"); // expected payload as compact JSON

    using K = ApiError::Kind;
    QTest::newRow("integration success")
        << Envelope::Integration << 200
        << QByteArray(R"({"status":"success","message":"ok","data":{"userId":"1"}})") << K::None
        << QStringLiteral("ok") << QByteArray(R"({"userId":"1"})");
    QTest::newRow("integration no data (send message)")
        << Envelope::Integration << 200
        << QByteArray(R"({"status":"success","message":"Message send successfully"})") << K::None
        << QStringLiteral("Message send successfully") << QByteArray("null");
    QTest::newRow("integration status error in 200")
        << Envelope::Integration << 200 << QByteArray(R"({"status":"error","message":"nope"})")
        << K::Server << QStringLiteral("nope") << QByteArray();
    QTest::newRow("integration 401")
        << Envelope::Integration << 401 << QByteArray(R"({"status":"error","message":"bad key"})")
        << K::Http << QStringLiteral("bad key") << QByteArray();
    QTest::newRow("integration bare array (upload image)")
        << Envelope::Integration << 200 << QByteArray(R"([{"id":"a","url":"u"}])") << K::None
        << QString() << QByteArray(R"([{"id":"a","url":"u"}])");
    QTest::newRow("system success")
        << Envelope::System << 200
        << QByteArray(R"({"meta":{"success":true,"message":"done","devMessage":"d"},"body":[1]})")
        << K::None << QStringLiteral("done") << QByteArray("[1]");
    QTest::newRow("system success as string")
        << Envelope::System << 201
        << QByteArray(R"({"meta":{"success":"true","message":"m"},"body":{"a":1}})") << K::None
        << QStringLiteral("m") << QByteArray(R"({"a":1})");
    QTest::newRow("system failure in 200")
        << Envelope::System << 200
        << QByteArray(R"({"meta":{"success":false,"message":"no such role"},"body":null})")
        << K::Server << QStringLiteral("no such role") << QByteArray();
    QTest::newRow("system devMessage only")
        << Envelope::System << 404 << QByteArray(R"({"meta":{"success":false,"devMessage":"x"}})")
        << K::Http << QStringLiteral("x") << QByteArray();
    QTest::newRow("application success")
        << Envelope::Application << 201
        << QByteArray(
               R"({"meta":{"status":"success","statusCode":201},"message":"made","data":{"_id":"f"}})")
        << K::None << QStringLiteral("made") << QByteArray(R"({"_id":"f"})");
    QTest::newRow("application error status")
        << Envelope::Application << 200
        << QByteArray(R"({"meta":{"status":"error","statusCode":"400"},"message":"bad"})")
        << K::Server << QStringLiteral("bad") << QByteArray();
    QTest::newRow("none: secure auth")
        << Envelope::None << 200
        << QByteArray(R"({"error":false,"loginUrl":"https://x/y","sessionId":"s"})") << K::None
        << QString() << QByteArray(R"({"error":false,"loginUrl":"https://x/y","sessionId":"s"})");
    QTest::newRow("none: secure auth error flag")
        << Envelope::None << 200 << QByteArray(R"({"error":true,"message":"denied"})") << K::Server
        << QStringLiteral("denied") << QByteArray();
    QTest::newRow("truncated json")
        << Envelope::Integration << 200 << QByteArray(R"({"status":"success","data":{"us)")
        << K::Decode << QString() << QByteArray();
    QTest::newRow("not json at all") << Envelope::System << 200 << QByteArray("<html>oops</html>")
                                     << K::Decode << QString() << QByteArray();
    QTest::newRow("html error page 502")
        << Envelope::System << 502 << QByteArray("<html>Bad Gateway</html>") << K::Http
        << QStringLiteral("<html>Bad Gateway</html>") << QByteArray();
    QTest::newRow("empty 204") << Envelope::Application << 204 << QByteArray() << K::None
                               << QString() << QByteArray("null");
    QTest::newRow("empty 500") << Envelope::Application << 500 << QByteArray() << K::Http
                               << QString() << QByteArray();
    QTest::newRow("no envelope object")
        << Envelope::Integration << 200 << QByteArray(R"({"action":"delete","user":"momoyo"})")
        << K::None << QString() << QByteArray(R"({"action":"delete","user":"momoyo"})");
    QTest::newRow("generic error shape")
        << Envelope::Application << 403 << QByteArray(R"({"error":"forbidden"})") << K::Http
        << QStringLiteral("forbidden") << QByteArray();
}

void tst_EnvelopeDecoder::decode()
{
    QFETCH(Envelope, envelope);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, message);
    QFETCH(QByteArray, data);

    ApiResponse response;
    ApiError error;
    const bool ok = EnvelopeDecoder::decode(envelope, status, QByteArrayLiteral("application/json"),
                                            body, &response, &error);
    QCOMPARE(ok, kind == ApiError::Kind::None);
    QCOMPARE(error.kind, kind);
    if (ok) {
        QCOMPARE(response.message, message);
        QCOMPARE(response.httpStatus, status);
        const QJsonValue expected =
            data == "null" ? QJsonValue() : QJsonDocument::fromJson("[" + data + "]").array().at(0);
        QCOMPARE(response.data, expected);
    } else {
        QCOMPARE(error.serverMessage, message);
        QCOMPARE(error.httpStatus, status);
        if (kind == ApiError::Kind::Decode)
            QVERIFY(error.detail.contains(QStringLiteral("JSON")));
    }
}

void tst_EnvelopeDecoder::keepsExtraTopLevelKeys()
{
    ApiResponse r;
    ApiError e;
    QVERIFY(EnvelopeDecoder::decode(
        Envelope::Integration, 200, {},
        R"({"status":"success","data":[],"next_cursor":"abc","total_pages":3})", &r, &e));
    QCOMPARE(r.extra.value(u"next_cursor").toString(), QStringLiteral("abc"));
    QCOMPARE(r.extra.value(u"total_pages").toInt(), 3);
    QVERIFY(!r.extra.contains(u"status"));
}

void tst_EnvelopeDecoder::rawNonJsonBody()
{
    ApiResponse r;
    ApiError e;
    QVERIFY(EnvelopeDecoder::decode(Envelope::Integration, 200, "text/csv; charset=utf-8",
                                    "First Name,Last Name\n", &r, &e));
    QCOMPARE(r.raw, QByteArray("First Name,Last Name\n"));
    QVERIFY(r.data.isUndefined());
}

QTEST_GUILESS_MAIN(tst_EnvelopeDecoder)
#include "tst_envelopedecoder.moc"
