#include "import/csvreader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ra;

// CsvReader over the fixtures in data/reader (written by
// data/make_reader_fixtures.py): every RFC 4180 case, BOMs, UTF-16 LE/BE,
// legacy encodings, each delimiter and each kind of broken input, each read
// with several chunk sizes so that every record boundary falls across a
// chunk somewhere. Plus random access by record offset and big records.
class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void randomAccess_data();
    void randomAccess();
    void recordsBiggerThanTheChunk();
    void unclosedQuoteInBigFile();
    void lineNumbersCountQuotedNewlines();
    void sniffDelimiter_data();
    void sniffDelimiter();

private:
    static QString dataDir() { return qEnvironmentVariable("RA_TEST_DATA") + u"/reader"; }
    static CsvDialect dialectFor(const QString &csvPath, const QJsonObject &expected);
};

CsvDialect tst_CsvReader::dialectFor(const QString &csvPath, const QJsonObject &expected)
{
    QFile f(csvPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = f.read(65536);
    CsvDialect d = CsvDialect::detect(head);
    const QString force = expected.value(u"force").toString();
    if (!force.isEmpty()) {
        CsvDialect::encodingFromId(force, &d.encoding);
        d.bomLength = CsvDialect::bomLengthFor(d.encoding, head);
    }
    return d;
}

void tst_CsvReader::fixtures_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names =
        QDir(dataDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 30);
    for (const QString &n : names)
        QTest::newRow(qPrintable(n.chopped(5))) << n.chopped(5);
}

void tst_CsvReader::fixtures()
{
    QFETCH(QString, name);
    QFile json(dataDir() + u'/' + name + u".json");
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(json.readAll()).object();
    const QString path = dataDir() + u'/' + name + u".csv";
    const CsvDialect dialect = dialectFor(path, expected);
    QCOMPARE(CsvDialect::encodingId(dialect.encoding), expected.value(u"encoding").toString());
    QCOMPARE(QString(QChar::fromLatin1(dialect.delimiter)),
             expected.value(u"delimiter").toString());

    for (qsizetype chunk : {qsizetype(16), qsizetype(17), qsizetype(31), qsizetype(1 << 20)}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        CsvReader reader(&f, dialect, -1, chunk);
        QJsonArray rows;
        QJsonArray errors;
        while (reader.readRecord()) {
            QJsonArray row;
            for (const QString &field : reader.fields())
                row.append(field);
            rows.append(row);
            for (const CsvError &e : reader.recordErrors()) {
                errors.append(QJsonObject{{QStringLiteral("kind"), CsvError::kindId(e.kind)},
                                          {QStringLiteral("row"), e.row},
                                          {QStringLiteral("column"), e.column}});
                QVERIFY(!e.message().isEmpty());
            }
        }
        const QByteArray context = "chunk " + QByteArray::number(chunk);
        QVERIFY2(rows == expected.value(u"rows").toArray(),
                 QByteArray(context + ": " + QJsonDocument(rows).toJson(QJsonDocument::Compact))
                     .constData());
        QVERIFY2(errors == expected.value(u"errors").toArray(),
                 QByteArray(context + ": " + QJsonDocument(errors).toJson(QJsonDocument::Compact))
                     .constData());
        const QJsonObject fatal = expected.value(u"fatal").toObject();
        if (fatal.isEmpty()) {
            QVERIFY2(!reader.hasError(), qPrintable(reader.error().message()));
            QVERIFY(reader.atEnd());
        } else {
            QVERIFY(reader.hasError());
            QVERIFY(reader.error().isFatal());
            QCOMPARE(CsvError::kindId(reader.error().kind), fatal.value(u"kind").toString());
            QCOMPARE(reader.error().row, fatal.value(u"row").toInteger());
            QCOMPARE(reader.error().column, fatal.value(u"column").toInt());
            QCOMPARE(reader.error().line, fatal.value(u"line").toInteger());
            QVERIFY(reader.error().message().contains(QString::number(reader.error().row)));
            QVERIFY(!reader.readRecord()); // stays failed, no hang
        }
    }
}

void tst_CsvReader::randomAccess_data()
{
    QTest::addColumn<QString>("name");
    for (const char *n : {"utf8_bom", "utf8_no_bom", "utf16le_bom", "utf16be_bom", "windows1252",
                          "rfc_newline_in_quotes", "rfc_blank_lines_skipped", "delim_semicolon"})
        QTest::newRow(n) << QString::fromLatin1(n);
}

void tst_CsvReader::randomAccess()
{
    QFETCH(QString, name);
    const QString path = dataDir() + u'/' + name + u".csv";
    const CsvDialect dialect = dialectFor(path, {});
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QList<qint64> offsets;
    QList<QStringList> rows;
    {
        CsvReader reader(&f, dialect, -1, 16);
        while (reader.readRecord()) {
            offsets.append(reader.recordOffset());
            rows.append(reader.fields());
        }
    }
    QVERIFY(rows.size() >= 2);
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        CsvReader reader(&f, dialect, offsets.at(i), 16);
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.fields(), rows.at(i));
    }
}

void tst_CsvReader::recordsBiggerThanTheChunk()
{
    QByteArray data = "id,text\r\n";
    QList<QByteArray> texts;
    for (int i = 0; i < 200; ++i) {
        QByteArray text = QByteArray(i * 37 % 5000, 'x') + "\"\n," + QByteArray::number(i);
        texts.append(text);
        data += QByteArray::number(i) + ",\"" + QByteArray(text).replace("\"", "\"\"") + "\"\r\n";
    }
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, {}, -1, 64);
    QVERIFY(reader.readRecord());
    for (int i = 0; i < 200; ++i) {
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.fieldCount(), 2);
        QCOMPARE(reader.field(0).toByteArray(), QByteArray::number(i));
        QCOMPARE(reader.field(1).toByteArray(), texts.at(i));
        QVERIFY(reader.fieldWasQuoted(1));
    }
    QVERIFY(!reader.readRecord());
    QVERIFY(!reader.hasError());
    QCOMPARE(reader.bytesRead(), qint64(data.size()));
}

void tst_CsvReader::unclosedQuoteInBigFile()
{
    QByteArray data = "a,b\n";
    for (int i = 0; i < 20000; ++i)
        data += "1,2\n";
    data += "3,\"never closed\n";
    for (int i = 0; i < 20000; ++i)
        data += "4,5\n";
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, {}, -1, 4096);
    qint64 records = 0;
    while (reader.readRecord())
        ++records;
    QCOMPARE(records, 20001);
    QCOMPARE(reader.error().kind, CsvError::Kind::UnclosedQuote);
    QCOMPARE(reader.error().row, 20002);
    QCOMPARE(reader.error().column, 2);
    QCOMPARE(reader.error().line, 20002);
}

void tst_CsvReader::lineNumbersCountQuotedNewlines()
{
    QByteArray data = "a,b\n\"1\n2\n3\",x\n\ny,z\n";
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QVERIFY(reader.readRecord());
    QCOMPARE(reader.recordLine(), 1);
    QVERIFY(reader.readRecord());
    QCOMPARE(reader.recordNumber(), 2);
    QCOMPARE(reader.recordLine(), 2);
    QVERIFY(reader.readRecord());
    QCOMPARE(reader.recordNumber(), 3);
    QCOMPARE(reader.recordLine(), 6); // after the three-line record and a blank line
}

void tst_CsvReader::sniffDelimiter_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',';
    QTest::newRow("semicolon") << QByteArray("a;b;c\n1;2,5;3\n") << ';';
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << '\t';
    QTest::newRow("pipe") << QByteArray("a|b\n1|2\n") << '|';
    QTest::newRow("single column") << QByteArray("email\nx@y.z\n") << ',';
    QTest::newRow("quoted semicolons") << QByteArray("a,b\n\"x;y;z\",2\n") << ',';
    QTest::newRow("cut last line") << QByteArray("a;b\n1;2\n3;4,5,6,7") << ';';
}

void tst_CsvReader::sniffDelimiter()
{
    QFETCH(QByteArray, sample);
    QFETCH(char, delimiter);
    QCOMPARE(CsvDialect::sniffDelimiter(sample), delimiter);
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
