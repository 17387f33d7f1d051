// CsvParser: RFC 4180 records (quotes, doubled quotes, newlines in quotes,
// CRLF / LF, BOM) and the scan that rejects what is not CSV text.

#include "csvparser.h"

#include <QtTest>

using ra::sandbox::CsvParser;

namespace {
QList<QStringList> rows(std::initializer_list<std::initializer_list<const char *>> in)
{
    QList<QStringList> out;
    for (const auto &r : in) {
        QStringList fields;
        for (const char *f : r)
            fields.append(QString::fromUtf8(f));
        out.append(fields);
    }
    return out;
}
} // namespace

class tst_CsvParser : public QObject
{
    Q_OBJECT

private slots:
    void records_data();
    void records();
    void scan_data();
    void scan();
    void recordLines();
};

void tst_CsvParser::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("expected");
    QTest::newRow("lf") << QByteArray("a,b\n1,2\n") << rows({{"a", "b"}, {"1", "2"}});
    QTest::newRow("crlf, no final newline")
        << QByteArray("a,b\r\n1,2") << rows({{"a", "b"}, {"1", "2"}});
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                       "First Name,Email\r\n")
                         << rows({{"First Name", "Email"}});
    QTest::newRow("quoted comma") << QByteArray("\"VIP,Member\",x\n")
                                  << rows({{"VIP,Member", "x"}});
    QTest::newRow("doubled quote")
        << QByteArray("\"say \"\"hi\"\"\",y\n") << rows({{"say \"hi\"", "y"}});
    QTest::newRow("newline in quotes") << QByteArray("\"line1\r\nline2\",z\r\nq,r\r\n")
                                       << rows({{"line1\r\nline2", "z"}, {"q", "r"}});
    QTest::newRow("empty fields") << QByteArray(",,\n") << rows({{"", "", ""}});
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n\nb\n") << rows({{"a"}, {"b"}});
    QTest::newRow("utf-8") << QByteArray("Zoë,Жанна,中文,日本語,🚀\n")
                           << rows({{"Zoë", "Жанна", "中文", "日本語", "🚀"}});
}

void tst_CsvParser::records()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, expected);
    CsvParser parser(input);
    QList<QStringList> got;
    QStringList fields;
    while (parser.readRecord(&fields))
        got.append(fields);
    QVERIFY2(!parser.hasError(), qPrintable(parser.errorText()));
    QCOMPARE(got, expected);
    qint64 count = 0;
    QString error;
    QVERIFY(CsvParser::scan(input, &count, &error));
    QCOMPARE(count, qint64(expected.size()));
}

void tst_CsvParser::scan_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("mention");
    QTest::newRow("unclosed quote")
        << QByteArray("a,b\n\"open,c\n") << QStringLiteral("Unclosed quote");
    QTest::newRow("nul byte") << QByteArray("a,b\n\x00\x01\x02", 7) << QStringLiteral("binary");
    QTest::newRow("bad utf-8") << QByteArray("a,\xFF\xFE\n") << QStringLiteral("UTF-8");
}

void tst_CsvParser::scan()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, mention);
    qint64 count = 0;
    QString error;
    QVERIFY(!CsvParser::scan(input, &count, &error));
    QVERIFY2(error.contains(mention), qPrintable(error));
}

void tst_CsvParser::recordLines()
{
    CsvParser parser(QByteArray("h\r\n\"a\nb\"\r\nc\r\n\"x"));
    QStringList f;
    QVERIFY(parser.readRecord(&f));
    QCOMPARE(parser.recordLine(), 1);
    QVERIFY(parser.readRecord(&f));
    QCOMPARE(parser.recordLine(), 2);
    QVERIFY(parser.readRecord(&f));
    QCOMPARE(parser.recordLine(), 4);
    QVERIFY(!parser.readRecord(&f));
    QVERIFY(parser.hasError());
    QVERIFY(parser.errorText().contains(QStringLiteral("line 5")));
}

QTEST_GUILESS_MAIN(tst_CsvParser)
#include "tst_csvparser.moc"
