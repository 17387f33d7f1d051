#include "server/multipartparser.h"

#include <QTest>

using ra::sandbox::MultipartParser;
using ra::sandbox::MultipartPart;

class TestMultipartParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void boundaryOf_data();
    void boundaryOf();
    void headerParameter_data();
    void headerParameter();
    void parse_data();
    void parse();
    void binaryPartKeepsBytes();
};

void TestMultipartParser::boundaryOf_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("boundary");
    QTest::newRow("plain") << QByteArray("multipart/form-data; boundary=abc123")
                           << QByteArray("abc123");
    QTest::newRow("quoted") << QByteArray("multipart/form-data; boundary=\"a b;c\"")
                            << QByteArray("a b;c");
    QTest::newRow("case") << QByteArray("Multipart/Form-Data; BOUNDARY=XyZ") << QByteArray("XyZ");
    QTest::newRow("extra params") << QByteArray("multipart/form-data; charset=utf-8; boundary=q")
                                  << QByteArray("q");
    QTest::newRow("not multipart") << QByteArray("application/json; boundary=x") << QByteArray();
    QTest::newRow("no boundary") << QByteArray("multipart/form-data") << QByteArray();
}

void TestMultipartParser::boundaryOf()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, boundary);
    QCOMPARE(MultipartParser::boundaryOf(contentType), boundary);
}

void TestMultipartParser::headerParameter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("param");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("quoted name") << QByteArray("form-data; name=\"file\"; filename=\"u.csv\"")
                                 << QByteArray("name") << QByteArray("file");
    QTest::newRow("filename") << QByteArray("form-data; name=\"file\"; filename=\"u.csv\"")
                              << QByteArray("filename") << QByteArray("u.csv");
    QTest::newRow("escaped quote")
        << QByteArray("form-data; name=\"a\\\"b\"") << QByteArray("name") << QByteArray("a\"b");
    QTest::newRow("semicolon inside quotes")
        << QByteArray("form-data; filename=\"x;y.csv\"; name=n") << QByteArray("name")
        << QByteArray("n");
    QTest::newRow("unquoted") << QByteArray("form-data; name=communityId") << QByteArray("name")
                              << QByteArray("communityId");
    QTest::newRow("absent") << QByteArray("form-data; name=x") << QByteArray("filename")
                            << QByteArray();
}

void TestMultipartParser::headerParameter()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, param);
    QFETCH(QByteArray, value);
    QCOMPARE(MultipartParser::headerParameter(header, param), value);
}

void TestMultipartParser::parse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArrayList>("names");
    QTest::addColumn<QByteArrayList>("datas");

    QTest::newRow("two parts")
        << QByteArray("--B\r\nContent-Disposition: form-data; name=\"communityId\"\r\n\r\nc1\r\n"
                      "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"u.csv\"\r\n"
                      "Content-Type: text/csv\r\n\r\nemail\r\na@b.c\r\n--B--\r\n")
        << true << QByteArrayList{"communityId", "file"} << QByteArrayList{"c1", "email\r\na@b.c"};
    QTest::newRow("preamble and epilogue")
        << QByteArray("ignored preamble\r\n--B\r\ncontent-disposition: form-data; name=a\r\n\r\n"
                      "1\r\n--B--\r\nepilogue")
        << true << QByteArrayList{"a"} << QByteArrayList{"1"};
    QTest::newRow("empty part")
        << QByteArray("--B\r\nContent-Disposition: form-data; name=\"e\"\r\n\r\n\r\n--B--") << true
        << QByteArrayList{"e"} << QByteArrayList{""};
    QTest::newRow("boundary-like data")
        << QByteArray("--B\r\nContent-Disposition: form-data; name=\"d\"\r\n\r\n--Bx\n--B\r\n--B--")
        << true << QByteArrayList{"d"} << QByteArrayList{"--Bx\n--B"};
    QTest::newRow("no parts") << QByteArray("--B--\r\n") << true << QByteArrayList{}
                              << QByteArrayList{};
    QTest::newRow("missing close")
        << QByteArray("--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1") << false
        << QByteArrayList{} << QByteArrayList{};
    QTest::newRow("no boundary") << QByteArray("hello world") << false << QByteArrayList{}
                                 << QByteArrayList{};
    QTest::newRow("bad header") << QByteArray("--B\r\nnot a header\r\n\r\n1\r\n--B--") << false
                                << QByteArrayList{} << QByteArrayList{};
    QTest::newRow("LF only after boundary")
        << QByteArray("--B\nContent-Disposition: form-data; name=\"a\"\n\n1\n--B--") << false
        << QByteArrayList{} << QByteArrayList{};
}

void TestMultipartParser::parse()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QByteArrayList, names);
    QFETCH(QByteArrayList, datas);
    QList<MultipartPart> parts;
    QString error;
    QCOMPARE(MultipartParser::parse(body, QByteArrayLiteral("B"), &parts, &error), ok);
    if (!ok) {
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(u"offset") || error.contains(u"boundary"), qPrintable(error));
        return;
    }
    QCOMPARE(parts.size(), names.size());
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QCOMPARE(parts.at(i).name, names.at(i));
        QCOMPARE(parts.at(i).data, datas.at(i));
    }
}

void TestMultipartParser::binaryPartKeepsBytes()
{
    QByteArray payload;
    for (int i = 0; i < 256; ++i)
        payload.append(char(i));
    const QByteArray body = "--xyz\r\nContent-Disposition: form-data; name=\"f\"; "
                            "filename=\"b.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n" +
                            payload + "\r\n--xyz--\r\n";
    QList<MultipartPart> parts;
    QString error;
    QVERIFY2(MultipartParser::parse(body, QByteArrayLiteral("xyz"), &parts, &error),
             qPrintable(error));
    QCOMPARE(parts.size(), 1);
    QCOMPARE(parts.first().fileName, QByteArray("b.bin"));
    QCOMPARE(parts.first().contentType, QByteArray("application/octet-stream"));
    QCOMPARE(parts.first().data, payload);
}

QTEST_GUILESS_MAIN(TestMultipartParser)
#include "tst_multipartparser.moc"
