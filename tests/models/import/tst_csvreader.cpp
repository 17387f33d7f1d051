#include "commaline.h"
#include "import/csvreader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using namespace Qt::StringLiterals;

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
    void sixtyMegabytesOfEmptyCells();
    void longLineWithoutDelimiters();
    void recordAtTheByteLimit_data();
    void recordAtTheByteLimit();
    void recordAtTheCellLimit();
    void openQuoteInABigFileIsTooLong();
    void binaryAfterTheStartIsNotChecked();
    void sniffDelimiter_data();
    void sniffDelimiter();

private:
    // Reads `data` through to its end or a fatal error: how many records.
    static qint64 readToTheEnd(QByteArray data, qsizetype chunk, CsvError *error);

    QTemporaryDir m_dir;
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

qint64 tst_CsvReader::readToTheEnd(QByteArray data, qsizetype chunk, CsvError *error)
{
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, {}, -1, chunk);
    qint64 records = 0;
    while (reader.readRecord())
        ++records;
    *error = reader.error();
    return records;
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
            if (reader.error().row > 0)
                QVERIFY(reader.error().message().contains(QString::number(reader.error().row)));
            else
                QVERIFY(!reader.error().message().isEmpty());
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
    CsvError error;
    QCOMPARE(readToTheEnd(data, 4096, &error), 20001);
    QCOMPARE(error.kind, CsvError::Kind::UnclosedQuote);
    QCOMPARE(error.row, 20002);
    QCOMPARE(error.column, 2);
    QCOMPARE(error.line, 20002);
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

// The file: one line of 60,000,000 commas (60 MB of empty cells) after a
// few good rows. It fails on the cell limit, naming row and line, after
// reading about one chunk instead of the whole line.
void tst_CsvReader::sixtyMegabytesOfEmptyCells()
{
    const QString path = m_dir.filePath(u"wide.csv"_s);
    QVERIFY(writeCommaLine(path, "a,b\n1,2\n\"3\n\",4\n", "\n5,6\n"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    CsvReader reader(&f);
    int records = 0;
    while (reader.readRecord())
        ++records;
    QCOMPARE(records, 3);
    QCOMPARE(reader.error().kind, CsvError::Kind::TooManyFields);
    QCOMPARE(reader.error().row, 4);
    QCOMPARE(reader.error().line, 5);
    QCOMPARE(reader.error().expected, CsvReader::maxFieldsPerRecord);
    const QString message = reader.error().message();
    QVERIFY2(message.contains(u"Row 4 (line 5)"), qPrintable(message));
    QVERIFY2(message.contains(QLocale().toString(CsvReader::maxFieldsPerRecord) + u" cells"),
             qPrintable(message));
    QVERIFY2(reader.bytesRead() <= 2 * CsvReader::defaultChunkSize,
             qPrintable(QString::number(reader.bytesRead())));
}

// 8 MB without a delimiter or line break: the byte limit, not the cells.
void tst_CsvReader::longLineWithoutDelimiters()
{
    QByteArray data = "a\nok\n" + QByteArray(8 << 20, 'x') + "\nok\n";
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, {}, -1, 64 * 1024);
    QVERIFY(reader.readRecord());
    QVERIFY(reader.readRecord());
    QVERIFY(!reader.readRecord());
    QCOMPARE(reader.error().kind, CsvError::Kind::RecordTooLong);
    QCOMPARE(reader.error().row, 3);
    QCOMPARE(reader.error().line, 3);
    QCOMPARE(reader.error().column, 0);
    const QString message = reader.error().message();
    QVERIFY2(message.contains(u"Row 3 (line 3)"), qPrintable(message));
    QVERIFY2(message.contains(QLocale().toString(qint64(CsvReader::maxRecordBytes)) + u" bytes"),
             qPrintable(message));
    QVERIFY(reader.bytesRead() <= 3 * CsvReader::maxRecordBytes);
}

// The limit is exact whatever the chunk size: a record of maxRecordBytes
// (line break not counted) is read, one byte more is refused. Chunks of 16
// bytes also show that a big record is not rescanned once per chunk (that
// would take minutes).
void tst_CsvReader::recordAtTheByteLimit_data()
{
    QTest::addColumn<qsizetype>("chunk");
    QTest::addColumn<bool>("quoted");
    QTest::newRow("16, plain") << qsizetype(16) << false;
    QTest::newRow("16, quoted") << qsizetype(16) << true;
    QTest::newRow("4099, plain") << qsizetype(4099) << false;
    QTest::newRow("default, quoted") << CsvReader::defaultChunkSize << true;
}

void tst_CsvReader::recordAtTheByteLimit()
{
    QFETCH(qsizetype, chunk);
    QFETCH(bool, quoted);
    // "k,<text>" or "k,"<text>"" of exactly `size` bytes.
    auto record = [quoted](qsizetype size) {
        const qsizetype text = size - 2 - (quoted ? 2 : 0);
        const QByteArray body(text, 'y');
        return quoted ? QByteArray("k,\"" + body + '"') : QByteArray("k," + body);
    };
    QByteArray data = "a,b\r\n" + record(CsvReader::maxRecordBytes) + "\r\n" +
                      record(CsvReader::maxRecordBytes + 1) + "\r\n";
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, {}, -1, chunk);
    QVERIFY(reader.readRecord());
    QVERIFY2(reader.readRecord(), qPrintable(reader.error().message()));
    QCOMPARE(reader.field(1).size(), CsvReader::maxRecordBytes - 2 - (quoted ? 2 : 0));
    QVERIFY(!reader.readRecord());
    QCOMPARE(reader.error().kind, CsvError::Kind::RecordTooLong);
    QCOMPARE(reader.error().row, 3);
    QCOMPARE(reader.error().line, 3);
}

void tst_CsvReader::recordAtTheCellLimit()
{
    const QByteArray widest(CsvReader::maxFieldsPerRecord - 1, ',');
    QByteArray data = widest + '\n' + widest + "\n\n" + widest + ",\n";
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, {}, -1, 4096);
    QVERIFY(reader.readRecord());
    QCOMPARE(reader.fieldCount(), CsvReader::maxFieldsPerRecord);
    QVERIFY(reader.readRecord());
    QVERIFY(!reader.readRecord());
    QCOMPARE(reader.error().kind, CsvError::Kind::TooManyFields);
    QCOMPARE(reader.error().row, 3);
    QCOMPARE(reader.error().line, 4); // after a blank line
}

// A quote opened at line 20,001 and never closed in a 2 MB file: the record
// passes the byte limit before the end of the file, so it is reported as too
// long, at its row and line, naming the column of the open quote.
void tst_CsvReader::openQuoteInABigFileIsTooLong()
{
    QByteArray data = "a,b\n";
    for (int i = 0; i < 20000; ++i)
        data += "1,\"x\ny\"\n";
    data += "3,\"never closed\n";
    while (data.size() < 3 * CsvReader::maxRecordBytes)
        data += "4,5\n";
    CsvError error;
    QCOMPARE(readToTheEnd(data, 4096, &error), 20001);
    QCOMPARE(error.kind, CsvError::Kind::RecordTooLong);
    QCOMPARE(error.row, 20002);
    QCOMPARE(error.column, 2);
    QCOMPARE(error.line, 40002);
    QVERIFY2(error.message().contains(u"Row 20002, column 2 (line 40002)"),
             qPrintable(error.message()));
    QVERIFY(error.message().contains(u"quote"));
}

// Only the first block of a file decides: a NUL byte further on is a
// character of its cell (random access does not check either).
void tst_CsvReader::binaryAfterTheStartIsNotChecked()
{
    QByteArray data = "a,b\n";
    while (data.size() < CsvDialect::sniffBytes)
        data += "1,2\n";
    data += QByteArray("x\0y,3\n", 6);
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    qint64 offset = -1;
    while (reader.readRecord()) {
        if (reader.field(0).size() == 3)
            offset = reader.recordOffset();
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.error().message()));
    QVERIFY(offset > 0);
    QVERIFY(CsvDialect::isBinary(data.sliced(offset)));
    CsvReader again(&buffer, {}, offset);
    QVERIFY(again.readRecord());
    QCOMPARE(again.field(0).toByteArray(), QByteArray("x\0y", 3));
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
